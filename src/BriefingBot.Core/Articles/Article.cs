using BriefingBot.Core.Time;

namespace BriefingBot.Core.Articles;

/// <summary>An article as read from a source, after cleaning. Offsets in its analysis refer to <see cref="Text"/>.</summary>
public sealed record Article
{
    /// <summary>Stable id: a hash of the normalized URL, or of the content when there is no URL.</summary>
    public required string Id { get; init; }
    public required string Title { get; init; }
    public required string Text { get; init; }
    public string? Url { get; init; }
    public string? Source { get; init; }
    public PartialDate? Published { get; init; }
    /// <summary>True when the publication date is an estimate (metadata said "approximate", or it was inferred).</summary>
    public bool PublishedApproximate { get; init; }
    public IReadOnlyList<string> Authors { get; init; } = [];
    /// <summary>True when the source text stopped mid-article (a truncation marker was found).</summary>
    public bool Truncated { get; init; }
    /// <summary>Hash of the content, so re-ingesting unchanged content is a no-op.</summary>
    public required string ContentHash { get; init; }
}
