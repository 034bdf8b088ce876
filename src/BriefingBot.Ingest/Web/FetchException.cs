namespace BriefingBot.Ingest.Web;

/// <summary>A fetch failed; <see cref="Exception.Message"/> says why in words a user can act on.</summary>
public sealed class FetchException : Exception
{
    public FetchException()
    {
    }

    public FetchException(string message)
        : base(message)
    {
    }

    public FetchException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public FetchException(string message, bool permanent, Exception? innerException = null)
        : base(message, innerException)
    {
        Permanent = permanent;
    }

    /// <summary>True when retrying cannot help (a refused destination, a scheme other than http(s), 410 Gone).</summary>
    public bool Permanent { get; }
}
