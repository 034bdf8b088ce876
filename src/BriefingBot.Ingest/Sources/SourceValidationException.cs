namespace BriefingBot.Ingest.Sources;

/// <summary>A user's source request is invalid (not an http(s) URL, an interval out of range); the message says how to fix it.</summary>
public sealed class SourceValidationException : Exception
{
    public SourceValidationException()
    {
    }

    public SourceValidationException(string message)
        : base(message)
    {
    }

    public SourceValidationException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
