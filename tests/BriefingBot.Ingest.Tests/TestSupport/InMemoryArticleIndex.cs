using BriefingBot.Core.Articles;
using BriefingBot.Core.Index;

namespace BriefingBot.Ingest.Tests.TestSupport;

/// <summary>The upsert contract of IArticleIndex (id + content hash decide the outcome); queries are not needed here.</summary>
internal class InMemoryArticleIndex : IArticleIndex
{
    private readonly Dictionary<string, AnalyzedArticle> _articles = new(StringComparer.Ordinal);

    public IReadOnlyDictionary<string, AnalyzedArticle> Articles => _articles;

    public Func<AnalyzedArticle, bool>? FailWhen { get; set; }

    public Task<UpsertOutcome> UpsertAsync(AnalyzedArticle article, CancellationToken cancellationToken)
    {
        if (FailWhen?.Invoke(article) == true) throw new InvalidOperationException("disk full");
        var id = article.Article.Id;
        UpsertOutcome outcome;
        if (!_articles.TryGetValue(id, out var existing)) outcome = UpsertOutcome.Added;
        else if (existing.Article.ContentHash == article.Article.ContentHash) return Task.FromResult(UpsertOutcome.Unchanged);
        else outcome = UpsertOutcome.Updated;
        _articles[id] = article;
        return Task.FromResult(outcome);
    }

    public Task<IReadOnlyList<SearchHit>> SearchAsync(ArticleQuery query, CancellationToken cancellationToken) => throw new NotSupportedException();

    public Task<IReadOnlyList<AnalyzedArticle>> GetArticlesAsync(IReadOnlyList<string> ids, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<AnalyzedArticle>>(ids.Where(_articles.ContainsKey).Select(id => _articles[id]).ToList());

    public Task<IReadOnlyList<QuoteHit>> FindQuotesAsync(QuoteQuery query, CancellationToken cancellationToken) => throw new NotSupportedException();

    public Task<IndexStatistics> GetStatisticsAsync(CancellationToken cancellationToken) => throw new NotSupportedException();

    public Task<IReadOnlyList<string>> SuggestSpeakersAsync(string prefix, int limit, CancellationToken cancellationToken) => throw new NotSupportedException();

    public Task<IReadOnlyList<string>> SuggestTopicsAsync(string prefix, int limit, CancellationToken cancellationToken) => throw new NotSupportedException();
}
