using System.Text.Json;
using BriefingBot.Core.Analysis;
using BriefingBot.Storage.Sqlite.Serialization;
using Microsoft.Data.Sqlite;

namespace BriefingBot.Storage.Sqlite;

/// <summary>
/// The normalized copies of an analysis that queries need (quotes by speaker, entity and keyword suggestions,
/// events). Each table is written with one prepared command re-executed per row.
/// </summary>
internal static class AnalysisRows
{
    public static async Task InsertAsync(
        SqliteConnection connection, SqliteTransaction transaction, long pk, TextAnalysis analysis, CancellationToken cancellationToken)
    {
        await InsertQuotesAsync(connection, transaction, pk, analysis.Quotes, cancellationToken);
        await InsertEntitiesAsync(connection, transaction, pk, analysis.Entities, cancellationToken);
        await InsertKeywordsAsync(connection, transaction, pk, analysis.Keywords, cancellationToken);
        await InsertEventsAsync(connection, transaction, pk, analysis.Events, cancellationToken);
    }

    private static async Task InsertQuotesAsync(
        SqliteConnection connection, SqliteTransaction transaction, long pk, IReadOnlyList<Quote> quotes, CancellationToken cancellationToken)
    {
        if (quotes.Count == 0) return;
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = """
            INSERT INTO quotes (article_pk, idx, text, start_offset, end_offset, kind, speaker, speaker_surface,
                                speaker_key, cue, confidence, sentence)
            VALUES ($pk, $idx, $text, $start, $end, $kind, $speaker, $surface, $key, $cue, $confidence, $sentence);
            """;
        var p = command.Parameters;
        p.AddWithValue("$pk", pk);
        var idx = p.Add("$idx", SqliteType.Integer);
        var text = p.Add("$text", SqliteType.Text);
        var start = p.Add("$start", SqliteType.Integer);
        var end = p.Add("$end", SqliteType.Integer);
        var kind = p.Add("$kind", SqliteType.Text);
        var speaker = p.Add("$speaker", SqliteType.Text);
        var surface = p.Add("$surface", SqliteType.Text);
        var key = p.Add("$key", SqliteType.Text);
        var cue = p.Add("$cue", SqliteType.Text);
        var confidence = p.Add("$confidence", SqliteType.Real);
        var sentence = p.Add("$sentence", SqliteType.Integer);

        using var words = connection.CreateCommand();
        words.Transaction = transaction;
        words.CommandText = "INSERT OR IGNORE INTO speaker_words (word, speaker_key) VALUES ($word, $key);";
        var wordParameter = words.Parameters.Add("$word", SqliteType.Text);
        var wordKey = words.Parameters.Add("$key", SqliteType.Text);
        var indexedKeys = new HashSet<string>(StringComparer.Ordinal);

        for (var i = 0; i < quotes.Count; i++)
        {
            var quote = quotes[i];
            var speakerKey = StoredValues.SpeakerKey(quote.Speaker);
            idx.Value = i;
            text.Value = quote.Text;
            start.Value = quote.Start;
            end.Value = quote.End;
            kind.Value = StoredValues.Name(quote.Kind);
            speaker.Value = speakerKey is null ? DBNull.Value : quote.Speaker;
            surface.Value = (object?)quote.SpeakerSurface ?? DBNull.Value;
            key.Value = (object?)speakerKey ?? DBNull.Value;
            cue.Value = (object?)quote.Cue ?? DBNull.Value;
            confidence.Value = quote.Confidence;
            sentence.Value = quote.Sentence;
            await command.ExecuteNonQueryAsync(cancellationToken);

            if (speakerKey is null || !indexedKeys.Add(speakerKey)) continue;
            wordKey.Value = speakerKey;
            foreach (var word in speakerKey.Split(' ').Distinct(StringComparer.Ordinal))
            {
                wordParameter.Value = word;
                await words.ExecuteNonQueryAsync(cancellationToken);
            }
        }
    }

    private static async Task InsertEntitiesAsync(
        SqliteConnection connection, SqliteTransaction transaction, long pk, IReadOnlyList<Entity> entities, CancellationToken cancellationToken)
    {
        if (entities.Count == 0) return;
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = """
            INSERT INTO entities (article_pk, idx, name, name_key, kind, role, aliases, mentions)
            VALUES ($pk, $idx, $name, $key, $kind, $role, $aliases, $mentions);
            """;
        var p = command.Parameters;
        p.AddWithValue("$pk", pk);
        var idx = p.Add("$idx", SqliteType.Integer);
        var name = p.Add("$name", SqliteType.Text);
        var key = p.Add("$key", SqliteType.Text);
        var kind = p.Add("$kind", SqliteType.Text);
        var role = p.Add("$role", SqliteType.Text);
        var aliases = p.Add("$aliases", SqliteType.Text);
        var mentions = p.Add("$mentions", SqliteType.Integer);
        for (var i = 0; i < entities.Count; i++)
        {
            var entity = entities[i];
            idx.Value = i;
            name.Value = entity.Name;
            key.Value = StoredValues.Key(entity.Name);
            kind.Value = StoredValues.Name(entity.Kind);
            role.Value = (object?)entity.Role ?? DBNull.Value;
            aliases.Value = JsonSerializer.Serialize(entity.Aliases, StorageJsonContext.Default.IReadOnlyListString);
            mentions.Value = entity.Mentions;
            await command.ExecuteNonQueryAsync(cancellationToken);
        }
    }

    private static async Task InsertKeywordsAsync(
        SqliteConnection connection, SqliteTransaction transaction, long pk, IReadOnlyList<string> keywords, CancellationToken cancellationToken)
    {
        if (keywords.Count == 0) return;
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = "INSERT INTO keywords (article_pk, idx, keyword, keyword_key) VALUES ($pk, $idx, $keyword, $key);";
        command.Parameters.AddWithValue("$pk", pk);
        var idx = command.Parameters.Add("$idx", SqliteType.Integer);
        var keyword = command.Parameters.Add("$keyword", SqliteType.Text);
        var key = command.Parameters.Add("$key", SqliteType.Text);
        for (var i = 0; i < keywords.Count; i++)
        {
            idx.Value = i;
            keyword.Value = keywords[i];
            key.Value = StoredValues.Key(keywords[i]);
            await command.ExecuteNonQueryAsync(cancellationToken);
        }
    }

    private static async Task InsertEventsAsync(
        SqliteConnection connection, SqliteTransaction transaction, long pk, IReadOnlyList<DatedEvent> events, CancellationToken cancellationToken)
    {
        if (events.Count == 0) return;
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = """
            INSERT INTO events (article_pk, idx, date, precision, sentence, text)
            VALUES ($pk, $idx, $date, $precision, $sentence, $text);
            """;
        command.Parameters.AddWithValue("$pk", pk);
        var idx = command.Parameters.Add("$idx", SqliteType.Integer);
        var date = command.Parameters.Add("$date", SqliteType.Text);
        var precision = command.Parameters.Add("$precision", SqliteType.Text);
        var sentence = command.Parameters.Add("$sentence", SqliteType.Integer);
        var text = command.Parameters.Add("$text", SqliteType.Text);
        for (var i = 0; i < events.Count; i++)
        {
            var dated = events[i];
            idx.Value = i;
            date.Value = dated.Date;
            precision.Value = StoredValues.Name(dated.Precision);
            sentence.Value = dated.Sentence;
            text.Value = dated.Text;
            await command.ExecuteNonQueryAsync(cancellationToken);
        }
    }
}
