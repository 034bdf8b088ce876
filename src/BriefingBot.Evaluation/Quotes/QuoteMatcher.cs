using BriefingBot.Core.Analysis;

namespace BriefingBot.Evaluation.Quotes;

/// <summary>
/// One-to-one matching as in the GenderGapTracker evaluation: a gold quote is found when one prediction covers more
/// than <c>threshold</c> of its characters; pairs are taken greedily, best coverage first.
/// </summary>
internal static class QuoteMatcher
{
    public static List<(int Gold, int Predicted)> Match(IReadOnlyList<GoldQuote> gold, IReadOnlyList<Quote> predicted, double threshold)
    {
        var candidates = new List<(double Coverage, int Gold, int Predicted)>();
        for (var g = 0; g < gold.Count; g++)
        {
            var gq = gold[g];
            if (gq.Start < 0 || gq.End <= gq.Start) continue;
            for (var p = 0; p < predicted.Count; p++)
            {
                var overlap = Math.Min(gq.End, predicted[p].End) - Math.Max(gq.Start, predicted[p].Start);
                if (overlap <= 0) continue;
                var coverage = (double)overlap / (gq.End - gq.Start);
                if (coverage > threshold) candidates.Add((coverage, g, p));
            }
        }
        candidates.Sort((a, b) => b.Coverage != a.Coverage ? b.Coverage.CompareTo(a.Coverage) : a.Gold != b.Gold ? a.Gold.CompareTo(b.Gold) : a.Predicted.CompareTo(b.Predicted));
        var usedGold = new HashSet<int>();
        var usedPredicted = new HashSet<int>();
        var pairs = new List<(int, int)>();
        foreach (var (_, g, p) in candidates)
        {
            if (usedGold.Contains(g) || usedPredicted.Contains(p)) continue;
            usedGold.Add(g);
            usedPredicted.Add(p);
            pairs.Add((g, p));
        }
        return pairs;
    }
}
