using System.Runtime.CompilerServices;
using BriefingBot.Core.Index;
using Npgsql;

namespace BriefingBot.Storage.Postgres.Export;

/// <summary>
/// Reads the whole PostgreSQL index out in primary-key pages (keyset), decoded by the reader the index uses; also
/// counts its rows, which is how a migration into this engine is checked.
/// </summary>
public sealed class PostgresArticleExport : IArticleExport
{
    private const int PageSize = 64;

    private readonly NpgsqlDataSource _dataSource;
    private readonly PostgresArticleIndex _index;

    /// <param name="index">The index on the same data source: its schema is created or migrated before the first read.</param>
    public PostgresArticleExport(NpgsqlDataSource dataSource, PostgresArticleIndex index)
    {
        ArgumentNullException.ThrowIfNull(dataSource);
        ArgumentNullException.ThrowIfNull(index);
        _dataSource = dataSource;
        _index = index;
    }

    public async IAsyncEnumerable<ExportedArticle> ReadAllAsync([EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await _index.InitializeAsync(cancellationToken);
        var after = 0L;
        while (true)
        {
            var keys = await ReadKeysAsync(after, cancellationToken);
            if (keys.Count == 0) yield break;
            after = keys[^1].Pk;
            var byId = keys.ToDictionary(k => k.Id, StringComparer.Ordinal);
            var articles = await ArticleReader.GetAsync(_dataSource, keys.Select(k => k.Id).ToList(), cancellationToken);
            foreach (var article in articles)
            {
                var key = byId[article.Article.Id];
                yield return new ExportedArticle(article, key.IndexedAt, key.UpdatedAt);
            }
        }
    }

    public async Task<ArticleCounts> CountAsync(CancellationToken cancellationToken)
    {
        await _index.InitializeAsync(cancellationToken);
        await using var command = _dataSource.CreateCommand("""
            SELECT (SELECT COUNT(*) FROM articles), (SELECT COUNT(*) FROM quotes), (SELECT COUNT(*) FROM entities),
                   (SELECT COUNT(*) FROM keywords), (SELECT COUNT(*) FROM events);
            """);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        await reader.ReadAsync(cancellationToken);
        return new ArticleCounts(reader.GetInt64(0), reader.GetInt64(1), reader.GetInt64(2), reader.GetInt64(3), reader.GetInt64(4));
    }

    private async Task<List<(long Pk, string Id, DateTimeOffset IndexedAt, DateTimeOffset? UpdatedAt)>> ReadKeysAsync(
        long after, CancellationToken cancellationToken)
    {
        await using var command = _dataSource.CreateCommand("SELECT pk, id, indexed_at, updated_at FROM articles WHERE pk > @after ORDER BY pk LIMIT @limit;");
        command.Parameters.AddWithValue("after", after);
        command.Parameters.AddWithValue("limit", PageSize);
        var keys = new List<(long, string, DateTimeOffset, DateTimeOffset?)>(PageSize);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            keys.Add((reader.GetInt64(0), reader.GetString(1), reader.GetFieldValue<DateTimeOffset>(2),
                reader.IsDBNull(3) ? null : reader.GetFieldValue<DateTimeOffset>(3)));
        }
        return keys;
    }
}
