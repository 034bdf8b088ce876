using System.Runtime.CompilerServices;
using BriefingBot.Core.Index;
using Microsoft.Data.Sqlite;

namespace BriefingBot.Storage.Sqlite.Export;

/// <summary>
/// Reads the whole SQLite index out in primary-key pages (keyset, not OFFSET): each page is a short read on its own
/// connection, so memory stays constant and no read transaction is held while the consumer writes elsewhere.
/// Articles are decoded by the same reader the index uses, from the stored JSON analysis.
/// </summary>
public sealed class SqliteArticleExport : IArticleExport
{
    private const int PageSize = 64;

    private readonly SqliteConnectionFactory _connections;

    public SqliteArticleExport(SqliteIndexOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        _connections = new SqliteConnectionFactory(options.Path, options.BusyTimeoutMilliseconds);
    }

    public async IAsyncEnumerable<ExportedArticle> ReadAllAsync([EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var after = 0L;
        while (true)
        {
            List<ExportedArticle> page;
            await using (var connection = await _connections.OpenAsync(cancellationToken))
            {
                var keys = await ReadKeysAsync(connection, after, cancellationToken);
                if (keys.Count == 0) yield break;
                after = keys[^1].Pk;
                var articles = await ArticleReader.GetAsync(connection, keys.Select(k => k.Id).ToList(), cancellationToken);
                var byId = keys.ToDictionary(k => k.Id, StringComparer.Ordinal);
                page = articles.Select(a => new ExportedArticle(a, byId[a.Article.Id].IndexedAt, byId[a.Article.Id].UpdatedAt)).ToList();
            }
            foreach (var article in page) yield return article;
        }
    }

    public async Task<ArticleCounts> CountAsync(CancellationToken cancellationToken)
    {
        await using var connection = await _connections.OpenAsync(cancellationToken);
        using var command = connection.CreateCommand();
        command.CommandText = """
            SELECT (SELECT COUNT(*) FROM articles), (SELECT COUNT(*) FROM quotes), (SELECT COUNT(*) FROM entities),
                   (SELECT COUNT(*) FROM keywords), (SELECT COUNT(*) FROM events);
            """;
        using var reader = await command.ExecuteReaderAsync(cancellationToken);
        await reader.ReadAsync(cancellationToken);
        return new ArticleCounts(reader.GetInt64(0), reader.GetInt64(1), reader.GetInt64(2), reader.GetInt64(3), reader.GetInt64(4));
    }

    private static async Task<List<(long Pk, string Id, DateTimeOffset IndexedAt, DateTimeOffset? UpdatedAt)>> ReadKeysAsync(
        SqliteConnection connection, long after, CancellationToken cancellationToken)
    {
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT pk, id, indexed_at, updated_at FROM articles WHERE pk > $after ORDER BY pk LIMIT $limit;";
        command.Parameters.AddWithValue("$after", after);
        command.Parameters.AddWithValue("$limit", PageSize);
        var keys = new List<(long, string, DateTimeOffset, DateTimeOffset?)>(PageSize);
        using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            keys.Add((reader.GetInt64(0), reader.GetString(1), StoredValues.ParseInstant(reader.GetString(2)),
                reader.IsDBNull(3) ? null : StoredValues.ParseInstant(reader.GetString(3))));
        }
        return keys;
    }
}
