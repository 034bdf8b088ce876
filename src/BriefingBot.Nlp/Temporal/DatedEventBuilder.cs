using System.Text.RegularExpressions;
using BriefingBot.Core.Analysis;
using BriefingBot.Core.Time;

namespace BriefingBot.Nlp.Temporal;

/// <summary>Turns date expressions into timeline events: the sentence each calendar date dates.</summary>
public static partial class DatedEventBuilder
{
    public static IReadOnlyList<DatedEvent> Build(string text, IReadOnlyList<TextSpan> sentences, IReadOnlyList<TimeExpression> timexes)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(sentences);
        ArgumentNullException.ThrowIfNull(timexes);
        var events = new List<DatedEvent>();
        var seen = new HashSet<(int, string)>();
        foreach (var timex in timexes.OrderBy(t => t.Start))
        {
            if (timex.Type != "DATE" || Precision(timex.Value) is not var (date, precision)) continue;
            var index = SentenceOf(sentences, timex.Start);
            if (index < 0 || !seen.Add((index, date))) continue;
            var s = sentences[index];
            var start = Math.Clamp(s.Start, 0, text.Length);
            var end = Math.Clamp(s.End, start, text.Length);
            events.Add(new DatedEvent(date, precision, index, text[start..end].Trim()));
        }
        return events;
    }

    /// <summary>The calendar part of a TIMEX3 date value and its precision; null for references, durations and fiscal labels.</summary>
    internal static (string Date, DatePrecision Precision)? Precision(string value)
    {
        var m = CalendarValue().Match(value);
        if (!m.Success) return null;
        var date = m.Groups["date"].Value;
        if (m.Groups["week"].Success) return (date, DatePrecision.Week);
        if (m.Groups["season"].Success) return (date, DatePrecision.Season);
        if (m.Groups["quarter"].Success) return (date, DatePrecision.Quarter);
        return date.Length switch
        {
            2 => (date, DatePrecision.Century),
            3 => (date, DatePrecision.Decade),
            4 => (date, DatePrecision.Year),
            7 => (date, DatePrecision.Month),
            _ => (date, DatePrecision.Day),
        };
    }

    private static int SentenceOf(IReadOnlyList<TextSpan> sentences, int offset)
    {
        for (var i = 0; i < sentences.Count; i++)
        {
            if (sentences[i].Contains(offset)) return i;
        }
        return -1;
    }

    // 2025-01-26(TMO), 2025-09, 2025, 198, 19, 2025-W11(-WE), 2025-SU, 2025-Q1 (time-of-day suffixes dropped).
    [GeneratedRegex("^(?<date>[0-9]{4}-[0-9]{2}-[0-9]{2}|(?<week>[0-9]{4}-W[0-9]{2})|(?<season>[0-9]{4}-(?:SP|SU|FA|WI))|(?<quarter>[0-9]{4}-Q[1-4])|[0-9]{4}-[0-9]{2}|[0-9]{2,4})(?:T(?:MO|AF|EV|NI)|-WE)?$", RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex CalendarValue();
}
