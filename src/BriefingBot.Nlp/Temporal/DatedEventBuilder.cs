using BriefingBot.Core.Analysis;

namespace BriefingBot.Nlp.Temporal;

/// <summary>Turns date expressions into timeline events: the sentence each date dates (placeholder).</summary>
public static class DatedEventBuilder
{
    public static IReadOnlyList<DatedEvent> Build(string text, IReadOnlyList<TextSpan> sentences, IReadOnlyList<TimeExpression> timexes)
    {
        ArgumentNullException.ThrowIfNull(text);
        return [];
    }
}
