using BriefingBot.Core.Index;

namespace BriefingBot.Core.Briefings;

/// <summary>
/// Orders search hits by relevance, nudged by recency. Recency is measured against the newest match rather than
/// the clock, so an archive of old articles still ranks sensibly and a briefing does not change just because time passed.
/// </summary>
internal static class ArticleRanker
{
    private const double RelevanceWeight = 0.75;
    private const double RecencyHalfLifeDays = 120;

    public static IReadOnlyList<(SearchHit Hit, double Score)> Rank(IReadOnlyList<SearchHit> hits)
    {
        if (hits.Count == 0) return [];
        var maxRelevance = hits.Max(h => h.Relevance);
        var newest = hits.Max(Instant);
        return hits
            .Select(h =>
            {
                var relevance = maxRelevance > 0 ? h.Relevance / maxRelevance : 0;
                var ageDays = Math.Max(0, (newest - Instant(h)).TotalDays);
                var recency = Math.Pow(0.5, ageDays / RecencyHalfLifeDays);
                return (Hit: h, Score: (RelevanceWeight * relevance) + ((1 - RelevanceWeight) * recency));
            })
            .OrderByDescending(x => x.Score)
            .ThenBy(x => x.Hit.ArticleId, StringComparer.Ordinal)
            .ToList();
    }

    private static DateTimeOffset Instant(SearchHit hit) => hit.Published?.Start ?? hit.IndexedAt;
}
