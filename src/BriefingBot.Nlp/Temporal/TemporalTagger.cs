using BriefingBot.Core.Analysis;
using BriefingBot.Core.Time;

namespace BriefingBot.Nlp.Temporal;

/// <summary>Finds temporal expressions and normalizes them to TIMEX3 (placeholder).</summary>
public static class TemporalTagger
{
    /// <summary>Tags <paramref name="text"/> from <paramref name="bodyStart"/> on, anchoring relative dates on <paramref name="documentDate"/>.</summary>
    public static IReadOnlyList<TimeExpression> Tag(string text, int bodyStart, PartialDate? documentDate)
    {
        ArgumentNullException.ThrowIfNull(text);
        return [];
    }
}
