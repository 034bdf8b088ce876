namespace BriefingBot.Ingest.Web;

/// <summary>An outbound request was refused before any byte was sent: a non-public address or a scheme other than http(s).</summary>
public sealed class RefusedDestinationException : Exception
{
    public RefusedDestinationException()
    {
    }

    public RefusedDestinationException(string message)
        : base(message)
    {
    }

    public RefusedDestinationException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
