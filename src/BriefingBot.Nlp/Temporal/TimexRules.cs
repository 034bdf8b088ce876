using System.Globalization;
using System.Text.RegularExpressions;
using BriefingBot.Core.Time;

namespace BriefingBot.Nlp.Temporal;

/// <summary>
/// The tagger's rules in priority order (on equal span length the earlier rule wins) and the helpers
/// their normalizers share. The normalizers live in the other TimexRules.*.cs files by kind.
/// </summary>
internal static partial class TimexRules
{
    internal const string Date = "DATE";
    internal const string Time = "TIME";
    internal const string Duration = "DURATION";
    internal const string Set = "SET";
    internal const string Dct = "dct";
    internal const string PreviousAnchor = "previous";

    public static IReadOnlyList<TimexRule> All { get; } =
    [
        new("month-day-year", TimexPatterns.MonthDayYear(), NormalizeFullDate),
        new("day-month-year", TimexPatterns.DayMonthYear(), NormalizeFullDate),
        new("iso-date", TimexPatterns.IsoDate(), NormalizeIsoDate),
        new("numeric-date", TimexPatterns.NumericDate(), NormalizeNumericDate),
        new("clock-time", TimexPatterns.ClockTime(), NormalizeClockTime),
        new("month-day", TimexPatterns.MonthDay(), NormalizeMonthDay),
        new("day-month", TimexPatterns.DayMonth(), NormalizeMonthDay),
        new("month-year", TimexPatterns.MonthYear(), NormalizeMonthYear),
        new("quarter", TimexPatterns.Quarter(), NormalizeQuarter, AcceptQuarter),
        new("quarter-code", TimexPatterns.QuarterCode(), NormalizeQuarter),
        new("fiscal-year", TimexPatterns.FiscalYear(), NormalizeFiscalYear),
        new("century", TimexPatterns.Century(), NormalizeCentury),
        new("decade", TimexPatterns.Decade(), NormalizeDecade, AcceptDecade),
        new("season", TimexPatterns.Season(), NormalizeSeason, AcceptSeason),
        new("holiday", TimexPatterns.Holiday(), NormalizeHoliday),
        new("set-every", TimexPatterns.SetEvery(), NormalizeSetEvery),
        new("relative-unit", TimexPatterns.RelativeUnit(), NormalizeRelativeUnit),
        new("unit-before-after", TimexPatterns.UnitBeforeAfter(), NormalizeUnitBeforeAfter),
        new("the-day", TimexPatterns.TheDay(), NormalizeTheDay, AcceptTheDay),
        new("day-word", TimexPatterns.DayWord(), NormalizeDayWord),
        new("part-of-day", TimexPatterns.PartOfDayRelative(), NormalizePartOfDay),
        new("weekday", TimexPatterns.WeekdayName(), NormalizeWeekday),
        new("duration", TimexPatterns.Duration(), NormalizeDuration),
        new("the-unit", TimexPatterns.TheUnit(), NormalizeTheUnit, AcceptTheUnit),
        new("month", TimexPatterns.MonthAlone(), NormalizeMonthAlone, AcceptMonthAlone),
        new("year", TimexPatterns.Year(), NormalizeYear, AcceptYear),
        new("short-year", TimexPatterns.ShortYear(), NormalizeShortYear, AcceptShortYear),
        new("named-time", TimexPatterns.NamedTime(), NormalizeNamedTime),
        new("vague-duration", TimexPatterns.VagueDuration(), NormalizeVagueDuration),
        new("set-adjective", TimexPatterns.SetAdjective(), NormalizeSetAdjective),
        new("future-ref", TimexPatterns.FutureRef(), (_, _) => new TimexResolution(Date, "FUTURE_REF")),
        new("past-ref", TimexPatterns.PastRef(), (_, _) => new TimexResolution(Date, "PAST_REF")),
        new("present-ref", TimexPatterns.PresentRef(), (_, _) => new TimexResolution(Date, "PRESENT_REF"), AcceptPresentRef),
    ];

    private static int Int(Group g) => int.Parse(g.ValueSpan, NumberStyles.None, CultureInfo.InvariantCulture);

    private static TimexResolution Calendar(DateRef reference, string? mod = null, string? anchor = null) =>
        new(Date, reference.Value, mod, anchor, reference);

    private static DateRef? TryDay(int year, int month, int day) =>
        year is >= 1 and <= 9999 && month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month)
            ? DateRef.Day(year, month, day)
            : null;

    /// <summary>START/MID/END from "early", "mid", "late", "the end of"...</summary>
    private static string? EdgeMod(Group edge)
    {
        if (!edge.Success) return null;
        var e = edge.Value.ToUpperInvariant();
        if (e.Contains("END", StringComparison.Ordinal) || e.StartsWith("LATE", StringComparison.Ordinal)) return "END";
        if (e.Contains("MID", StringComparison.Ordinal)) return "MID";
        return "START";
    }

    /// <summary>The year a month (and day) without a year most plausibly falls in, given the anchor and the tense.</summary>
    private static (int Year, string? Anchor)? YearForMonth(TimexContext ctx, Match m, int month)
    {
        if (ctx.Dct is not { } dct)
        {
            // No document date: the last year mentioned is the best guess.
            return ctx.Previous(DatePrecision.Year) is { } p ? (p.Year4, PreviousAnchor) : null;
        }
        if (dct.Precision < DatePrecision.Month) return (dct.Year4, Dct);
        var dctMonth = dct.Date.Month;
        // A later month than the document's is last year's when the clause tells of the past; an
        // earlier month is next year's only when the clause looks ahead across the year end
        // (written in November about January). Otherwise the document's year.
        if (month > dctMonth && ctx.IsPast(m.Index, m.Index + m.Length)) return (dct.Year4 - 1, Dct);
        if (month < dctMonth && dctMonth - month >= 6 && ctx.IsFuture(m.Index, m.Index + m.Length)) return (dct.Year4 + 1, Dct);
        return (dct.Year4, Dct);
    }

    private static string PrecedingWord(string text, int index)
    {
        var i = index - 1;
        while (i >= 0 && char.IsWhiteSpace(text[i])) i--;
        var end = i + 1;
        while (i >= 0 && (char.IsLetter(text[i]) || text[i] == '-')) i--;
        return text[(i + 1)..end];
    }

    private static string FollowingWord(string text, int index)
    {
        var i = index;
        while (i < text.Length && char.IsWhiteSpace(text[i])) i++;
        var start = i;
        while (i < text.Length && char.IsLetter(text[i])) i++;
        return text[start..i];
    }
}
