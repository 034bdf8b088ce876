using System.Text.Json;
using BriefingBot.Core.Index;
using BriefingBot.Storage.Postgres.Search;
using BriefingBot.Storage.Postgres.Serialization;
using Npgsql;
using NpgsqlTypes;

namespace BriefingBot.Storage.Postgres.Export;

/// <summary>
/// Writes exported articles with their original <c>indexed_at</c>/<c>updated_at</c>, a batch per transaction. The
/// row, search vector and analysis tables are written exactly as <see cref="ArticleWriter"/> writes them (same
/// columns, same folding, same <see cref="AnalysisRows"/>); a test compares the two so they cannot drift apart.
/// </summary>
public sealed class PostgresArticleImport : IArticleImport
{
    /// <summary>As <see cref="ArticleWriter"/>: PostgreSQL rejects a tsvector over 1 MB.</summary>
    private const int MaxSearchTextLength = 200_000;

    private const string SearchVector = $"""
        setweight(to_tsvector('{TextSearchQuery.Configuration}', @search_title), 'A')
        || setweight(to_tsvector('{TextSearchQuery.Configuration}', @search_names), 'B')
        || setweight(to_tsvector('{TextSearchQuery.Configuration}', @search_body), 'C')
        """;

    private readonly NpgsqlDataSource _dataSource;
    private readonly PostgresArticleIndex _index;

    /// <param name="index">The index on the same data source: its schema is created or migrated before the first write.</param>
    public PostgresArticleImport(NpgsqlDataSource dataSource, PostgresArticleIndex index)
    {
        ArgumentNullException.ThrowIfNull(dataSource);
        ArgumentNullException.ThrowIfNull(index);
        _dataSource = dataSource;
        _index = index;
    }

    public async Task<IReadOnlyList<ImportOutcome>> ImportAsync(IReadOnlyList<ExportedArticle> batch, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(batch);
        if (batch.Count == 0) return [];
        await _index.InitializeAsync(cancellationToken);
        await using var connection = await _dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var existing = await LockExistingAsync(connection, transaction, batch, cancellationToken);

        var outcomes = new List<ImportOutcome>(batch.Count);
        foreach (var exported in batch)
        {
            var id = StoredValues.Text(exported.Article.Article.Id);
            var outcome = Decide(exported, existing.TryGetValue(id, out var current) ? current : null);
            if (outcome == ImportOutcome.Added)
            {
                var pk = await InsertAsync(connection, transaction, exported, cancellationToken);
                await AnalysisRows.InsertAsync(connection, transaction, pk, exported.Article.Analysis, deleteFirst: false, cancellationToken);
                existing[id] = new Existing(pk, exported.Article.Article.ContentHash, StoredInstant.Of(exported.IndexedAt), StoredInstant.Of(exported.UpdatedAt));
            }
            else if (outcome == ImportOutcome.Replaced)
            {
                var pk = existing[id].Pk;
                await UpdateAsync(connection, transaction, pk, exported, cancellationToken);
                await AnalysisRows.InsertAsync(connection, transaction, pk, exported.Article.Analysis, deleteFirst: true, cancellationToken);
                existing[id] = new Existing(pk, exported.Article.Article.ContentHash, StoredInstant.Of(exported.IndexedAt), StoredInstant.Of(exported.UpdatedAt));
            }
            outcomes.Add(outcome);
        }
        await transaction.CommitAsync(cancellationToken);
        return outcomes;
    }

    private static ImportOutcome Decide(ExportedArticle exported, Existing? current)
    {
        if (current is not { } row) return ImportOutcome.Added;
        var indexedAt = StoredInstant.Of(exported.IndexedAt);
        if (row.Hash == exported.Article.Article.ContentHash && row.IndexedAt == indexedAt && row.UpdatedAt == StoredInstant.Of(exported.UpdatedAt))
            return ImportOutcome.Unchanged;
        // Indexed on the target after the source indexed it: a newer ingest there, which a re-run must not undo.
        return row.IndexedAt > indexedAt ? ImportOutcome.KeptTarget : ImportOutcome.Replaced;
    }

    private static async Task<Dictionary<string, Existing>> LockExistingAsync(
        NpgsqlConnection connection, NpgsqlTransaction transaction, IReadOnlyList<ExportedArticle> batch, CancellationToken cancellationToken)
    {
        // Row locks in id order, so a concurrent ingester of the same ids waits instead of deadlocking.
        await using var command = new NpgsqlCommand("""
            SELECT id, pk, content_hash, indexed_at, updated_at FROM articles
            WHERE id = ANY(@ids) ORDER BY id COLLATE "C" FOR UPDATE;
            """, connection, transaction);
        command.Parameters.AddWithValue("ids", batch.Select(a => StoredValues.Text(a.Article.Article.Id)).Distinct(StringComparer.Ordinal).ToArray());
        var rows = new Dictionary<string, Existing>(StringComparer.Ordinal);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            rows[reader.GetString(0)] = new Existing(
                reader.GetInt64(1), reader.GetString(2), reader.GetFieldValue<DateTimeOffset>(3),
                reader.IsDBNull(4) ? null : reader.GetFieldValue<DateTimeOffset>(4));
        }
        return rows;
    }

    private static async Task<long> InsertAsync(
        NpgsqlConnection connection, NpgsqlTransaction transaction, ExportedArticle exported, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand($"""
            INSERT INTO articles (id, title, url, source, published, published_approximate, authors, text, truncated,
                                  content_hash, analysis, search, indexed_at, updated_at)
            VALUES (@id, @title, @url, @source, @published, @approximate, @authors, @text, @truncated,
                    @hash, @analysis, {SearchVector}, @indexed_at, @updated_at)
            ON CONFLICT (id) DO NOTHING
            RETURNING pk;
            """, connection, transaction);
        AddParameters(command, exported);
        return await command.ExecuteScalarAsync(cancellationToken) is long pk
            ? pk
            // Inserted by another writer after this batch locked what existed: roll back; a re-run sees it.
            : throw new InvalidOperationException($"Article '{exported.Article.Article.Id}' was written to the target while the migration ran; run it again.");
    }

    private static async Task UpdateAsync(
        NpgsqlConnection connection, NpgsqlTransaction transaction, long pk, ExportedArticle exported, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand($"""
            UPDATE articles SET id = @id, title = @title, url = @url, source = @source, published = @published,
                   published_approximate = @approximate, authors = @authors, text = @text, truncated = @truncated,
                   content_hash = @hash, analysis = @analysis, search = {SearchVector},
                   indexed_at = @indexed_at, updated_at = @updated_at
            WHERE pk = @pk;
            """, connection, transaction);
        AddParameters(command, exported);
        command.Parameters.AddWithValue("pk", pk);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private static void AddParameters(NpgsqlCommand command, ExportedArticle exported)
    {
        var analyzed = exported.Article;
        var article = analyzed.Article;
        var names = string.Join('\n', analyzed.Analysis.Entities.SelectMany(e => e.Aliases.Prepend(e.Name)).Distinct(StringComparer.Ordinal));
        var p = command.Parameters;
        p.AddWithValue("id", StoredValues.Text(article.Id));
        p.AddWithValue("title", StoredValues.Text(article.Title));
        p.Add(new NpgsqlParameter<string?>("url", NpgsqlDbType.Text) { TypedValue = StoredValues.NullableText(article.Url) });
        p.Add(new NpgsqlParameter<string?>("source", NpgsqlDbType.Text) { TypedValue = StoredValues.NullableText(article.Source) });
        p.Add(new NpgsqlParameter<string?>("published", NpgsqlDbType.Text) { TypedValue = article.Published?.ToString() });
        p.AddWithValue("approximate", article.PublishedApproximate);
        p.AddWithValue("authors", article.Authors.Select(StoredValues.Text).ToArray());
        p.AddWithValue("text", StoredValues.Text(article.Text));
        p.AddWithValue("truncated", article.Truncated);
        p.AddWithValue("hash", StoredValues.Text(article.ContentHash));
        p.Add(new NpgsqlParameter("analysis", NpgsqlDbType.Json)
        {
            Value = JsonSerializer.Serialize(analyzed.Analysis, StorageJsonContext.Default.TextAnalysis),
        });
        p.AddWithValue("search_title", TextSearchQuery.Fold(article.Title));
        p.AddWithValue("search_names", TextSearchQuery.Fold(names));
        p.AddWithValue("search_body", TextSearchQuery.Fold(article.Text.Length > MaxSearchTextLength ? article.Text[..MaxSearchTextLength] : article.Text));
        p.AddWithValue("indexed_at", StoredInstant.Of(exported.IndexedAt));
        p.Add(new NpgsqlParameter<DateTimeOffset?>("updated_at", NpgsqlDbType.TimestampTz) { TypedValue = StoredInstant.Of(exported.UpdatedAt) });
    }

    private readonly record struct Existing(long Pk, string Hash, DateTimeOffset IndexedAt, DateTimeOffset? UpdatedAt);
}
