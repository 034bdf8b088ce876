using BriefingBot.Core.Articles;

namespace BriefingBot.Core.Index;

/// <summary>
/// Optional capability of an <see cref="IArticleIndex"/>: writes several articles in one transaction, which is much
/// cheaper per article for bulk ingest (one commit, one full-text segment). Each article is still written whole or
/// not at all; when the call throws, none of the batch was written and the caller may retry one by one.
/// </summary>
public interface IBatchArticleIndex
{
    /// <summary>Upserts <paramref name="articles"/> in order, exactly as that many <see cref="IArticleIndex.UpsertAsync"/> calls would; one outcome per article.</summary>
    Task<IReadOnlyList<UpsertOutcome>> UpsertManyAsync(IReadOnlyList<AnalyzedArticle> articles, CancellationToken cancellationToken);
}
