namespace BriefingBot.Ingest.Feeds;

/// <summary>The content is not a feed this product reads, or is a broken one; the message says which.</summary>
public sealed class FeedFormatException : Exception
{
    public FeedFormatException()
    {
    }

    public FeedFormatException(string message)
        : base(message)
    {
    }

    public FeedFormatException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
