namespace BriefingBot.Ingest.Feeds;

public enum FeedFormat
{
    Rss20,
    Atom10,
    JsonFeed,
}
