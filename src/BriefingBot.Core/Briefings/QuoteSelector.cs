using BriefingBot.Core.Analysis;

namespace BriefingBot.Core.Briefings;

/// <summary>
/// Picks key quotes: attributed, substantial, verbatim quotes from the best articles, at most two per speaker so
/// one voice does not fill the briefing, never the same words twice.
/// </summary>
internal static class QuoteSelector
{
    private const int MaxPerSpeaker = 2;

    public static IReadOnlyList<(Quote Quote, RankedArticle Source)> Select(IReadOnlyList<RankedArticle> articles, TopicWords topic, int count)
    {
        var candidates = articles
            .SelectMany(a =>
            {
                var speakers = KnownSpeakers(a);
                return a.Article.Analysis.Quotes
                    .Where(q => q.Speaker is not null && speakers.Contains(q.Speaker))
                    .Select(q => (Quote: q, Source: a, Score: Score(q, a, topic)));
            })
            .Where(c => c.Score > 0)
            .OrderByDescending(c => c.Score)
            .ThenBy(c => c.Source.Article.Article.Id, StringComparer.Ordinal)
            .ThenBy(c => c.Quote.Start);
        var chosen = new List<(Quote, RankedArticle)>();
        var seen = new List<HashSet<string>>();
        var perSpeaker = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        foreach (var (quote, source, _) in candidates)
        {
            if (chosen.Count == count) break;
            var speaker = quote.Speaker ?? string.Empty;
            if (perSpeaker.GetValueOrDefault(speaker) >= MaxPerSpeaker) continue;
            var words = Redundancy.Words(quote.Text);
            if (Redundancy.IsNearDuplicate(words, seen)) continue;
            seen.Add(words);
            perSpeaker[speaker] = perSpeaker.GetValueOrDefault(speaker) + 1;
            chosen.Add((quote, source));
        }
        return chosen;
    }

    // A key quote names who said it: only people and organisations the article itself names qualify, so an
    // attribution slip ("announced an end to…" read as a speaker) never reaches a briefing.
    private static HashSet<string> KnownSpeakers(RankedArticle article) =>
        article.Article.Analysis.Entities
            .Where(e => e.Kind is EntityKind.Person or EntityKind.Organization)
            .SelectMany(e => e.Aliases.Append(e.Name))
            .ToHashSet(StringComparer.OrdinalIgnoreCase);

    private static double Score(Quote quote, RankedArticle source, TopicWords topic)
    {
        // An unattributed quote is not a key quote: users ask "who said what".
        if (quote.Speaker is null) return 0;
        var kind = quote.Kind switch { QuoteKind.Direct => 1.0, QuoteKind.Partial => 0.6, _ => 0.4 };
        var length = quote.Text.Length switch { < 20 => 0.3, < 40 => 0.7, <= 400 => 1.0, _ => 0.6 };
        var onTopic = 1 + (0.3 * topic.Coverage(quote.Text));
        return source.Score * kind * length * onTopic * Math.Clamp(quote.Confidence, 0.05, 1);
    }
}
