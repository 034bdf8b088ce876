using System.Globalization;
using System.Text.RegularExpressions;
using BriefingBot.Core.Time;

namespace BriefingBot.Nlp.Temporal;

/// <summary>Normalizers of expressions resolved against the document date or an earlier date in the text.</summary>
internal static partial class TimexRules
{
    private static string PartCode(string part) => part.ToUpperInvariant() switch
    {
        "MORNING" => "MO",
        "AFTERNOON" => "AF",
        "EVENING" => "EV",
        _ => "NI",
    };

    private static TimexResolution WithPart(DateRef day, Group part, string? anchor)
    {
        if (!part.Success || day.Precision < DatePrecision.Day) return Calendar(day, null, anchor);
        return new TimexResolution(Time, day.Value + "T" + PartCode(part.Value), null, anchor, day);
    }

    private static TimexResolution? NormalizeDayWord(Match m, TimexContext ctx)
    {
        var w = m.Groups["w"].Value.ToUpperInvariant();
        if (ctx.Dct is not { } dct)
            return new TimexResolution(Date, w switch { "YESTERDAY" => "PAST_REF", "TOMORROW" => "FUTURE_REF", _ => "PRESENT_REF" });
        var day = dct.Shift('D', w switch { "YESTERDAY" => -1, "TOMORROW" => 1, _ => 0 });
        if (w == "TONIGHT") return new TimexResolution(Time, day.Value + "TNI", null, Dct, day);
        return WithPart(day, m.Groups["part"], Dct);
    }

    private static TimexResolution? NormalizePartOfDay(Match m, TimexContext ctx)
    {
        if (ctx.Dct is not { } dct) return null;
        var last = m.Groups["rel"].Value.Equals("last", StringComparison.OrdinalIgnoreCase);
        // "last night" is the night before the document was written.
        var day = last ? dct.Shift('D', -1) : dct;
        return WithPart(day, m.Groups["part"], Dct);
    }

    private static TimexResolution? NormalizeWeekday(Match m, TimexContext ctx)
    {
        var target = CalendarWords.Weekday(m.Groups["wd"].Value);
        if (ctx.Dct is not { Precision: DatePrecision.Day } dct)
        {
            var iso = target == DayOfWeek.Sunday ? 7 : (int)target;
            return new TimexResolution(Date, string.Create(CultureInfo.InvariantCulture, $"XXXX-WXX-{iso}"));
        }
        var rel = m.Groups["rel"].Value.ToUpperInvariant();
        var back = ((int)dct.Date.DayOfWeek - (int)target + 7) % 7;
        var forward = ((int)target - (int)dct.Date.DayOfWeek + 7) % 7;
        int offset = rel switch
        {
            "LAST" or "PAST" => back == 0 ? -7 : -back,
            "NEXT" or "COMING" => forward == 0 ? 7 : forward,
            _ => ctx.IsFuture(m.Index, m.Index + m.Length) ? forward : -back,
        };
        return WithPart(dct.Shift('D', offset), m.Groups["part"], Dct);
    }

    private static TimexResolution? NormalizeRelativeUnit(Match m, TimexContext ctx)
    {
        var rel = m.Groups["rel"].Value.ToUpperInvariant();
        var unit = m.Groups["unit"].Value.ToUpperInvariant();
        var hasThe = m.Groups["the"].Success;
        if (rel is "PAST" && !m.Groups["edge"].Success)
        {
            // "the past year" is the stretch of time up to now, not last calendar year.
            return unit switch
            {
                "WEEK" => new TimexResolution(Duration, "P1W"),
                "MONTH" => new TimexResolution(Duration, "P1M"),
                "YEAR" => new TimexResolution(Duration, "P1Y"),
                "QUARTER" => new TimexResolution(Duration, "P1Q"),
                "DECADE" => new TimexResolution(Duration, "P10Y"),
                "CENTURY" => new TimexResolution(Duration, "P100Y"),
                _ => null,
            };
        }
        var shift = rel switch
        {
            "LAST" or "PAST" or "PREVIOUS" or "PRIOR" or "PRECEDING" => -1,
            "NEXT" or "COMING" or "FOLLOWING" or "UPCOMING" => 1,
            _ => 0,
        };
        // "the following month", "the previous year", "the same week", "the entire year" continue the narrative;
        // "next month", "last year", "this week" are counted from the document date.
        var fromPrevious = (hasThe && rel is "FOLLOWING" or "PREVIOUS" or "PRIOR" or "PRECEDING" or "SAME") || rel is "ENTIRE" or "WHOLE";
        var precision = unit switch
        {
            "WEEK" or "WEEKEND" => DatePrecision.Week,
            "MONTH" => DatePrecision.Month,
            "QUARTER" => DatePrecision.Quarter,
            "DECADE" => DatePrecision.Decade,
            "CENTURY" => DatePrecision.Century,
            _ => DatePrecision.Year,
        };
        var needed = precision == DatePrecision.Week ? DatePrecision.Day : precision;
        DateRef? baseRef;
        string anchor;
        if (fromPrevious && ctx.Latest() is { } p)
        {
            // The date just mentioned, even when coarser than the unit: the result is then as coarse.
            baseRef = p;
            anchor = PreviousAnchor;
        }
        else
        {
            baseRef = ctx.Dct;
            anchor = Dct;
        }
        if (baseRef is not { } b || (anchor == Dct && b.Precision < needed)) return null;
        var unitChar = unit switch { "WEEK" or "WEEKEND" => 'W', "MONTH" => 'M', "QUARTER" => 'Q', "DECADE" => 'E', "CENTURY" => 'C', _ => 'Y' };
        var shifted = b.Shift(unitChar, shift) with { Precision = b.Precision < needed ? b.Precision : precision };
        var pre = m.Groups["pre"].Value.ToUpperInvariant();
        var mod = EdgeMod(m.Groups["edge"]) ?? (pre is "EARLY" ? "START" : pre is "LATE" ? "END" : null);
        if (unit == "WEEKEND") return new TimexResolution(Date, shifted.Value + "-WE", mod, anchor, shifted);
        return Calendar(shifted, mod, anchor);
    }

    private static TimexResolution? NormalizeUnitBeforeAfter(Match m, TimexContext ctx)
    {
        var unit = m.Groups["unit"].Value.ToUpperInvariant();
        var dir = m.Groups["dir"].Value.ToUpperInvariant();
        var shift = dir is "AFTER" or "LATER" ? 1 : -1;
        var precision = unit switch { "WEEK" => DatePrecision.Week, "MONTH" => DatePrecision.Month, _ => DatePrecision.Year };
        var needed = precision == DatePrecision.Week ? DatePrecision.Day : precision;
        var (baseRef, anchor) = ctx.Previous(needed) is { } p ? (p, PreviousAnchor) : (ctx.Dct, Dct);
        if (baseRef is not { } b || b.Precision < needed) return null;
        return Calendar(b.Shift(unit[0] == 'W' ? 'W' : unit[0] == 'M' ? 'M' : 'Y', shift) with { Precision = precision }, null, anchor);
    }

    private static bool AcceptTheDay(Match m, string text)
    {
        if (m.Groups["rel"].Success || m.Groups["dir"].Success || m.Groups["edge"].Success) return true;
        // "the day when...", "the day of the attack": a description, not a reference to the current day.
        var w = FollowingWord(text, m.Index + m.Length).ToUpperInvariant();
        if (w is "OF" or "WHEN" or "THAT" or "WHICH" or "ON" or "IN" or "HE" or "SHE" or "THEY" or "IT" or "I" or "WE" or "YOU" or "BEFORE" or "AFTER" or "HAS" or "HAD" or "WILL" or "IS" or "WAS") return false;
        var before = PrecedingWord(text, m.Index).ToUpperInvariant();
        return before is "FOR" or "ENDING" or "END" or "ENDED" or "ENDS" or "ON" or "DURING" or "THROUGHOUT" or "OVER" or "CLOSING" or "CLOSED" or "FINISH" or "FINISHED" or "FINISHING" or "START" or "STARTED" or "BEGIN" or "BEGAN";
    }

    private static TimexResolution? NormalizeTheDay(Match m, TimexContext ctx)
    {
        var rel = m.Groups["rel"].Value.ToUpperInvariant();
        var dir = m.Groups["dir"].Value.ToUpperInvariant();
        var shift = rel is "FOLLOWING" or "NEXT" || dir is "AFTER" or "LATER" ? 1
            : rel is "PREVIOUS" or "PRIOR" or "PRECEDING" || dir is "BEFORE" or "EARLIER" ? -1 : 0;
        if (ctx.CurrentDay() is not { Precision: DatePrecision.Day } day) return null;
        var anchor = ctx.Dct is { } d && d == day ? Dct : PreviousAnchor;
        return Calendar(day.Shift('D', shift), null, anchor);
    }

    private static bool AcceptTheUnit(Match m, string text) =>
        m.Groups["edge"].Success || m.Groups["unit"].Value.Equals("weekend", StringComparison.OrdinalIgnoreCase);

    private static TimexResolution? NormalizeTheUnit(Match m, TimexContext ctx)
    {
        var unit = m.Groups["unit"].Value.ToUpperInvariant();
        var mod = EdgeMod(m.Groups["edge"]);
        if (unit == "WEEKEND")
        {
            if (ctx.CurrentDay() is not { Precision: DatePrecision.Day } day) return null;
            var week = day with { Precision = DatePrecision.Week };
            return new TimexResolution(Date, week.Value + "-WE", mod, ctx.Dct == day ? Dct : PreviousAnchor, week);
        }
        var precision = unit switch { "MONTH" => DatePrecision.Month, "WEEK" => DatePrecision.Week, _ => DatePrecision.Year };
        var needed = precision == DatePrecision.Week ? DatePrecision.Day : precision;
        if (ctx.Dct is not { } dct || dct.Precision < needed) return null;
        return Calendar(dct with { Precision = precision }, mod, Dct);
    }

    private static TimexResolution? NormalizeClockTime(Match m, TimexContext ctx)
    {
        var hour = Int(m.Groups["h"]);
        var minute = m.Groups["min"].Success ? Int(m.Groups["min"]) : 0;
        var ampm = m.Groups["ampm"].Value.ToUpperInvariant();
        if (ampm.StartsWith('P') && hour < 12) hour += 12;
        else if (ampm.StartsWith('A') && hour == 12) hour = 0;
        if (hour > 24 || (hour == 24 && minute > 0)) return null;
        DateRef? day;
        string? anchor = Dct;
        if (m.Groups["tw"].Success && ctx.Dct is { } dct)
            day = dct.Shift('D', m.Groups["tw"].Value.ToUpperInvariant() switch { "YESTERDAY" => -1, "TOMORROW" => 1, _ => 0 });
        else if (m.Groups["wd"].Success)
            day = NormalizeWeekday(m, ctx)?.Reference;
        else if (m.Groups["month"].Success)
            day = NormalizeMonthDay(m, ctx)?.Reference;
        else
        {
            day = ctx.CurrentDay();
            anchor = day == ctx.Dct ? Dct : PreviousAnchor;
        }
        var datePart = day is { Precision: DatePrecision.Day } d ? d.Value : "XXXX-XX-XX";
        var value = string.Create(CultureInfo.InvariantCulture, $"{datePart}T{hour:D2}:{minute:D2}") + Zone(m);
        return new TimexResolution(Time, value, null, day is null ? null : anchor, day is { Precision: DatePrecision.Day } ? day : null);
    }

    private static string Zone(Match m)
    {
        if (!m.Groups["tz"].Success) return string.Empty;
        if (m.Groups["off"].Success)
        {
            var off = m.Groups["off"].Value.Replace(" ", string.Empty, StringComparison.Ordinal);
            var hours = int.Parse(off.AsSpan(1), NumberStyles.None, CultureInfo.InvariantCulture);
            return string.Create(CultureInfo.InvariantCulture, $"{off[0]}{hours:D2}");
        }
        return m.Groups["tz"].Value switch
        {
            "UTC" or "GMT" or "Z" => "Z",
            "EST" or "CDT" => "-05",
            "EDT" => "-04",
            "CST" or "MDT" => "-06",
            "MST" or "PDT" => "-07",
            "PST" => "-08",
            "CET" or "BST" => "+01",
            "CEST" => "+02",
            "JST" => "+09",
            "AEST" => "+10",
            "AEDT" => "+11",
            _ => string.Empty,
        };
    }

    private static TimexResolution? NormalizeNamedTime(Match m, TimexContext ctx)
    {
        var time = m.Groups["w"].Value.Equals("midnight", StringComparison.OrdinalIgnoreCase) ? "24:00" : "12:00";
        var day = ctx.CurrentDay();
        var datePart = day is { Precision: DatePrecision.Day } d ? d.Value : "XXXX-XX-XX";
        return new TimexResolution(Time, datePart + "T" + time, null, day is null ? null : day == ctx.Dct ? Dct : PreviousAnchor);
    }
}
