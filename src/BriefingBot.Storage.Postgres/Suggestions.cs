using BriefingBot.Core.Index;
using Npgsql;

namespace BriefingBot.Storage.Postgres;

/// <summary>Autocomplete for speakers and topics: prefix range scans over folded, C-collated keys, most frequent first.</summary>
internal static class Suggestions
{
    public static async Task<IReadOnlyList<string>> SpeakersAsync(
        NpgsqlDataSource dataSource, string prefix, int limit, CancellationToken cancellationToken)
    {
        if (limit <= 0) return [];
        var words = string.IsNullOrWhiteSpace(prefix) ? [] : SpeakerNames.Words(StoredValues.Text(prefix));
        await using var command = dataSource.CreateCommand();
        if (words.Count == 0)
        {
            command.CommandText = """
                SELECT MIN(speaker), COUNT(*) AS n FROM quotes WHERE speaker_key IS NOT NULL
                GROUP BY speaker_key ORDER BY n DESC, 1 LIMIT @limit;
                """;
        }
        else
        {
            // The last word is still being typed: a prefix of any word of the name. Earlier words are whole words.
            var last = words[^1];
            var whole = words.Take(words.Count - 1).ToList();
            var keys = (await KeysWithWordPrefixAsync(dataSource, last, cancellationToken)).Where(k =>
            {
                var have = k.Split(' ');
                return whole.All(w => have.Contains(w, StringComparer.Ordinal))
                       && have.Any(w => w.StartsWith(last, StringComparison.Ordinal));
            }).ToArray();
            if (keys.Length == 0) return [];
            command.CommandText = """
                SELECT MIN(speaker), COUNT(*) AS n FROM quotes
                WHERE speaker_key = ANY(@keys)
                GROUP BY speaker_key ORDER BY n DESC, 1 LIMIT @limit;
                """;
            command.Parameters.AddWithValue("keys", keys);
        }
        command.Parameters.AddWithValue("limit", limit);
        var names = new List<string>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken)) names.Add(reader.GetString(0));
        return names;
    }

    public static async Task<IReadOnlyList<string>> TopicsAsync(
        NpgsqlDataSource dataSource, string prefix, int limit, CancellationToken cancellationToken)
    {
        if (limit <= 0) return [];
        var key = StoredValues.Key(prefix);
        // Each part is capped before merging; the merge adds counts of an entity and a keyword with one key.
        await using var command = dataSource.CreateCommand("""
            (SELECT MIN(name) AS name, COUNT(DISTINCT article_pk) AS n FROM entities
             WHERE name_key >= @from AND name_key < @to GROUP BY name_key ORDER BY n DESC LIMIT @cap)
            UNION ALL
            (SELECT MIN(keyword), COUNT(DISTINCT article_pk) FROM keywords
             WHERE keyword_key >= @from AND keyword_key < @to GROUP BY keyword_key ORDER BY 2 DESC LIMIT @cap);
            """);
        command.Parameters.AddWithValue("from", key);
        command.Parameters.AddWithValue("to", StoredValues.PrefixUpperBound(key));
        command.Parameters.AddWithValue("cap", (limit * 4) + 20);

        var counts = new Dictionary<string, (string Name, long Count)>(StringComparer.Ordinal);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            var name = reader.GetString(0);
            var count = reader.GetInt64(1);
            var nameKey = StoredValues.Key(name);
            counts[nameKey] = counts.TryGetValue(nameKey, out var known)
                ? (PreferCapitalized(known.Name, name), known.Count + count)
                : (name, count);
        }
        return counts.Values
            .OrderByDescending(v => v.Count)
            .ThenBy(v => v.Name, StringComparer.OrdinalIgnoreCase)
            .Take(limit)
            .Select(v => v.Name)
            .ToList();
    }

    /// <summary>Entity names carry the capitalization a reader expects ("Colombia"), keywords are often lower case.</summary>
    private static string PreferCapitalized(string a, string b) =>
        a.Any(char.IsUpper) || !b.Any(char.IsUpper) ? a : b;

    private static async Task<List<string>> KeysWithWordPrefixAsync(
        NpgsqlDataSource dataSource, string wordPrefix, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand(
            "SELECT DISTINCT speaker_key FROM speaker_words WHERE word >= @from AND word < @to;");
        command.Parameters.AddWithValue("from", wordPrefix);
        command.Parameters.AddWithValue("to", StoredValues.PrefixUpperBound(wordPrefix));
        var keys = new List<string>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken)) keys.Add(reader.GetString(0));
        return keys;
    }
}
