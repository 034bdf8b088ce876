using System.Text.Json;
using BriefingBot.Core.Articles;
using BriefingBot.Core.Index;
using BriefingBot.Storage.Postgres.Search;
using BriefingBot.Storage.Postgres.Serialization;
using Npgsql;
using NpgsqlTypes;

namespace BriefingBot.Storage.Postgres;

/// <summary>
/// Writes one analyzed article (row with its search vector, analysis tables) in one transaction. An update bumps
/// <c>indexed_at</c> to now (and sets <c>updated_at</c>): digests select by <c>indexed_at</c>, and a changed
/// article is news again. Concurrent writers of one id are serialized by the row lock (or, for a new id, by
/// the unique index), so exactly one of them reports <see cref="UpsertOutcome.Added"/>.
/// </summary>
internal static class ArticleWriter
{
    /// <summary>
    /// PostgreSQL rejects a tsvector over 1 MB, and stops recording positions after 16,383 anyway. No news article
    /// comes near this many characters; a pathological one is indexed by its first part instead of failing.
    /// </summary>
    private const int MaxSearchTextLength = 200_000;

    private const string SearchVector = $"""
        setweight(to_tsvector('{TextSearchQuery.Configuration}', @search_title), 'A')
        || setweight(to_tsvector('{TextSearchQuery.Configuration}', @search_names), 'B')
        || setweight(to_tsvector('{TextSearchQuery.Configuration}', @search_body), 'C')
        """;

    public static async Task<UpsertOutcome> UpsertAsync(
        NpgsqlDataSource dataSource, AnalyzedArticle analyzed, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var article = analyzed.Article;
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);

        // Re-ingesting unchanged content is the common case: answer it without a transaction or row lock.
        if (await FindAsync(connection, null, article.Id, forUpdate: false, cancellationToken) is { } seen && seen.Hash == article.ContentHash)
            return UpsertOutcome.Unchanged;

        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var existing = await FindAsync(connection, transaction, article.Id, forUpdate: true, cancellationToken);
        long pk;
        if (existing is null)
        {
            var inserted = await InsertArticleAsync(connection, transaction, analyzed, now, cancellationToken);
            if (inserted is { } newPk)
            {
                await AnalysisRows.InsertAsync(connection, transaction, newPk, analyzed.Analysis, deleteFirst: false, cancellationToken);
                await transaction.CommitAsync(cancellationToken);
                return UpsertOutcome.Added;
            }
            // Another writer inserted this id after our look-up and has committed: its row is now visible.
            existing = await FindAsync(connection, transaction, article.Id, forUpdate: true, cancellationToken)
                ?? throw new InvalidOperationException($"Article '{article.Id}' conflicted on insert but cannot be read.");
        }

        if (existing.Value.Hash == article.ContentHash)
        {
            await transaction.RollbackAsync(cancellationToken);
            return UpsertOutcome.Unchanged;
        }

        pk = existing.Value.Pk;
        await UpdateArticleAsync(connection, transaction, pk, analyzed, now, cancellationToken);
        await AnalysisRows.InsertAsync(connection, transaction, pk, analyzed.Analysis, deleteFirst: true, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return UpsertOutcome.Updated;
    }

    private static async Task<(long Pk, string Hash)?> FindAsync(
        NpgsqlConnection connection, NpgsqlTransaction? transaction, string id, bool forUpdate, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(
            forUpdate
                ? "SELECT pk, content_hash FROM articles WHERE id = @id FOR UPDATE;"
                : "SELECT pk, content_hash FROM articles WHERE id = @id;",
            connection, transaction);
        command.Parameters.AddWithValue("id", StoredValues.Text(id));
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        if (!await reader.ReadAsync(cancellationToken)) return null;
        return (reader.GetInt64(0), reader.GetString(1));
    }

    /// <returns>The new row's key, or null when another writer holds the id.</returns>
    private static async Task<long?> InsertArticleAsync(
        NpgsqlConnection connection, NpgsqlTransaction transaction, AnalyzedArticle analyzed, DateTimeOffset now, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand($"""
            INSERT INTO articles (id, title, url, source, published, published_approximate, authors, text, truncated,
                                  content_hash, analysis, search, indexed_at, updated_at)
            VALUES (@id, @title, @url, @source, @published, @approximate, @authors, @text, @truncated,
                    @hash, @analysis, {SearchVector}, @now, NULL)
            ON CONFLICT (id) DO NOTHING
            RETURNING pk;
            """, connection, transaction);
        AddArticleParameters(command, analyzed, now);
        return await command.ExecuteScalarAsync(cancellationToken) is long pk ? pk : null;
    }

    private static async Task UpdateArticleAsync(
        NpgsqlConnection connection, NpgsqlTransaction transaction, long pk, AnalyzedArticle analyzed, DateTimeOffset now, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand($"""
            UPDATE articles SET id = @id, title = @title, url = @url, source = @source, published = @published,
                   published_approximate = @approximate, authors = @authors, text = @text, truncated = @truncated,
                   content_hash = @hash, analysis = @analysis, search = {SearchVector}, indexed_at = @now, updated_at = @now
            WHERE pk = @pk;
            """, connection, transaction);
        AddArticleParameters(command, analyzed, now);
        command.Parameters.AddWithValue("pk", pk);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private static void AddArticleParameters(NpgsqlCommand command, AnalyzedArticle analyzed, DateTimeOffset now)
    {
        var article = analyzed.Article;
        // Names and aliases get their own weight class so an alias the text never spells out ("AMLO") still finds the article.
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
        p.AddWithValue("now", now.ToUniversalTime());
    }
}
