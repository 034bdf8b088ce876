namespace BriefingBot.Ingest.Web;

/// <summary>Where a publication date came from, most trusted first.</summary>
public enum DateOrigin
{
    FeedItem,
    PageMetadata,
    UrlPattern,
    Dateline,
    /// <summary>The feed item's "updated" time: a re-publication date, used only when nothing better exists.</summary>
    FeedItemUpdated,
}
