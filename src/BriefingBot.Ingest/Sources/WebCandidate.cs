using BriefingBot.Ingest.Reading;

namespace BriefingBot.Ingest.Sources;

/// <summary>An article read from the web, ready for de-duplication: the document and every URL it was reached by.</summary>
/// <param name="PrimaryUrl">The URL the article is known by (canonical link, else the final fetched URL, else the item link).</param>
/// <param name="Urls">All URLs that lead to it (item link, redirects' end, canonical), not yet normalized.</param>
internal sealed record WebCandidate(ReadDocument Document, string PrimaryUrl, IReadOnlyList<string> Urls);
