namespace BriefingBot.Ingest.Feeds;

/// <summary>One entry of a feed, format-neutral.</summary>
/// <param name="Key">Stable key of the item within its feed: its id/guid, else its link, else a hash of its title.</param>
/// <param name="ContentHtml">The fullest body the feed gives (content:encoded, Atom content, content_html), as HTML.</param>
/// <param name="SummaryHtml">The description/summary, as HTML (often a stub or teaser).</param>
/// <param name="ContentText">Plain-text body when the feed gives one (JSON Feed content_text).</param>
public sealed record FeedItem(
    string Key,
    string? Url,
    string? Title,
    string? ContentHtml,
    string? SummaryHtml,
    string? ContentText,
    DateTimeOffset? Published,
    DateTimeOffset? Updated,
    IReadOnlyList<string> Authors);
