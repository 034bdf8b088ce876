namespace BriefingBot.Core.Briefings;

/// <summary>
/// Picks summary sentences across articles from each article's own ranked summary: best articles first,
/// on-topic sentences favoured, near-duplicates dropped, and no single article crowding out the others.
/// </summary>
internal static class SummarySelector
{
    private const int CandidatesPerArticle = 4;

    public static IReadOnlyList<(RankedArticle Source, int Sentence)> Select(IReadOnlyList<RankedArticle> articles, TopicWords topic, int count)
    {
        var perArticleCap = Math.Max(2, (int)Math.Ceiling(count / (double)Math.Max(1, articles.Count)));
        if (articles.Count == 1) perArticleCap = count;
        var candidates = articles
            .SelectMany(a => a.Article.Analysis.Summary
                .Take(CandidatesPerArticle)
                .Select((sentence, rank) => (Source: a, Sentence: sentence, Text: a.Article.SentenceText(sentence), Rank: rank)))
            .Select(c => (c.Source, c.Sentence, c.Text, Score: c.Source.Score / (1 + (0.35 * c.Rank)) * (1 + (0.3 * topic.Coverage(c.Text)))))
            .OrderByDescending(c => c.Score)
            .ThenBy(c => c.Source.Article.Article.Id, StringComparer.Ordinal)
            .ThenBy(c => c.Sentence);
        var chosen = new List<(RankedArticle Source, int Sentence)>();
        var chosenWords = new List<HashSet<string>>();
        var perArticle = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var (source, sentence, text, _) in candidates)
        {
            if (chosen.Count == count) break;
            var id = source.Article.Article.Id;
            if (perArticle.GetValueOrDefault(id) >= perArticleCap) continue;
            var words = Redundancy.Words(text);
            if (Redundancy.IsNearDuplicate(words, chosenWords)) continue;
            chosenWords.Add(words);
            perArticle[id] = perArticle.GetValueOrDefault(id) + 1;
            chosen.Add((source, sentence));
        }
        return chosen;
    }
}
