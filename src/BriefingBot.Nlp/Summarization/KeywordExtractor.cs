using BriefingBot.Core.Analysis;

namespace BriefingBot.Nlp.Summarization;

/// <summary>
/// Key terms of a document, for topic suggestions: entity names first (most mentioned first), then the
/// document's most frequent content words that are not already part of an entity name. Duplicates are
/// removed case-insensitively and a plural folds into its singular when both occur.
/// </summary>
public static class KeywordExtractor
{
    private const int MinimumWordLength = 3;
    /// <summary>In a document this long a word seen once is noise, not a key term.</summary>
    private const int RepeatRequiredFromWords = 80;

    public static IReadOnlyList<string> Extract(string text, IReadOnlyList<TextSpan> sentences, IReadOnlyList<Entity> entities, int count)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(sentences);
        ArgumentNullException.ThrowIfNull(entities);
        if (count <= 0) return [];

        var keywords = new List<string>();
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var entityWords = new HashSet<string>(StringComparer.Ordinal);
        foreach (var entity in entities
                     .Where(e => !string.IsNullOrWhiteSpace(e.Name))
                     .OrderByDescending(e => e.Mentions)
                     .ThenBy(e => e.Kind)
                     .ThenBy(e => e.Name, StringComparer.Ordinal))
        {
            var name = entity.Name.Trim();
            if (!seen.Add(name)) continue;
            keywords.Add(name);
            foreach (var alias in entity.Aliases.Append(name)) entityWords.UnionWith(WordTokenizer.Words(alias));
        }

        foreach (var word in SalientWords(text, sentences))
        {
            if (entityWords.Contains(word) || !seen.Add(word)) continue;
            keywords.Add(word);
        }
        return keywords.Take(count).ToList();
    }

    private static IEnumerable<string> SalientWords(string text, IReadOnlyList<TextSpan> sentences)
    {
        var words = new List<string>();
        if (sentences.Count == 0) words.AddRange(WordTokenizer.Words(text));
        foreach (var span in sentences)
        {
            var start = Math.Clamp(span.Start, 0, text.Length);
            words.AddRange(WordTokenizer.Words(text.AsSpan(start, Math.Clamp(span.End, start, text.Length) - start)));
        }

        var counts = new Dictionary<string, (int Count, int First)>(StringComparer.Ordinal);
        for (var i = 0; i < words.Count; i++)
        {
            var word = words[i];
            if (!IsNounish(word)) continue;
            counts[word] = counts.TryGetValue(word, out var c) ? (c.Count + 1, c.First) : (1, i);
        }
        FoldPlurals(counts);

        var minimum = words.Count >= RepeatRequiredFromWords ? 2 : 1;
        return counts
            .Where(kv => kv.Value.Count >= minimum)
            .OrderByDescending(kv => kv.Value.Count)
            .ThenBy(kv => kv.Value.First)
            .Select(kv => kv.Key);
    }

    /// <summary>
    /// Without a tagger, "noun-ish" means: a content word, no digits, and not a past-tense verb form
    /// ("reported", "claimed"), which nobody types as a topic. "-ing" and "-ly" words stay: news nouns end
    /// that way too (funding, ruling, family, supply).
    /// </summary>
    private static bool IsNounish(string word) =>
        word.Length >= MinimumWordLength
        && WordTokenizer.IsContent(word)
        && !word.Any(char.IsDigit)
        && !(word.Length > 5 && word.EndsWith("ed", StringComparison.Ordinal));

    /// <summary>"tariffs" and "tariff" are one key term: counts go to the singular.</summary>
    private static void FoldPlurals(Dictionary<string, (int Count, int First)> counts)
    {
        foreach (var plural in counts.Keys.Where(w => w.Length > 3 && w.EndsWith('s')).ToList())
        {
            var singular = plural[..^1];
            if (!counts.TryGetValue(singular, out var s)) continue;
            var p = counts[plural];
            counts[singular] = (s.Count + p.Count, Math.Min(s.First, p.First));
            counts.Remove(plural);
        }
    }
}
