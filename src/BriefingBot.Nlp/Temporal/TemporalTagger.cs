using BriefingBot.Core.Analysis;
using BriefingBot.Core.Time;

namespace BriefingBot.Nlp.Temporal;

/// <summary>Finds temporal expressions and normalizes them to TIMEX3 (TimeML / TempEval-3 conventions), rule-based and deterministic.</summary>
public static class TemporalTagger
{
    /// <summary>Tags <paramref name="text"/> from <paramref name="bodyStart"/> on, anchoring relative dates on <paramref name="documentDate"/>.</summary>
    /// <remarks>Without a document date the date inferred from the text (a dateline, the latest date mentioned) anchors relative expressions.</remarks>
    public static IReadOnlyList<TimeExpression> Tag(string text, int bodyStart, PartialDate? documentDate)
    {
        ArgumentNullException.ThrowIfNull(text);
        bodyStart = Math.Clamp(bodyStart, 0, text.Length);
        var anchor = documentDate ?? PublicationDateInferrer.Infer(text, bodyStart);
        return TagCore(text, bodyStart, anchor is { } a ? DateRef.From(a) : null);
    }

    internal static IReadOnlyList<TimeExpression> TagCore(string text, int bodyStart, DateRef? documentDate) =>
        TagResolved(text, bodyStart, new TimexContext(text, documentDate)).Select(r => r.Expression).ToList();

    /// <summary>Tags and keeps each expression's resolution (what the publication-date inference needs).</summary>
    internal static IReadOnlyList<(TimeExpression Expression, TimexResolution Resolution)> TagResolved(string text, int bodyStart, TimexContext context)
    {
        var candidates = new List<(int Start, int End, int Rule, System.Text.RegularExpressions.Match Match)>();
        var rules = TimexRules.All;
        for (var r = 0; r < rules.Count; r++)
        {
            var rule = rules[r];
            if (!TimexTriggers.MayMatch(rule.Name, text.AsSpan(bodyStart))) continue;
            for (var m = rule.Pattern.Match(text, bodyStart); m.Success; m = m.NextMatch())
            {
                if (m.Length == 0 || m.Index < bodyStart) continue;
                if (rule.Accept is { } accept && !accept(m, text)) continue;
                var (start, end) = Trim(text, m.Index, m.Index + m.Length);
                if (end > start) candidates.Add((start, end, r, m));
            }
        }

        // Longest expression first; on equal length the rule listed first wins.
        candidates.Sort((a, b) => (b.End - b.Start).CompareTo(a.End - a.Start) is var c and not 0 ? c : a.Rule.CompareTo(b.Rule) is var d and not 0 ? d : a.Start.CompareTo(b.Start));
        var taken = new List<(int Start, int End, int Rule, System.Text.RegularExpressions.Match Match)>();
        foreach (var candidate in candidates)
        {
            if (!taken.Exists(t => t.Start < candidate.End && candidate.Start < t.End)) taken.Add(candidate);
        }
        taken.Sort((a, b) => a.Start.CompareTo(b.Start));

        // Normalize in text order so that "the following month" sees the dates before it.
        var result = new List<(TimeExpression, TimexResolution)>(taken.Count);
        foreach (var (start, end, rule, match) in taken)
        {
            var resolution = rules[rule].Normalize(match, context);
            if (resolution is null) continue;
            if (resolution.Reference is { } reference && resolution.Type is TimexRules.Date or TimexRules.Time) context.Remember(reference);
            result.Add((new TimeExpression(text[start..end], start, end, resolution.Type, resolution.Value, resolution.Mod, resolution.Anchor), resolution));
        }
        return result;
    }

    private static (int Start, int End) Trim(string text, int start, int end)
    {
        while (start < end && (char.IsWhiteSpace(text[start]) || text[start] == ',')) start++;
        while (end > start && (char.IsWhiteSpace(text[end - 1]) || text[end - 1] == ',')) end--;
        return (start, end);
    }
}
