namespace BriefingBot.Bench;

/// <summary>One generated article, with the fields of the ingest format.</summary>
public sealed record SyntheticArticle(
    string Id,
    string Title,
    string Url,
    string Source,
    DateOnly Published,
    IReadOnlyList<string> Authors,
    string Text);
