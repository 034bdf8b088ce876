using System.Text;
using BriefingBot.Core.Analysis;
using BriefingBot.Core.Index;
using BriefingBot.Storage.Postgres.Search;
using Npgsql;

namespace BriefingBot.Storage.Postgres;

/// <summary>
/// Quotes by speaker and/or topic, newest article first. Only attributed quotes are returned: a quote without a
/// speaker is not something a user can be shown as "X said".
/// </summary>
internal static class QuoteFinder
{
    public static async Task<IReadOnlyList<QuoteHit>> FindAsync(
        NpgsqlDataSource dataSource, QuoteQuery query, CancellationToken cancellationToken)
    {
        if (query.Limit <= 0) return [];

        string[]? speakerKeys = null;
        if (!string.IsNullOrWhiteSpace(query.Speaker))
        {
            speakerKeys = await SpeakerKeysAsync(dataSource, query.Speaker, cancellationToken);
            if (speakerKeys.Length == 0) return [];
        }

        // A topic of punctuation only restricts nothing; the speaker (if any) still does.
        var topic = TextSearchQuery.Parse(query.Topic);
        if (topic.IsEmpty)
            return await RunAsync(dataSource, query, speakerKeys, null, cancellationToken);

        foreach (var match in topic.Strategies())
        {
            var hits = await RunAsync(dataSource, query, speakerKeys, match, cancellationToken);
            if (hits.Count > 0) return hits;
        }
        return [];
    }

    /// <summary>The speaker keys holding every typed word (index look-ups), confirmed with <see cref="SpeakerNames.Matches"/>.</summary>
    private static async Task<string[]> SpeakerKeysAsync(NpgsqlDataSource dataSource, string typed, CancellationToken cancellationToken)
    {
        typed = StoredValues.Text(typed);
        var words = SpeakerNames.Words(typed).Distinct(StringComparer.Ordinal).ToArray();
        if (words.Length == 0) return [];
        await using var command = dataSource.CreateCommand("""
            SELECT speaker_key FROM speaker_words
            WHERE word = ANY(@words)
            GROUP BY speaker_key HAVING COUNT(*) = @count;
            """);
        command.Parameters.AddWithValue("words", words);
        command.Parameters.AddWithValue("count", (long)words.Length);
        var keys = new List<string>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            var key = reader.GetString(0);
            if (SpeakerNames.Matches(typed, key)) keys.Add(key);
        }
        return [.. keys];
    }

    private static async Task<IReadOnlyList<QuoteHit>> RunAsync(
        NpgsqlDataSource dataSource, QuoteQuery query, string[]? speakerKeys, SqlFragment? match, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand();
        // Only fixed fragments are concatenated; every user value is a parameter.
        var sql = new StringBuilder("""
            SELECT q.text, q.start_offset, q.end_offset, q.kind, q.speaker, q.speaker_surface, q.cue, q.confidence, q.sentence,
                   a.id, a.title, a.url, a.source, a.published
            FROM quotes q JOIN articles a ON a.pk = q.article_pk
            WHERE q.speaker IS NOT NULL
            """);
        if (speakerKeys is not null)
        {
            sql.Append(" AND q.speaker_key = ANY(@keys)");
            command.Parameters.AddWithValue("keys", speakerKeys);
        }
        if (match is not null)
        {
            sql.Append(" AND a.search @@ ").Append(match.Sql);
            command.Parameters.AddRange(match.CloneParameters().ToArray());
        }
        // Duplicates are dropped below, so read a bounded surplus rather than everything.
        sql.Append(" ORDER BY a.published DESC NULLS LAST, a.indexed_at DESC, a.pk, q.idx LIMIT @take;");
        command.Parameters.AddWithValue("take", (query.Limit * 4) + 20);
#pragma warning disable CA2100 // Assembled from constant fragments; values are parameters.
        command.CommandText = sql.ToString();
#pragma warning restore CA2100

        var hits = new List<QuoteHit>(query.Limit);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (hits.Count < query.Limit && await reader.ReadAsync(cancellationToken))
        {
            var speaker = reader.GetString(4);
            if (speakerKeys is not null && !SpeakerNames.Matches(StoredValues.Text(query.Speaker!), speaker)) continue;
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
