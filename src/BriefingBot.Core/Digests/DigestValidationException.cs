namespace BriefingBot.Core.Digests;

/// <summary>A user error in a subscription request; the message is meant for the user as is.</summary>
public sealed class DigestValidationException : Exception
{
    public DigestValidationException()
    {
    }

    public DigestValidationException(string message)
        : base(message)
    {
    }

    public DigestValidationException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
