using System.Collections.Frozen;

namespace BriefingBot.Core.Briefings;

/// <summary>
/// Picks the sentences of a multi-article topic summary from candidates (each article's own summary sentences).
/// A candidate's value blends how central it is across the candidate set (what several sources say), its
/// article's relevance and freshness, and its rank in its own article; selection is greedy maximal marginal
/// relevance over word sets, with a near-duplicate cut so a sentence syndicated by two outlets appears once,
/// and a per-article penalty so the summary spreads over sources. Pure and deterministic; every chosen
/// candidate keeps its article id and sentence index for the citation.
/// </summary>
public static class TopicSummarySelector
{
    private const double CentralityWeight = 0.35;
    private const double RelevanceWeight = 0.3;
    private const double RankWeight = 0.2;
    private const double RecencyWeight = 0.15;
    /// <summary>Weight of the similarity to already chosen sentences (MMR).</summary>
    private const double RedundancyWeight = 0.4;
    /// <summary>Jaccard similarity of word sets above which two sentences say the same thing.</summary>
    private const double DuplicateJaccard = 0.6;
    /// <summary>Lost per sentence already taken from the same article, so one source does not fill the summary.</summary>
    private const double SameArticlePenalty = 0.12;
    /// <summary>An article this much older than the newest candidate counts half as fresh.</summary>
    private static readonly TimeSpan RecencyHalfLife = TimeSpan.FromDays(3);
    /// <summary>An undated article is treated as moderately fresh: neither favoured nor buried.</summary>
    private const double UnknownRecency = 0.4;

    /// <summary>Up to <paramref name="count"/> candidates, most important first.</summary>
    public static IReadOnlyList<SummaryCandidate> Select(IReadOnlyList<SummaryCandidate> candidates, int count)
    {
        ArgumentNullException.ThrowIfNull(candidates);
        if (count <= 0 || candidates.Count == 0) return [];

        // A stable order first, so the result never depends on the order the caller happened to list candidates.
        var pool = candidates
            .Where(c => !string.IsNullOrWhiteSpace(c.Text))
            .OrderBy(c => c.ArticleId, StringComparer.Ordinal)
            .ThenBy(c => c.Sentence)
            .ThenBy(c => c.Text, StringComparer.Ordinal)
            .ToList();
        if (pool.Count == 0) return [];
        var words = pool.Select(c => WordSet(c.Text)).ToList();
        var value = Values(pool, words);
        return Pick(pool, words, value, count);
    }

    private static double[] Values(List<SummaryCandidate> pool, List<HashSet<string>> words)
    {
        var centrality = new double[pool.Count];
        for (var i = 0; i < pool.Count; i++)
        {
            // Agreement from other articles only: an article repeating itself is not corroboration.
            var others = 0;
            for (var j = 0; j < pool.Count; j++)
            {
                if (string.Equals(pool[i].ArticleId, pool[j].ArticleId, StringComparison.Ordinal)) continue;
                centrality[i] += Redundancy.Jaccard(words[i], words[j]);
                others++;
            }
            if (others > 0) centrality[i] /= others;
        }
        var maxCentrality = centrality.DefaultIfEmpty(0).Max();
        var maxRelevance = pool.Max(c => Math.Max(0, c.Relevance));
        var newest = pool.Max(c => c.Published);

        var value = new double[pool.Count];
        for (var i = 0; i < pool.Count; i++)
        {
            var c = pool[i];
            var central = maxCentrality > 0 ? centrality[i] / maxCentrality : 0;
            var relevance = maxRelevance > 0 ? Math.Max(0, c.Relevance) / maxRelevance : 1;
            var rank = 1.0 / (1 + Math.Max(0, c.SummaryRank));
            value[i] = (CentralityWeight * central) + (RelevanceWeight * relevance) + (RankWeight * rank) + (RecencyWeight * Recency(c.Published, newest));
        }
        return value;
    }

    private static double Recency(DateTimeOffset? published, DateTimeOffset? newest)
    {
        if (published is not { } date || newest is not { } latest) return UnknownRecency;
        var age = Math.Max(0, (latest - date).TotalDays);
        return Math.Pow(0.5, age / RecencyHalfLife.TotalDays);
    }

    private static List<SummaryCandidate> Pick(List<SummaryCandidate> pool, List<HashSet<string>> words, double[] value, int count)
    {
        var chosen = new List<int>();
        var perArticle = new Dictionary<string, int>(StringComparer.Ordinal);
        var open = Enumerable.Range(0, pool.Count).ToList();
        while (chosen.Count < count && open.Count > 0)
        {
            var best = -1;
            var bestScore = double.NegativeInfinity;
            foreach (var i in open)
            {
                var redundancy = chosen.Count == 0 ? 0 : chosen.Max(j => Redundancy.Jaccard(words[i], words[j]));
                var score = value[i] - (RedundancyWeight * redundancy) - (SameArticlePenalty * perArticle.GetValueOrDefault(pool[i].ArticleId));
                if (score > bestScore) (best, bestScore) = (i, score);
            }
            chosen.Add(best);
            open.Remove(best);
            perArticle[pool[best].ArticleId] = perArticle.GetValueOrDefault(pool[best].ArticleId) + 1;
            // Restatements of the chosen sentence can never be chosen later: drop them now.
            open.RemoveAll(i => IsDuplicate(words[i], words[best], pool[i].Text, pool[best].Text));
        }
        return chosen.Select(i => pool[i]).ToList();
    }

    private static bool IsDuplicate(HashSet<string> a, HashSet<string> b, string textA, string textB) =>
        Redundancy.Jaccard(a, b) >= DuplicateJaccard || (a.Count == 0 && b.Count == 0 && string.Equals(textA.Trim(), textB.Trim(), StringComparison.OrdinalIgnoreCase));

    /// <summary>Lower-cased content words; function words would make unrelated sentences look alike.</summary>
    private static HashSet<string> WordSet(string text)
    {
        var set = new HashSet<string>(StringComparer.Ordinal);
        var start = -1;
        for (var i = 0; i <= text.Length; i++)
        {
            var inWord = i < text.Length && char.IsLetterOrDigit(text[i]);
            if (inWord && start < 0) start = i;
            else if (!inWord && start >= 0)
            {
                var word = text[start..i].ToLowerInvariant();
                if (word.Length > 1 && !FunctionWords.Contains(word)) set.Add(word);
                start = -1;
            }
        }
        return set;
    }

    private static readonly FrozenSet<string> FunctionWords = new[]
    {
        "a", "an", "and", "are", "as", "at", "be", "been", "but", "by", "for", "from", "had", "has", "have", "he", "her",
        "his", "in", "into", "is", "it", "its", "not", "of", "on", "or", "our", "she", "said", "says", "that", "the",
        "their", "them", "there", "they", "this", "to", "was", "we", "were", "which", "who", "will", "with", "would",
    }.ToFrozenSet(StringComparer.Ordinal);
}
