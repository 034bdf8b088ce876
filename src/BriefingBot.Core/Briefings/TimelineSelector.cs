using BriefingBot.Core.Analysis;
using BriefingBot.Core.Time;

namespace BriefingBot.Core.Briefings;

/// <summary>
/// Picks the key dated events across articles (best articles and on-topic sentences first), then orders them
/// oldest first. The same date with the same sentence from two articles is one event.
/// </summary>
internal static class TimelineSelector
{
    public static IReadOnlyList<(DatedEvent Event, RankedArticle Source)> Select(IReadOnlyList<RankedArticle> articles, TopicWords topic, int count)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var seenText = new List<HashSet<string>>();
        var chosen = new List<(DatedEvent Event, RankedArticle Source)>();
        var candidates = articles
            .SelectMany(a => a.Article.Analysis.Events.Select(e => (Event: e, Source: a)))
            .Where(c => TimexValue.TryParse(c.Event.Date, out _, out _))
            .Select(c => (c.Event, c.Source, Score: c.Source.Score * (1 + (0.5 * topic.Coverage(c.Event.Text))) * PrecisionWeight(c.Event.Precision)))
            .OrderByDescending(c => c.Score)
            .ThenBy(c => c.Source.Article.Article.Id, StringComparer.Ordinal)
            .ThenBy(c => c.Event.Sentence);
        foreach (var (ev, source, _) in candidates)
        {
            if (chosen.Count == count) break;
            if (!seen.Add(ev.Date + "\u0001" + ev.Text)) continue;
            var words = Redundancy.Words(ev.Text);
            // Two different dates in one sentence are two events; the same date in near-identical sentences is one.
            if (chosen.Any(c => c.Event.Date == ev.Date) && Redundancy.IsNearDuplicate(words, seenText, 0.8)) continue;
            seenText.Add(words);
            chosen.Add((ev, source));
        }
        return chosen
            .OrderBy(c => TimexValue.SortKey(c.Event.Date).Start)
            .ThenBy(c => TimexValue.SortKey(c.Event.Date).Precision)
            .ThenBy(c => c.Source.Article.Article.Id, StringComparer.Ordinal)
            .ThenBy(c => c.Event.Sentence)
            .ToList();
    }

    // Finer dates make better timeline entries; a century is context, not an event.
    private static double PrecisionWeight(DatePrecision precision) => precision switch
    {
        DatePrecision.Day or DatePrecision.Time => 1.0,
        DatePrecision.Month or DatePrecision.Week => 0.9,
        DatePrecision.Season or DatePrecision.Quarter or DatePrecision.Year => 0.75,
        DatePrecision.Decade => 0.6,
        _ => 0.4,
    };
}
