using System.Text;
using System.Text.Json;
using BriefingBot.Core.Analysis;
using BriefingBot.Core.Index;
using BriefingBot.Storage.Sqlite.Search;
using BriefingBot.Storage.Sqlite.Serialization;
using Microsoft.Data.Sqlite;

namespace BriefingBot.Storage.Sqlite;

/// <summary>
/// Quotes by speaker and/or topic, newest article first. Only attributed quotes are returned: a quote without a
/// speaker is not something a user can be shown as "X said".
/// </summary>
internal static class QuoteFinder
{
    /// <summary>From how many topic articles on it pays to walk the whole index newest first.</summary>
    private const int FrequentTopicArticles = 1000;

    public static async Task<IReadOnlyList<QuoteHit>> FindAsync(
        SqliteConnection connection, QuoteQuery query, CancellationToken cancellationToken)
    {
        if (query.Limit <= 0) return [];

        IReadOnlyList<string>? speakerKeys = null;
        if (!string.IsNullOrWhiteSpace(query.Speaker))
        {
            speakerKeys = await SpeakerKeysAsync(connection, query.Speaker, cancellationToken);
            if (speakerKeys.Count == 0) return [];
        }

        // A topic of punctuation only restricts nothing; the speaker (if any) still does.
        var topic = FtsQuery.Parse(query.Topic);
        if (topic.IsEmpty)
            return await RunAsync(connection, query, speakerKeys, null, cancellationToken);

        foreach (var match in topic.Strategies())
        {
            if (await CountMatchesAsync(connection, match, 1, cancellationToken) == 0) continue;
            var hits = await RunAsync(connection, query, speakerKeys, match, cancellationToken);
            if (hits.Count > 0) return hits;
        }
        return [];
    }

    /// <summary>How many articles match, counting no further than <paramref name="cap"/> (reads postings only, no ranking).</summary>
    private static async Task<long> CountMatchesAsync(SqliteConnection connection, string match, int cap, CancellationToken cancellationToken)
    {
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT COUNT(*) FROM (SELECT 1 FROM articles_fts WHERE articles_fts MATCH $match LIMIT $cap);";
        command.Parameters.AddWithValue("$match", match);
        command.Parameters.AddWithValue("$cap", cap);
        return (long)(await command.ExecuteScalarAsync(cancellationToken))!;
    }

    /// <summary>The speaker keys holding every typed word (index lookups), confirmed with <see cref="SpeakerNames.Matches"/>.</summary>
    private static async Task<IReadOnlyList<string>> SpeakerKeysAsync(
        SqliteConnection connection, string typed, CancellationToken cancellationToken)
    {
        var words = SpeakerNames.Words(typed).Distinct(StringComparer.Ordinal).ToList();
        if (words.Count == 0) return [];
        using var command = connection.CreateCommand();
        command.CommandText = """
            SELECT speaker_key FROM speaker_words
            WHERE word IN (SELECT value FROM json_each($words))
            GROUP BY speaker_key HAVING COUNT(*) = $count;
            """;
        command.Parameters.AddWithValue("$words", JsonSerializer.Serialize<IReadOnlyList<string>>(words, StorageJsonContext.Default.IReadOnlyListString));
        command.Parameters.AddWithValue("$count", words.Count);
        var keys = new List<string>();
        using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            var key = reader.GetString(0);
            if (SpeakerNames.Matches(typed, key)) keys.Add(key);
        }
        return keys;
    }

    private static async Task<IReadOnlyList<QuoteHit>> RunAsync(
        SqliteConnection connection, QuoteQuery query, IReadOnlyList<string>? speakerKeys, string? match, CancellationToken cancellationToken)
    {
        using var command = connection.CreateCommand();
        // Only fixed fragments are concatenated; every user value is a parameter.
        var sql = new StringBuilder("""
            SELECT q.text, q.start_offset, q.end_offset, q.kind, q.speaker, q.speaker_surface, q.cue, q.confidence, q.sentence,
                   a.id, a.title, a.url, a.source, a.published
            """);
        // Without a speaker and with a frequent (or no) topic, walk articles newest first and stop at the limit,
        // instead of collecting and sorting every quote of thousands of articles. A rare topic is cheaper the
        // other way round: its few articles first.
        var frequentTopic = match is not null
            && await CountMatchesAsync(connection, match, FrequentTopicArticles, cancellationToken) >= FrequentTopicArticles;
        var walkNewestFirst = speakerKeys is null && (match is null || frequentTopic);
        sql.Append(walkNewestFirst
            ? " FROM articles a INDEXED BY ix_articles_published JOIN quotes q ON q.article_pk = a.pk"
            : " FROM quotes q JOIN articles a ON a.pk = q.article_pk");
        sql.Append(" WHERE q.speaker IS NOT NULL");
        if (speakerKeys is not null)
        {
            sql.Append(" AND q.speaker_key IN (SELECT value FROM json_each($keys))");
            command.Parameters.AddWithValue("$keys", JsonSerializer.Serialize(speakerKeys, StorageJsonContext.Default.IReadOnlyListString));
        }
        if (match is not null)
        {
            // With a speaker and a frequent topic, the unary + keeps the planner on the speaker's (fewer) quotes
            // and makes the topic a membership test.
            sql.Append(speakerKeys is not null && frequentTopic ? " AND +q.article_pk IN" : " AND q.article_pk IN");
            sql.Append(" (SELECT rowid FROM articles_fts WHERE articles_fts MATCH $match)");
            command.Parameters.AddWithValue("$match", match);
        }
        // Duplicates are dropped below, so read a bounded surplus rather than everything.
        sql.Append(" ORDER BY a.published DESC, a.indexed_at DESC, a.pk, q.idx LIMIT $take;");
        command.Parameters.AddWithValue("$take", (query.Limit * 4) + 20);
#pragma warning disable CA2100 // Assembled from constant fragments; values are parameters.
        command.CommandText = sql.ToString();
#pragma warning restore CA2100

        var hits = new List<QuoteHit>(query.Limit);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (hits.Count < query.Limit && await reader.ReadAsync(cancellationToken))
        {
            var speaker = reader.GetString(4);
            if (speakerKeys is not null && !SpeakerNames.Matches(query.Speaker!, speaker)) continue;
            var text = reader.GetString(0);
            if (!seen.Add(StoredValues.Key(text))) continue;
            var quote = new Quote(
                text,
                reader.GetInt32(1),
                reader.GetInt32(2),
                StoredValues.ParseQuoteKind(reader.GetString(3)),
                speaker,
                reader.IsDBNull(5) ? null : reader.GetString(5),
                reader.IsDBNull(6) ? null : reader.GetString(6),
                reader.GetDouble(7),
                reader.GetInt32(8));
            var article = new ArticleRef(
                reader.GetString(9),
                reader.GetString(10),
                reader.IsDBNull(11) ? null : reader.GetString(11),
                reader.IsDBNull(12) ? null : reader.GetString(12),
                StoredValues.ParseDate(reader.IsDBNull(13) ? null : reader.GetString(13)));
            hits.Add(new QuoteHit(quote, article));
        }
        return hits;
    }
}
