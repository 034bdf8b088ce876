namespace BriefingBot.Core.Digests;

/// <summary>The platform refused the message: it was certainly not posted. See <see cref="IDigestSender"/>.</summary>
public class DigestSendException : Exception
{
    public DigestSendException()
    {
    }

    public DigestSendException(string message)
        : base(message)
    {
    }

    public DigestSendException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public DigestSendException(string message, TimeSpan? retryAfter, bool permanent = false, Exception? innerException = null)
        : base(message, innerException)
    {
        RetryAfter = retryAfter;
        Permanent = permanent;
    }

    /// <summary>The platform's rate-limit wait (Discord <c>retry_after</c>, Slack <c>Retry-After</c>); the next attempt waits at least this long.</summary>
    public TimeSpan? RetryAfter { get; }

    /// <summary>Retrying cannot help (unknown channel, missing permissions, bot removed).</summary>
    public bool Permanent { get; }
}
