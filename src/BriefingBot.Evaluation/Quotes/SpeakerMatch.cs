using System.Collections.Frozen;

namespace BriefingBot.Evaluation.Quotes;

/// <summary>Whether a predicted speaker names the gold person: case-insensitive, titles ignored, a surname alone matches the full name.</summary>
internal static class SpeakerMatch
{
    private static readonly FrozenSet<string> Titles = FrozenSet.Create(StringComparer.Ordinal,
        "mr", "mrs", "ms", "miss", "dr", "prof", "professor", "sir", "dame", "president", "prime", "minister", "premier", "sen", "senator",
        "rep", "gov", "governor", "mayor", "gen", "general", "chief", "judge", "justice", "the", "lord", "lady", "king", "queen", "pope", "rev", "hon", "mp");

    public static bool Same(string? predicted, string? gold)
    {
        if (predicted is null || gold is null) return false;
        var p = Tokens(predicted);
        var g = Tokens(gold);
        if (p.Length == 0 || g.Length == 0) return false;
        if (p.SequenceEqual(g)) return true;
        // a surname alone matches the full name with that surname
        return (p.Length == 1 && g[^1] == p[0]) || (g.Length == 1 && p[^1] == g[0]);
    }

    private static string[] Tokens(string name)
    {
        var cleaned = name.ToLowerInvariant().Replace('’', '\'');
        var words = cleaned.Split([' ', '.', ',', '-', '\t'], StringSplitOptions.RemoveEmptyEntries)
            .Select(w => w.EndsWith("'s", StringComparison.Ordinal) ? w[..^2] : w)
            .ToList();
        while (words.Count > 1 && Titles.Contains(words[0])) words.RemoveAt(0);
        return [.. words];
    }
}
