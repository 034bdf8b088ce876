using BriefingBot.Core.Analysis;

namespace BriefingBot.Nlp.Summarization;

/// <summary>
/// Extractive single-document summary. A sentence scores by how many of the document's frequent content
/// words it holds (a centrality measure that favours sentences about the main subject), damped by length so
/// long sentences do not win on size alone, nudged by position (news puts the essentials first) and by overlap
/// with a headline, and weighted down for bad shapes (questions, bare quotes, boilerplate, fragments).
/// Selection is greedy with maximal marginal relevance, so a sentence repeating a chosen one loses its place.
/// </summary>
public static class Summarizer
{
    /// <summary>Score ∝ frequency mass / words^LengthDamping: 0 would favour long sentences, 1 would favour short dense ones.</summary>
    private const double LengthDamping = 0.7;
    private const double LeadBonus = 0.15;
    private const double PositionWeight = 0.1;
    private const double HeadlineWeight = 0.1;
    private const double RedundancyWeight = 0.2;
    /// <summary>Above this cosine a sentence is a restatement (a syndicated repeat, a standfirst echoed in the body).</summary>
    private const double DuplicateCosine = 0.8;

    /// <summary>Indices of the <paramref name="count"/> best summary sentences, most important first.</summary>
    public static IReadOnlyList<int> Summarize(string text, IReadOnlyList<TextSpan> sentences, int count)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(sentences);
        if (count <= 0 || sentences.Count == 0) return [];

        var features = SentenceFeatures.Compute(text, sentences);
        var scores = BaseScores(features);
        return SelectDiverse(features, scores, count);
    }

    private static double[] BaseScores(SentenceFeatures features)
    {
        var frequencies = features.DocumentFrequencies();
        var maxFrequency = frequencies.Count == 0 ? 1 : frequencies.Values.Max();
        var firstBody = features.FirstBodySentence();
        var bodyCount = Math.Max(1, features.Count - (firstBody ?? 0));
        var scores = new double[features.Count];
        for (var i = 0; i < features.Count; i++)
        {
            var words = features.ContentWords[i];
            if (words.Count == 0 || features.IsHeadline(i)) continue;
            var mass = words.Sum(w => (double)frequencies[w] / maxFrequency);
            var score = mass / Math.Pow(words.Count, LengthDamping);
            var relativePosition = Math.Max(0, i - (firstBody ?? 0)) / (double)bodyCount;
            score *= 1 + (PositionWeight * (1 - relativePosition));
            if (i == firstBody) score *= 1 + LeadBonus;
            score *= 1 + (HeadlineWeight * features.HeadlineOverlap(i));
            scores[i] = score * features.ShapeWeights[i];
        }
        return scores;
    }

    private static List<int> SelectDiverse(SentenceFeatures features, double[] scores, int count)
    {
        var chosen = new List<int>();
        var remaining = Enumerable.Range(0, features.Count).Where(i => scores[i] > 0).ToList();
        while (chosen.Count < count && remaining.Count > 0)
        {
            var best = -1;
            var bestValue = double.NegativeInfinity;
            foreach (var i in remaining)
            {
                var redundancy = chosen.Count == 0 ? 0 : chosen.Max(j => features.Vectors[i].Cosine(features.Vectors[j]));
                var value = redundancy >= DuplicateCosine ? double.NegativeInfinity : scores[i] * (1 - (RedundancyWeight * redundancy));
                // Strictly greater keeps the earlier sentence on ties: deterministic and lead-friendly.
                if (value > bestValue) (best, bestValue) = (i, value);
            }
            if (best < 0) break;
            chosen.Add(best);
            remaining.Remove(best);
        }
        // Restatements were skipped; when the document is too short for the request, fill with what is left in order.
        if (chosen.Count < count)
        {
            chosen.AddRange(remaining.Where(i => !chosen.Contains(i)).Take(count - chosen.Count));
        }
        return chosen;
    }
}
