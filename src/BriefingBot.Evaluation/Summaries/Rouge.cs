namespace BriefingBot.Evaluation.Summaries;

/// <summary>
/// ROUGE-1, ROUGE-2 and ROUGE-L F1 as the data README defines them: tokens are lower-cased runs of ASCII
/// letters and digits (the rouge-score default tokenizer, without stemming); ROUGE-L is the longest common
/// subsequence over the whole token sequences.
/// </summary>
public static class Rouge
{
    public static RougeScores Score(string candidate, string reference)
    {
        var c = Tokenize(candidate);
        var r = Tokenize(reference);
        return new RougeScores(NGramF1(c, r, 1), NGramF1(c, r, 2), LcsF1(c, r));
    }

    public static IReadOnlyList<string> Tokenize(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var tokens = new List<string>();
        var lower = text.ToLowerInvariant();
        var start = -1;
        for (var i = 0; i <= lower.Length; i++)
        {
            var inToken = i < lower.Length && char.IsAsciiLetterLower(lower[i]) || i < lower.Length && char.IsAsciiDigit(lower[i]);
            if (inToken && start < 0) start = i;
            else if (!inToken && start >= 0)
            {
                tokens.Add(lower[start..i]);
                start = -1;
            }
        }
        return tokens;
    }

    /// <summary>F1 of clipped n-gram counts: an n-gram matches at most as often as it occurs on both sides.</summary>
    public static double NGramF1(IReadOnlyList<string> candidate, IReadOnlyList<string> reference, int n)
    {
        ArgumentNullException.ThrowIfNull(candidate);
        ArgumentNullException.ThrowIfNull(reference);
        var c = NGrams(candidate, n);
        var r = NGrams(reference, n);
        var candidateTotal = c.Values.Sum();
        var referenceTotal = r.Values.Sum();
        var overlap = c.Sum(kv => Math.Min(kv.Value, r.GetValueOrDefault(kv.Key)));
        return F1(overlap, candidateTotal, referenceTotal);
    }

    public static double LcsF1(IReadOnlyList<string> candidate, IReadOnlyList<string> reference)
    {
        ArgumentNullException.ThrowIfNull(candidate);
        ArgumentNullException.ThrowIfNull(reference);
        return F1(LcsLength(candidate, reference), candidate.Count, reference.Count);
    }

    /// <summary>Length of the longest common subsequence, in O(|a|·|b|) time and O(|b|) memory.</summary>
    public static int LcsLength(IReadOnlyList<string> a, IReadOnlyList<string> b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        var row = new int[b.Count + 1];
        foreach (var x in a)
        {
            var diagonal = 0;
            for (var j = 0; j < b.Count; j++)
            {
                var above = row[j + 1];
                row[j + 1] = string.Equals(x, b[j], StringComparison.Ordinal) ? diagonal + 1 : Math.Max(above, row[j]);
                diagonal = above;
            }
        }
        return row[b.Count];
    }

    private static Dictionary<string, int> NGrams(IReadOnlyList<string> tokens, int n)
    {
        var grams = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i + n <= tokens.Count; i++)
        {
            // A space cannot occur inside a token, so joining with it keeps n-grams distinct.
            var gram = string.Join(' ', tokens.Skip(i).Take(n));
            grams[gram] = grams.GetValueOrDefault(gram) + 1;
        }
        return grams;
    }

    private static double F1(int overlap, int candidateTotal, int referenceTotal)
    {
        if (overlap == 0 || candidateTotal == 0 || referenceTotal == 0) return 0;
        var precision = (double)overlap / candidateTotal;
        var recall = (double)overlap / referenceTotal;
        return 2 * precision * recall / (precision + recall);
    }
}
