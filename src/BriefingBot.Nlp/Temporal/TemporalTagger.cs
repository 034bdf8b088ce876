using BriefingBot.Core.Analysis;
using BriefingBot.Core.Time;

namespace BriefingBot.Nlp.Temporal;

/// <summary>Finds temporal expressions and normalizes them to TIMEX3 (placeholder).</summary>
public sealed class TemporalTagger
{
    /// <summary>Tags <paramref name="text"/> from <paramref name="bodyStart"/> on, anchoring relative dates on <paramref name="documentDate"/>.</summary>
    #pragma warning disable CA1822 // placeholder: the real tagger holds configuration
    public IReadOnlyList<TimeExpression> Tag(string text, int bodyStart, PartialDate? documentDate)
    {
        ArgumentNullException.ThrowIfNull(text);
        return [];
    }
#pragma warning restore CA1822
}
