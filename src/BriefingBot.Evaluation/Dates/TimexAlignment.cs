namespace BriefingBot.Evaluation.Dates;

/// <summary>
/// TempEval-3 alignment of one document: a gold expression and a prediction match when their spans
/// overlap (relaxed); pairs are one-to-one, exact spans paired first, then the largest overlaps.
/// </summary>
public sealed record TimexAlignment(IReadOnlyList<TimexMatch> Matches, IReadOnlyList<GoldTimex> Missed, IReadOnlyList<GoldTimex> Spurious)
{
    public static TimexAlignment Align(IReadOnlyList<GoldTimex> gold, IReadOnlyList<GoldTimex> predicted)
    {
        ArgumentNullException.ThrowIfNull(gold);
        ArgumentNullException.ThrowIfNull(predicted);
        var pairs = new List<(int G, int P, bool Exact, int Overlap)>();
        for (var g = 0; g < gold.Count; g++)
        {
            for (var p = 0; p < predicted.Count; p++)
            {
                if (!gold[g].Overlaps(predicted[p])) continue;
                var exact = gold[g].Start == predicted[p].Start && gold[g].End == predicted[p].End;
                pairs.Add((g, p, exact, gold[g].Overlap(predicted[p])));
            }
        }
        pairs.Sort((a, b) => b.Exact.CompareTo(a.Exact) is var c and not 0 ? c : b.Overlap.CompareTo(a.Overlap) is var d and not 0 ? d : a.G.CompareTo(b.G));
        var goldUsed = new bool[gold.Count];
        var predUsed = new bool[predicted.Count];
        var matches = new List<TimexMatch>();
        foreach (var (g, p, _, _) in pairs)
        {
            if (goldUsed[g] || predUsed[p]) continue;
            goldUsed[g] = predUsed[p] = true;
            matches.Add(new TimexMatch(gold[g], predicted[p]));
        }
        return new TimexAlignment(
            matches.OrderBy(m => m.Gold.Start).ToList(),
            gold.Where((_, i) => !goldUsed[i]).ToList(),
            predicted.Where((_, i) => !predUsed[i]).ToList());
    }
}
