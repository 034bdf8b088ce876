using BriefingBot.Core.Time;

namespace BriefingBot.Ingest.Web;

/// <summary>The article found in a web page, cleaned.</summary>
/// <param name="CanonicalUrl">The page's <c>rel=canonical</c> (or <c>og:url</c>), resolved against the page URL; null when absent.</param>
/// <param name="Published">Publication date from the page's metadata only.</param>
/// <param name="Dateline">A date on a dateline at the top of the text, read before cleaning removed the byline that carried it.</param>
public sealed record ExtractedPage(
    string? Title,
    string Text,
    string? CanonicalUrl,
    string? SiteName,
    IReadOnlyList<string> Authors,
    PartialDate? Published,
    PartialDate? Dateline,
    IReadOnlyList<string> Warnings);
