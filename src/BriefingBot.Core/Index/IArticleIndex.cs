using BriefingBot.Core.Articles;

namespace BriefingBot.Core.Index;

/// <summary>
/// The preprocessed article index. Implemented by every storage engine and checked by one contract suite.
/// Writing one article is one transaction: a crash never leaves half an article indexed.
/// </summary>
public interface IArticleIndex
{
    /// <summary>Adds or replaces an article with its analysis; unchanged content (same id and hash) is a no-op.</summary>
    Task<UpsertOutcome> UpsertAsync(AnalyzedArticle article, CancellationToken cancellationToken);

    /// <summary>Full-text search, best first.</summary>
    Task<IReadOnlyList<SearchHit>> SearchAsync(ArticleQuery query, CancellationToken cancellationToken);

    /// <summary>Loads articles with their analysis; unknown ids are skipped. Order follows <paramref name="ids"/>.</summary>
    Task<IReadOnlyList<AnalyzedArticle>> GetArticlesAsync(IReadOnlyList<string> ids, CancellationToken cancellationToken);

    Task<IReadOnlyList<QuoteHit>> FindQuotesAsync(QuoteQuery query, CancellationToken cancellationToken);

    Task<IndexStatistics> GetStatisticsAsync(CancellationToken cancellationToken);

    /// <summary>Canonical speaker names starting with (or containing a word starting with) <paramref name="prefix"/>, most quoted first.</summary>
    Task<IReadOnlyList<string>> SuggestSpeakersAsync(string prefix, int limit, CancellationToken cancellationToken);

    /// <summary>Frequent entity names and keywords starting with <paramref name="prefix"/>, for topic autocomplete.</summary>
    Task<IReadOnlyList<string>> SuggestTopicsAsync(string prefix, int limit, CancellationToken cancellationToken);
}
