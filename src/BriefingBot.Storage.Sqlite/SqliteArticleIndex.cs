using BriefingBot.Core.Articles;
using BriefingBot.Core.Index;
using BriefingBot.Storage.Sqlite.Search;

namespace BriefingBot.Storage.Sqlite;

/// <summary>
/// The embedded article index: one SQLite file (WAL, FTS5 with bm25), created and migrated on first use.
/// Thread-safe; every operation uses its own pooled connection, and several processes may share the file
/// (writers queue on SQLite's lock up to the busy timeout).
/// </summary>
public sealed class SqliteArticleIndex : IArticleIndex, IBatchArticleIndex
{
    private readonly SqliteConnectionFactory _connections;
    private readonly TimeProvider _timeProvider;

    public SqliteArticleIndex(SqliteIndexOptions options, TimeProvider timeProvider)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(timeProvider);
        _connections = new SqliteConnectionFactory(options.Path, options.BusyTimeoutMilliseconds);
        _timeProvider = timeProvider;
    }

    /// <summary>The absolute path of the database file.</summary>
    public string FilePath => _connections.FilePath;

    public async Task<UpsertOutcome> UpsertAsync(AnalyzedArticle article, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(article);
        await using var connection = await _connections.OpenAsync(cancellationToken);
        return await ArticleWriter.UpsertAsync(connection, article, _timeProvider.GetUtcNow(), cancellationToken);
    }

    public async Task<IReadOnlyList<UpsertOutcome>> UpsertManyAsync(IReadOnlyList<AnalyzedArticle> articles, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(articles);
        if (articles.Count == 0) return [];
        foreach (var article in articles) ArgumentNullException.ThrowIfNull(article);
        await using var connection = await _connections.OpenAsync(cancellationToken);
        return await ArticleWriter.UpsertManyAsync(connection, articles, _timeProvider.GetUtcNow(), cancellationToken);
    }

    public async Task<IReadOnlyList<SearchHit>> SearchAsync(ArticleQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        await using var connection = await _connections.OpenAsync(cancellationToken);
        return await ArticleSearch.SearchAsync(connection, query, cancellationToken);
    }

    public async Task<IReadOnlyList<AnalyzedArticle>> GetArticlesAsync(IReadOnlyList<string> ids, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(ids);
        if (ids.Count == 0) return [];
        await using var connection = await _connections.OpenAsync(cancellationToken);
        return await ArticleReader.GetAsync(connection, ids, cancellationToken);
    }

    public async Task<IReadOnlyList<QuoteHit>> FindQuotesAsync(QuoteQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        await using var connection = await _connections.OpenAsync(cancellationToken);
        return await QuoteFinder.FindAsync(connection, query, cancellationToken);
    }

    public async Task<IndexStatistics> GetStatisticsAsync(CancellationToken cancellationToken)
    {
        await using var connection = await _connections.OpenAsync(cancellationToken);
        return await IndexStatisticsReader.ReadAsync(connection, cancellationToken);
    }

    public async Task<IReadOnlyList<string>> SuggestSpeakersAsync(string prefix, int limit, CancellationToken cancellationToken)
    {
        await using var connection = await _connections.OpenAsync(cancellationToken);
        return await Suggestions.SpeakersAsync(connection, prefix ?? "", limit, cancellationToken);
    }

    public async Task<IReadOnlyList<string>> SuggestTopicsAsync(string prefix, int limit, CancellationToken cancellationToken)
    {
        await using var connection = await _connections.OpenAsync(cancellationToken);
        return await Suggestions.TopicsAsync(connection, prefix ?? "", limit, cancellationToken);
    }
}
