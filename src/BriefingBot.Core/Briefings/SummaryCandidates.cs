namespace BriefingBot.Core.Briefings;

/// <summary>
/// Turns each matched article's own ranked summary into candidates for the cross-article topic summary. A sentence
/// that names the topic counts as more relevant than its article's score alone says.
/// </summary>
internal static class SummaryCandidates
{
    private const int PerArticle = 4;

    public static IReadOnlyList<SummaryCandidate> From(IReadOnlyList<RankedArticle> articles, TopicWords topic) =>
        articles
            .SelectMany(a => a.Article.Analysis.Summary
                .Take(PerArticle)
                .Select((sentence, rank) =>
                {
                    var text = a.Article.SentenceText(sentence);
                    return new SummaryCandidate(
                        a.Article.Article.Id,
                        sentence,
                        text,
                        a.Score * (1 + (0.3 * topic.Coverage(text))),
                        a.Article.Article.Published?.Start,
                        rank);
                }))
            .ToList();
}
