namespace BriefingBot.Ingest.Feeds;

/// <summary>A feed's title and items in document order.</summary>
public sealed record ParsedFeed(FeedFormat Format, string? Title, IReadOnlyList<FeedItem> Items);
