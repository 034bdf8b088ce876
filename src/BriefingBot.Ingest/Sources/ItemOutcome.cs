namespace BriefingBot.Ingest.Sources;

/// <summary>What happened to one article from a web source.</summary>
public enum ItemOutcome
{
    Added,
    /// <summary>A newer version replaced the stored one (same URL, or the same story re-published by the same site).</summary>
    Updated,
    /// <summary>Already indexed with the same content.</summary>
    Unchanged,
    /// <summary>The same story already stored from another URL or outlet; this URL was recorded as an alternative.</summary>
    Duplicate,
    /// <summary>The feed item was already ingested in this version; nothing was fetched.</summary>
    Seen,
    Failed,
}
