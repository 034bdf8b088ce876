using BriefingBot.Bench.Vocabulary;

namespace BriefingBot.Bench;

/// <summary>What a user would ask a synthetic index about: realistic query mixes for latency runs.</summary>
public static class SyntheticWorld
{
    /// <summary>Topic keywords, organisations, places and a few people: broad and narrow briefing topics.</summary>
    public static IReadOnlyList<string> QueryTopics { get; } = Topics.All.Select(t => t.Keyword)
        .Concat(Topics.All.SelectMany(t => t.Organisations).Select(o => o.StartsWith("the ", StringComparison.Ordinal) ? o[4..] : o))
        .Concat(Names.Countries.Select(c => c.StartsWith("the ", StringComparison.Ordinal) ? c[4..] : c))
        .Concat(Names.Cities.Take(6))
        .Concat(Cast.People.Take(8).Select(p => p.Last))
        .Distinct(StringComparer.Ordinal)
        .ToArray();

    /// <summary>Speaker names as users type them: surnames, full names, title and surname.</summary>
    public static IReadOnlyList<string> QuerySpeakers { get; } = Cast.People.Take(40)
        .Select((p, i) => (i % 3) switch { 0 => p.Last, 1 => p.Name, _ => p.Title.Split(' ')[^1] + " " + p.Last })
        .ToArray();
}
