using BriefingBot.Core.Articles;
using BriefingBot.Core.Index;

namespace BriefingBot.Core.Tests.Fakes;

/// <summary>
/// A small in-memory index for Core's unit tests (Core may not reference a storage engine). Relevance is the count of
/// query words in title and text; the real engines are covered by the storage contract suite.
/// </summary>
internal sealed class InMemoryArticleIndex(DateTimeOffset indexedAt) : IArticleIndex
{
    private readonly Dictionary<string, AnalyzedArticle> _articles = new(StringComparer.Ordinal);

    public Task<UpsertOutcome> UpsertAsync(AnalyzedArticle article, CancellationToken cancellationToken)
    {
        var outcome = _articles.TryGetValue(article.Article.Id, out var old)
            ? old.Article.ContentHash == article.Article.ContentHash ? UpsertOutcome.Unchanged : UpsertOutcome.Updated
            : UpsertOutcome.Added;
        _articles[article.Article.Id] = article;
        return Task.FromResult(outcome);
    }

    public Task<IReadOnlyList<SearchHit>> SearchAsync(ArticleQuery query, CancellationToken cancellationToken)
    {
        var words = SpeakerNames.Fold(query.Text).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        IReadOnlyList<SearchHit> hits = _articles.Values
            .Select(a => (a, Score: words.Sum(w => Count(SpeakerNames.Fold(a.Article.Title + " " + a.Article.Text), w))))
            .Where(x => x.Score > 0)
            .OrderByDescending(x => x.Score)
            .Take(query.Limit)
            .Select(x => new SearchHit(x.a.Article.Id, x.Score, x.a.Article.Published, indexedAt))
            .ToList();
        return Task.FromResult(hits);
    }

    public Task<IReadOnlyList<AnalyzedArticle>> GetArticlesAsync(IReadOnlyList<string> ids, CancellationToken cancellationToken)
    {
        IReadOnlyList<AnalyzedArticle> found = ids.Where(_articles.ContainsKey).Select(id => _articles[id]).ToList();
        return Task.FromResult(found);
    }

    public Task<IReadOnlyList<QuoteHit>> FindQuotesAsync(QuoteQuery query, CancellationToken cancellationToken)
    {
        IReadOnlyList<QuoteHit> hits = _articles.Values
            .OrderByDescending(a => a.Article.Published)
            .SelectMany(a => a.Analysis.Quotes.Select(q => new QuoteHit(q, new ArticleRef(a.Article.Id, a.Article.Title, a.Article.Url, a.Article.Source, a.Article.Published))))
            .Where(h => query.Speaker is null || (h.Quote.Speaker is not null && SpeakerNames.Matches(query.Speaker, h.Quote.Speaker)))
            .Take(query.Limit)
            .ToList();
        return Task.FromResult(hits);
    }

    public Task<IndexStatistics> GetStatisticsAsync(CancellationToken cancellationToken) =>
        Task.FromResult(new IndexStatistics(_articles.Count, _articles.Values.Max(a => a.Article.Published), indexedAt, []));

    public Task<IReadOnlyList<string>> SuggestSpeakersAsync(string prefix, int limit, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<string>>([]);

    public Task<IReadOnlyList<string>> SuggestTopicsAsync(string prefix, int limit, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<string>>([]);

    private static int Count(string haystack, string needle)
    {
        var n = 0;
        for (var i = haystack.IndexOf(needle, StringComparison.Ordinal); i >= 0; i = haystack.IndexOf(needle, i + 1, StringComparison.Ordinal)) n++;
        return n;
    }
}
