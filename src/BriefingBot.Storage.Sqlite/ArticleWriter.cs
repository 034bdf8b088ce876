using System.Text.Json;
using BriefingBot.Core.Articles;
using BriefingBot.Core.Index;
using BriefingBot.Storage.Sqlite.Serialization;
using Microsoft.Data.Sqlite;

namespace BriefingBot.Storage.Sqlite;

/// <summary>
/// Writes one analyzed article (row, analysis tables, full-text entry) in one IMMEDIATE transaction.
/// An update bumps <c>indexed_at</c> to now (and sets <c>updated_at</c>): digests select by <c>indexed_at</c>, and
/// a changed article is news again. The first ingest time is not kept; nothing reads it.
/// </summary>
internal static class ArticleWriter
{
    public static async Task<UpsertOutcome> UpsertAsync(
        SqliteConnection connection, AnalyzedArticle analyzed, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var article = analyzed.Article;

        // Re-ingesting unchanged content is the common case: answer it without taking the write lock.
        var existing = await FindAsync(connection, null, article.Id, cancellationToken);
        if (existing is { } seen && seen.Hash == article.ContentHash) return UpsertOutcome.Unchanged;

        using var transaction = connection.BeginTransaction(deferred: false);
        var outcome = await UpsertInAsync(connection, transaction, analyzed, now, cancellationToken);
        if (outcome == UpsertOutcome.Unchanged) transaction.Rollback();
        else transaction.Commit();
        return outcome;
    }

    /// <summary>
    /// Writes several articles in one IMMEDIATE transaction, in order, with the same outcome per article as one
    /// <see cref="UpsertAsync"/> each. One commit (and one full-text segment) for the batch is what makes bulk ingest
    /// cheap; the transaction still holds whole articles only, so a crash loses whole articles, never half of one.
    /// </summary>
    public static async Task<IReadOnlyList<UpsertOutcome>> UpsertManyAsync(
        SqliteConnection connection, IReadOnlyList<AnalyzedArticle> articles, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var outcomes = new UpsertOutcome[articles.Count];
        // Re-ingesting an unchanged batch is common: answer it without taking the write lock.
        var allUnchanged = true;
        for (var i = 0; i < articles.Count && allUnchanged; i++)
        {
            var article = articles[i].Article;
            allUnchanged = await FindAsync(connection, null, article.Id, cancellationToken) is { } seen && seen.Hash == article.ContentHash;
        }
        if (allUnchanged)
        {
            Array.Fill(outcomes, UpsertOutcome.Unchanged);
            return outcomes;
        }

        using var transaction = connection.BeginTransaction(deferred: false);
        for (var i = 0; i < articles.Count; i++)
            outcomes[i] = await UpsertInAsync(connection, transaction, articles[i], now, cancellationToken);
        transaction.Commit();
        return outcomes;
    }

    /// <summary>One article inside a write transaction the caller owns; writes nothing when the content is unchanged.</summary>
    private static async Task<UpsertOutcome> UpsertInAsync(
        SqliteConnection connection, SqliteTransaction transaction, AnalyzedArticle analyzed, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var article = analyzed.Article;
        var existing = await FindAsync(connection, transaction, article.Id, cancellationToken);
        if (existing is { } current && current.Hash == article.ContentHash) return UpsertOutcome.Unchanged;

        long pk;
        if (existing is { } old)
        {
            pk = old.Pk;
            await UpdateArticleAsync(connection, transaction, pk, analyzed, now, cancellationToken);
            await DeleteChildrenAsync(connection, transaction, pk, cancellationToken);
        }
        else
        {
            pk = await InsertArticleAsync(connection, transaction, analyzed, now, cancellationToken);
        }

        await AnalysisRows.InsertAsync(connection, transaction, pk, analyzed.Analysis, cancellationToken);
        await InsertFullTextAsync(connection, transaction, pk, analyzed, cancellationToken);
        return existing is null ? UpsertOutcome.Added : UpsertOutcome.Updated;
    }

    private static async Task<(long Pk, string Hash)?> FindAsync(
        SqliteConnection connection, SqliteTransaction? transaction, string id, CancellationToken cancellationToken)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = "SELECT pk, content_hash FROM articles WHERE id = $id;";
        command.Parameters.AddWithValue("$id", id);
        using var reader = await command.ExecuteReaderAsync(cancellationToken);
        if (!await reader.ReadAsync(cancellationToken)) return null;
        return (reader.GetInt64(0), reader.GetString(1));
    }

    private static async Task<long> InsertArticleAsync(
        SqliteConnection connection, SqliteTransaction transaction, AnalyzedArticle analyzed, DateTimeOffset now, CancellationToken cancellationToken)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = """
            INSERT INTO articles (id, title, url, source, published, published_precision, published_approximate,
                                  truncated, content_hash, indexed_at, updated_at)
            VALUES ($id, $title, $url, $source, $published, $precision, $approximate, $truncated, $hash, $now, NULL)
            RETURNING pk;
            """;
        AddArticleParameters(command, analyzed, now);
        var pk = (long)(await command.ExecuteScalarAsync(cancellationToken))!;
        await WriteContentAsync(connection, transaction, pk, analyzed, cancellationToken);
        return pk;
    }

    private static async Task UpdateArticleAsync(
        SqliteConnection connection, SqliteTransaction transaction, long pk, AnalyzedArticle analyzed, DateTimeOffset now, CancellationToken cancellationToken)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = """
            UPDATE articles SET title = $title, url = $url, source = $source, published = $published,
                   published_precision = $precision, published_approximate = $approximate,
                   truncated = $truncated, content_hash = $hash, indexed_at = $now, updated_at = $now
            WHERE pk = $pk;
            """;
        AddArticleParameters(command, analyzed, now);
        command.Parameters.AddWithValue("$pk", pk);
        await command.ExecuteNonQueryAsync(cancellationToken);
        await WriteContentAsync(connection, transaction, pk, analyzed, cancellationToken);
    }

    private static async Task WriteContentAsync(
        SqliteConnection connection, SqliteTransaction transaction, long pk, AnalyzedArticle analyzed, CancellationToken cancellationToken)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = """
            INSERT OR REPLACE INTO article_contents (article_pk, authors, text, analysis)
            VALUES ($pk, $authors, $text, $analysis);
            """;
        command.Parameters.AddWithValue("$pk", pk);
        command.Parameters.AddWithValue("$authors", JsonSerializer.Serialize(analyzed.Article.Authors, StorageJsonContext.Default.IReadOnlyListString));
        command.Parameters.AddWithValue("$text", analyzed.Article.Text);
        command.Parameters.AddWithValue("$analysis", JsonSerializer.Serialize(analyzed.Analysis, StorageJsonContext.Default.TextAnalysis));
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private static void AddArticleParameters(SqliteCommand command, AnalyzedArticle analyzed, DateTimeOffset now)
    {
        var article = analyzed.Article;
        var p = command.Parameters;
        p.AddWithValue("$id", article.Id);
        p.AddWithValue("$title", article.Title);
        p.AddWithValue("$url", (object?)article.Url ?? DBNull.Value);
        p.AddWithValue("$source", (object?)article.Source ?? DBNull.Value);
        p.AddWithValue("$published", (object?)article.Published?.ToString() ?? DBNull.Value);
        p.AddWithValue("$precision", article.Published is { } date ? StoredValues.Name(date.Precision) : DBNull.Value);
        p.AddWithValue("$approximate", article.PublishedApproximate);
        p.AddWithValue("$truncated", article.Truncated);
        p.AddWithValue("$hash", article.ContentHash);
        p.AddWithValue("$now", StoredValues.Instant(now));
    }

    private static async Task DeleteChildrenAsync(
        SqliteConnection connection, SqliteTransaction transaction, long pk, CancellationToken cancellationToken)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = """
            DELETE FROM quotes WHERE article_pk = $pk;
            DELETE FROM entities WHERE article_pk = $pk;
            DELETE FROM keywords WHERE article_pk = $pk;
            DELETE FROM events WHERE article_pk = $pk;
            DELETE FROM articles_fts WHERE rowid = $pk;
            """;
        command.Parameters.AddWithValue("$pk", pk);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private static async Task InsertFullTextAsync(
        SqliteConnection connection, SqliteTransaction transaction, long pk, AnalyzedArticle analyzed, CancellationToken cancellationToken)
    {
        // Names and aliases get their own column so an alias the text never spells out ("AMLO") still finds the article.
        var names = string.Join('\n', analyzed.Analysis.Entities.SelectMany(e => e.Aliases.Prepend(e.Name)).Distinct(StringComparer.Ordinal));
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = "INSERT INTO articles_fts (rowid, title, body, names) VALUES ($pk, $title, $body, $names);";
        command.Parameters.AddWithValue("$pk", pk);
        command.Parameters.AddWithValue("$title", analyzed.Article.Title);
        command.Parameters.AddWithValue("$body", analyzed.Article.Text);
        command.Parameters.AddWithValue("$names", names);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
