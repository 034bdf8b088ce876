using System.Numerics;
using BriefingBot.Ingest.Identity;

namespace BriefingBot.Ingest.Sources;

/// <summary>
/// 64-bit SimHash over 3-word shingles of the normalized text: copies of one story that differ in a few words
/// (an outlet's headline, a dateline, a trailing credit) land within a few bits of each other.
/// </summary>
public static class SimHash
{
    /// <summary>Texts with fewer shingles than this are too short for near-duplicate matching to be trusted.</summary>
    public const int MinShingles = 24;

    /// <summary>
    /// Differing bits up to which two texts are the same story. An agency copy with its own dateline and credit line
    /// differs by about 5 bits; unrelated texts by about 32 (binomial, σ = 4), so 6 stays far from chance matches.
    /// </summary>
    public const int MaxDistance = 6;

    private const int ShingleWords = 3;
    private const ulong FnvOffset = 14695981039346656037;
    private const ulong FnvPrime = 1099511628211;

    /// <summary>The fingerprint, or null when the text is too short to fingerprint reliably.</summary>
    public static ulong? Compute(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var words = Words(ArticleIdentity.NormalizeContent(text));
        if (words.Count - ShingleWords + 1 < MinShingles) return null;
        Span<int> votes = stackalloc int[64];
        for (var i = 0; i + ShingleWords <= words.Count; i++)
        {
            var hash = Mix(Fnv(words, i));
            for (var bit = 0; bit < 64; bit++) votes[bit] += ((hash >> bit) & 1) == 1 ? 1 : -1;
        }
        ulong result = 0;
        for (var bit = 0; bit < 64; bit++)
        {
            if (votes[bit] > 0) result |= 1UL << bit;
        }
        return result;
    }

    public static int Distance(ulong a, ulong b) => BitOperations.PopCount(a ^ b);

    private static List<string> Words(string normalized)
    {
        var words = new List<string>();
        var start = -1;
        for (var i = 0; i <= normalized.Length; i++)
        {
            var letter = i < normalized.Length && char.IsLetterOrDigit(normalized[i]);
            if (letter && start < 0) start = i;
            else if (!letter && start >= 0)
            {
                words.Add(normalized[start..i]);
                start = -1;
            }
        }
        return words;
    }

    private static ulong Fnv(List<string> words, int start)
    {
        var hash = FnvOffset;
        for (var w = start; w < start + ShingleWords; w++)
        {
            foreach (var c in words[w])
            {
                hash = (hash ^ c) * FnvPrime;
            }
            hash = (hash ^ ' ') * FnvPrime;
        }
        return hash;
    }

    /// <summary>FNV's high bits are weak for short inputs; a final avalanche (splitmix64) spreads every input bit.</summary>
    private static ulong Mix(ulong z)
    {
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EB;
        return z ^ (z >> 31);
    }
}
