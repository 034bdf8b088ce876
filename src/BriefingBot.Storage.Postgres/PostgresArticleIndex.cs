using BriefingBot.Core.Articles;
using BriefingBot.Core.Index;
using BriefingBot.Storage.Postgres.Schema;
using BriefingBot.Storage.Postgres.Search;
using Npgsql;

namespace BriefingBot.Storage.Postgres;

/// <summary>
/// The scale-out article index: PostgreSQL with a weighted <c>tsvector</c> per article (title, names, text) under a
/// GIN index, ranked with <c>ts_rank_cd</c>. Tables live in the connection's current schema (the first of its
/// search path) and are created and migrated on first use; instances starting together serialize on an advisory
/// lock. Thread-safe; every operation takes a pooled connection from the data source, which the caller owns.
/// </summary>
public sealed class PostgresArticleIndex : IArticleIndex
{
    private readonly NpgsqlDataSource _dataSource;
    private readonly TimeProvider _timeProvider;
    private readonly OneTimeInitializer _migration;

    public PostgresArticleIndex(NpgsqlDataSource dataSource, TimeProvider timeProvider)
    {
        ArgumentNullException.ThrowIfNull(dataSource);
        ArgumentNullException.ThrowIfNull(timeProvider);
        _dataSource = dataSource;
        _timeProvider = timeProvider;
        _migration = new OneTimeInitializer(() =>
            PostgresMigrator.MigrateAsync(dataSource, IndexMigrations.Component, IndexMigrations.Scripts, CancellationToken.None));
    }

    public async Task<UpsertOutcome> UpsertAsync(AnalyzedArticle article, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(article);
        await _migration.EnsureAsync(cancellationToken);
        return await ArticleWriter.UpsertAsync(_dataSource, article, _timeProvider.GetUtcNow(), cancellationToken);
    }

    public async Task<IReadOnlyList<SearchHit>> SearchAsync(ArticleQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        await _migration.EnsureAsync(cancellationToken);
        return await ArticleSearch.SearchAsync(_dataSource, query, cancellationToken);
    }

    public async Task<IReadOnlyList<AnalyzedArticle>> GetArticlesAsync(IReadOnlyList<string> ids, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(ids);
        if (ids.Count == 0) return [];
        await _migration.EnsureAsync(cancellationToken);
        return await ArticleReader.GetAsync(_dataSource, ids, cancellationToken);
    }

    public async Task<IReadOnlyList<QuoteHit>> FindQuotesAsync(QuoteQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        await _migration.EnsureAsync(cancellationToken);
        return await QuoteFinder.FindAsync(_dataSource, query, cancellationToken);
    }

    public async Task<IndexStatistics> GetStatisticsAsync(CancellationToken cancellationToken)
    {
        await _migration.EnsureAsync(cancellationToken);
        return await IndexStatisticsReader.ReadAsync(_dataSource, cancellationToken);
    }

    public async Task<IReadOnlyList<string>> SuggestSpeakersAsync(string prefix, int limit, CancellationToken cancellationToken)
    {
        await _migration.EnsureAsync(cancellationToken);
        return await Suggestions.SpeakersAsync(_dataSource, prefix ?? "", limit, cancellationToken);
    }

    public async Task<IReadOnlyList<string>> SuggestTopicsAsync(string prefix, int limit, CancellationToken cancellationToken)
    {
        await _migration.EnsureAsync(cancellationToken);
        return await Suggestions.TopicsAsync(_dataSource, prefix ?? "", limit, cancellationToken);
    }

    /// <summary>Creates or migrates the schema now rather than on first use (hosts call it at start to fail fast).</summary>
    public Task InitializeAsync(CancellationToken cancellationToken) => _migration.EnsureAsync(cancellationToken);
}
