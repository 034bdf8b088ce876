using BriefingBot.Core.Articles;

namespace BriefingBot.Core.Index;

/// <summary>An indexed article with the instants the index keeps about it, as an export carries it to another engine.</summary>
/// <param name="IndexedAt">When the article was (last) indexed: digests select "new since" by it, so a copy must keep it.</param>
/// <param name="UpdatedAt">When the stored content last changed; null when it never did.</param>
public sealed record ExportedArticle(AnalyzedArticle Article, DateTimeOffset IndexedAt, DateTimeOffset? UpdatedAt);
