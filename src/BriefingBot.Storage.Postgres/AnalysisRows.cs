using BriefingBot.Core.Analysis;
using Npgsql;

namespace BriefingBot.Storage.Postgres;

/// <summary>
/// The normalized copies of an analysis that queries need (quotes by speaker, entity and keyword suggestions,
/// events). One batch, one round trip: each table gets one INSERT … SELECT FROM unnest(arrays).
/// </summary>
internal static class AnalysisRows
{
    public static async Task InsertAsync(
        NpgsqlConnection connection, NpgsqlTransaction transaction, long pk, TextAnalysis analysis, bool deleteFirst, CancellationToken cancellationToken)
    {
        await using var batch = new NpgsqlBatch(connection, transaction);
        if (deleteFirst)
        {
            foreach (var table in new[] { "quotes", "entities", "keywords", "events" })
            {
#pragma warning disable CA2100 // Table names are constants from the line above.
                var delete = new NpgsqlBatchCommand($"DELETE FROM {table} WHERE article_pk = @pk;");
#pragma warning restore CA2100
                delete.Parameters.AddWithValue("pk", pk);
                batch.BatchCommands.Add(delete);
            }
        }
        AddQuotes(batch, pk, analysis.Quotes);
        AddEntities(batch, pk, analysis.Entities);
        AddKeywords(batch, pk, analysis.Keywords);
        AddEvents(batch, pk, analysis.Events);
        if (batch.BatchCommands.Count > 0) await batch.ExecuteNonQueryAsync(cancellationToken);
    }

    private static void AddQuotes(NpgsqlBatch batch, long pk, IReadOnlyList<Quote> quotes)
    {
        if (quotes.Count == 0) return;
        var keys = quotes.Select(q => StoredValues.SpeakerKey(q.Speaker)).ToArray();
        var command = new NpgsqlBatchCommand("""
            INSERT INTO quotes (article_pk, idx, text, start_offset, end_offset, kind, speaker, speaker_surface,
                                speaker_key, cue, confidence, sentence)
            SELECT @pk, u.* FROM unnest(@idx, @text, @start, @end, @kind, @speaker, @surface, @key, @cue, @confidence, @sentence) AS u;
            """);
        var p = command.Parameters;
        p.AddWithValue("pk", pk);
        p.AddWithValue("idx", Enumerable.Range(0, quotes.Count).ToArray());
        p.AddWithValue("text", quotes.Select(q => StoredValues.Text(q.Text)).ToArray());
        p.AddWithValue("start", quotes.Select(q => q.Start).ToArray());
        p.AddWithValue("end", quotes.Select(q => q.End).ToArray());
        p.AddWithValue("kind", quotes.Select(q => StoredValues.Name(q.Kind)).ToArray());
        // An unattributed quote keeps no speaker: "X said" needs an X.
        p.AddWithValue("speaker", quotes.Select((q, i) => keys[i] is null ? null : StoredValues.Text(q.Speaker!)).ToArray());
        p.AddWithValue("surface", quotes.Select(q => StoredValues.NullableText(q.SpeakerSurface)).ToArray());
        p.AddWithValue("key", keys);
        p.AddWithValue("cue", quotes.Select(q => StoredValues.NullableText(q.Cue)).ToArray());
        p.AddWithValue("confidence", quotes.Select(q => q.Confidence).ToArray());
        p.AddWithValue("sentence", quotes.Select(q => q.Sentence).ToArray());
        batch.BatchCommands.Add(command);

        // Sorted so concurrent writers take the unique-index locks in one order and cannot deadlock.
        var pairs = keys.OfType<string>().Distinct(StringComparer.Ordinal)
            .SelectMany(key => key.Split(' ').Distinct(StringComparer.Ordinal).Select(word => (Word: word, Key: key)))
            .OrderBy(pair => pair.Word, StringComparer.Ordinal).ThenBy(pair => pair.Key, StringComparer.Ordinal)
            .ToList();
        if (pairs.Count == 0) return;
        var words = new NpgsqlBatchCommand("""
            INSERT INTO speaker_words (word, speaker_key)
            SELECT u.word, u.speaker_key FROM unnest(@words, @keys) AS u (word, speaker_key)
            ON CONFLICT DO NOTHING;
            """);
        words.Parameters.AddWithValue("words", pairs.Select(pair => pair.Word).ToArray());
        words.Parameters.AddWithValue("keys", pairs.Select(pair => pair.Key).ToArray());
        batch.BatchCommands.Add(words);
    }

    private static void AddEntities(NpgsqlBatch batch, long pk, IReadOnlyList<Entity> entities)
    {
        if (entities.Count == 0) return;
        var command = new NpgsqlBatchCommand("""
            INSERT INTO entities (article_pk, idx, name, name_key, kind, role, mentions)
            SELECT @pk, u.* FROM unnest(@idx, @name, @key, @kind, @role, @mentions) AS u;
            """);
        var p = command.Parameters;
        p.AddWithValue("pk", pk);
        p.AddWithValue("idx", Enumerable.Range(0, entities.Count).ToArray());
        p.AddWithValue("name", entities.Select(e => StoredValues.Text(e.Name)).ToArray());
        p.AddWithValue("key", entities.Select(e => StoredValues.Key(e.Name)).ToArray());
        p.AddWithValue("kind", entities.Select(e => StoredValues.Name(e.Kind)).ToArray());
        p.AddWithValue("role", entities.Select(e => StoredValues.NullableText(e.Role)).ToArray());
        p.AddWithValue("mentions", entities.Select(e => e.Mentions).ToArray());
        batch.BatchCommands.Add(command);
    }

    private static void AddKeywords(NpgsqlBatch batch, long pk, IReadOnlyList<string> keywords)
    {
        if (keywords.Count == 0) return;
        var command = new NpgsqlBatchCommand("""
            INSERT INTO keywords (article_pk, idx, keyword, keyword_key)
            SELECT @pk, u.* FROM unnest(@idx, @keyword, @key) AS u;
            """);
        var p = command.Parameters;
        p.AddWithValue("pk", pk);
        p.AddWithValue("idx", Enumerable.Range(0, keywords.Count).ToArray());
        p.AddWithValue("keyword", keywords.Select(StoredValues.Text).ToArray());
        p.AddWithValue("key", keywords.Select(StoredValues.Key).ToArray());
        batch.BatchCommands.Add(command);
    }

    private static void AddEvents(NpgsqlBatch batch, long pk, IReadOnlyList<DatedEvent> events)
    {
        if (events.Count == 0) return;
        var command = new NpgsqlBatchCommand("""
            INSERT INTO events (article_pk, idx, date, precision, sentence, text)
            SELECT @pk, u.* FROM unnest(@idx, @date, @precision, @sentence, @text) AS u;
            """);
        var p = command.Parameters;
        p.AddWithValue("pk", pk);
        p.AddWithValue("idx", Enumerable.Range(0, events.Count).ToArray());
        p.AddWithValue("date", events.Select(e => StoredValues.Text(e.Date)).ToArray());
        p.AddWithValue("precision", events.Select(e => StoredValues.Name(e.Precision)).ToArray());
        p.AddWithValue("sentence", events.Select(e => e.Sentence).ToArray());
        p.AddWithValue("text", events.Select(e => StoredValues.Text(e.Text)).ToArray());
        batch.BatchCommands.Add(command);
    }
}
