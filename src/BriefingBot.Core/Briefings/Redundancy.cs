using BriefingBot.Core.Index;

namespace BriefingBot.Core.Briefings;

/// <summary>Near-duplicate test over word sets, so the same sentence syndicated twice is shown once.</summary>
internal static class Redundancy
{
    public static HashSet<string> Words(string text) =>
        SpeakerNames.Fold(text)
            .Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)
            .Select(w => w.Trim('.', ',', ';', ':', '"', '\'', '“', '”', '‘', '’', '(', ')', '!', '?'))
            .Where(w => w.Length > 0)
            .ToHashSet(StringComparer.Ordinal);

    public static bool IsNearDuplicate(HashSet<string> candidate, IEnumerable<HashSet<string>> chosen, double threshold = 0.6) =>
        chosen.Any(c => Jaccard(candidate, c) >= threshold);

    /// <summary>Shared words over all words of two word sets; 0 when either is empty.</summary>
    public static double Jaccard(HashSet<string> a, HashSet<string> b)
    {
        if (a.Count == 0 || b.Count == 0) return 0;
        var shared = a.Count(b.Contains);
        return shared / (double)(a.Count + b.Count - shared);
    }
}
