using System.Globalization;
using System.Text.RegularExpressions;
using BriefingBot.Core.Time;

namespace BriefingBot.Nlp.Temporal;

/// <summary>Normalizers of calendar expressions: dates, months, years, decades, centuries, seasons, quarters.</summary>
internal static partial class TimexRules
{
    private static TimexResolution? NormalizeFullDate(Match m, TimexContext ctx) =>
        TryDay(Int(m.Groups["year"]), CalendarWords.Month(m.Groups["month"].Value), Int(m.Groups["day"])) is { } d ? Calendar(d) : null;

    private static TimexResolution? NormalizeIsoDate(Match m, TimexContext ctx) =>
        TryDay(Int(m.Groups["year"]), Int(m.Groups["m"]), Int(m.Groups["d"])) is { } d ? Calendar(d) : null;

    private static TimexResolution? NormalizeNumericDate(Match m, TimexContext ctx)
    {
        int a = Int(m.Groups["a"]), b = Int(m.Groups["b"]), y = Int(m.Groups["y"]);
        if (m.Groups["y"].Length == 2)
        {
            var pivot = ((ctx.Dct?.Year4 ?? 2030) % 100) + 10;
            y += y <= pivot ? 2000 : 1900;
        }
        // American month/day order unless the first number cannot be a month.
        var (month, day) = a > 12 ? (b, a) : (a, b);
        return TryDay(y, month, day) is { } d ? Calendar(d) : null;
    }

    private static TimexResolution? NormalizeMonthDay(Match m, TimexContext ctx)
    {
        var month = CalendarWords.Month(m.Groups["month"].Value);
        var day = Int(m.Groups["day"]);
        if (month == 0) return null;
        if (YearForMonth(ctx, m, month) is not { } y)
            return day <= 31 ? new TimexResolution(Date, string.Create(CultureInfo.InvariantCulture, $"XXXX-{month:D2}-{day:D2}")) : null;
        return TryDay(y.Year, month, day) is { } d ? Calendar(d, null, y.Anchor) : null;
    }

    private static TimexResolution? NormalizeMonthYear(Match m, TimexContext ctx)
    {
        var month = CalendarWords.Month(m.Groups["month"].Value);
        if (month == 0) return null;
        var mod = EdgeMod(m.Groups["edge"]);
        if (m.Groups["year"].Success) return Calendar(DateRef.Month(Int(m.Groups["year"]), month), mod);
        var rel = m.Groups["rel"].Value.ToUpperInvariant();
        var (baseRef, anchor) = rel.StartsWith("THE", StringComparison.Ordinal)
            ? (ctx.Previous(DatePrecision.Year) ?? ctx.Dct, PreviousAnchor)
            : (ctx.Dct, Dct);
        if (baseRef is not { } b) return null;
        var shift = rel.Contains("LAST", StringComparison.Ordinal) || rel.Contains("PREVIOUS", StringComparison.Ordinal) ? -1
            : rel.Contains("NEXT", StringComparison.Ordinal) || rel.Contains("FOLLOWING", StringComparison.Ordinal) ? 1 : 0;
        return Calendar(DateRef.Month(b.Year4 + shift, month), mod, anchor);
    }

    private static bool AcceptMonthAlone(Match m, string text)
    {
        if (m.Groups["rel"].Success || m.Groups["edge"].Success) return true;
        var month = m.Groups["month"].Value;
        if (month is not ("May" or "March")) return true;
        // "May" and "March" are also a verb and a noun: only after a word that introduces a date.
        var before = PrecedingWord(text, m.Index).ToUpperInvariant();
        return before is "IN" or "OF" or "SINCE" or "UNTIL" or "TILL" or "BY" or "FROM" or "TO" or "THROUGH" or "DURING"
            or "BETWEEN" or "AND" or "OR" or "BEFORE" or "AFTER" or "EARLY" or "LATE" or "MID" or "LAST" or "NEXT" or "THIS";
    }

    private static TimexResolution? NormalizeMonthAlone(Match m, TimexContext ctx)
    {
        var month = CalendarWords.Month(m.Groups["month"].Value);
        var mod = EdgeMod(m.Groups["edge"]);
        var rel = m.Groups["rel"].Value.ToUpperInvariant();
        if (rel.Length > 0 && ctx.Dct is { Precision: >= DatePrecision.Month } dct)
        {
            var dm = dct.Date.Month;
            var year = rel switch
            {
                "LAST" or "PAST" or "PREVIOUS" => month < dm ? dct.Year4 : dct.Year4 - 1,
                "NEXT" or "COMING" => month > dm ? dct.Year4 : dct.Year4 + 1,
                _ => dct.Year4,
            };
            return Calendar(DateRef.Month(year, month), mod, Dct);
        }
        if (YearForMonth(ctx, m, month) is not { } y)
            return new TimexResolution(Date, string.Create(CultureInfo.InvariantCulture, $"XXXX-{month:D2}"), mod);
        return Calendar(DateRef.Month(y.Year, month), mod, y.Anchor);
    }

    private static bool AcceptYear(Match m, string text)
    {
        var year = Int(m.Groups["year"]);
        if (year < 1500) return false;
        var after = text.AsSpan(m.Index + m.Length, Math.Min(40, text.Length - m.Index - m.Length));
        if (TimexPatterns.CountNounAfter().IsMatch(after)) return false;
        var start = m.Groups["year"].Index;
        var before = text.AsSpan(Math.Max(0, start - 30), Math.Min(30, start));
        return !TimexPatterns.IdentifierBefore().IsMatch(before);
    }

    private static TimexResolution? NormalizeYear(Match m, TimexContext ctx) =>
        Calendar(DateRef.Year(Int(m.Groups["year"])), EdgeMod(m.Groups["edge"]));

    private static bool AcceptShortYear(Match m, string text)
    {
        var before = PrecedingWord(text, m.Index).ToUpperInvariant();
        return before is "SINCE" or "IN" or "OF" or "FROM" or "UNTIL" or "TILL" or "BY" or "CLASS" or "SUMMER" or "SPRING"
            or "WINTER" or "FALL" or "AUTUMN" or "EARLY" or "LATE" or "MID" or "BEFORE" or "AFTER";
    }

    private static TimexResolution? NormalizeShortYear(Match m, TimexContext ctx)
    {
        var yy = Int(m.Groups["yy"]);
        var current = (ctx.Dct?.Year4 ?? 2030) % 100;
        return Calendar(DateRef.Year(yy <= current ? 2000 + yy : 1900 + yy));
    }

    private static bool AcceptDecade(Match m, string text)
    {
        // "in her 80s" is an age.
        var before = PrecedingWord(text, m.Index).ToUpperInvariant();
        var edgeOrThe = m.Value.StartsWith("the", StringComparison.OrdinalIgnoreCase) || m.Groups["edge"].Success;
        if (!edgeOrThe && before is "HIS" or "HER" or "THEIR" or "ITS" or "MY" or "YOUR" or "OUR" or "AGED" or "AGE") return false;
        if (m.Groups["edge"].Success && PrecedingWord(text, m.Groups["edge"].Index).ToUpperInvariant() is "HIS" or "HER" or "THEIR" or "MY") return false;
        if (m.Groups["decw"].Success && !edgeOrThe) return before is "THE" or "IN" or "SINCE";
        return true;
    }

    private static TimexResolution? NormalizeDecade(Match m, TimexContext ctx)
    {
        int start;
        if (m.Groups["dec4"].Success) start = Int(m.Groups["dec4"]);
        else
        {
            var d = m.Groups["dec2"].Success ? Int(m.Groups["dec2"]) : CalendarWords.DecadeWord(m.Groups["decw"].Value) * 10;
            var current = ctx.Dct?.Year4 ?? 2030;
            start = 2000 + d <= current ? 2000 + d : 1900 + d;
        }
        return Calendar(new DateRef(new DateOnly(start, 1, 1), DatePrecision.Decade), EdgeMod(m.Groups["edge"]));
    }

    private static TimexResolution? NormalizeCentury(Match m, TimexContext ctx)
    {
        var n = CalendarWords.Ordinal(m.Groups["ord"].Value.Replace(' ', '-'));
        if (n is < 1 or > 30) return null;
        return Calendar(new DateRef(new DateOnly(Math.Max(1, (n - 1) * 100), 1, 1), DatePrecision.Century), EdgeMod(m.Groups["edge"]));
    }

    private static bool AcceptSeason(Match m, string text)
    {
        if (m.Groups["year"].Success) return true;
        var after = text.AsSpan(m.Index + m.Length);
        var followedByOf = after.TrimStart().StartsWith("of ", StringComparison.OrdinalIgnoreCase);
        if (followedByOf) return false; // "the fall of the empire"
        var season = m.Groups["season"].Value;
        if (m.Groups["rel"].Success) return true;
        if (!m.Groups["prep"].Success) return char.IsUpper(season[0]) && !season.Equals("Fall", StringComparison.Ordinal);
        // "fall" is a verb too: "prices will fall" never has a determiner or "in" before it.
        return !season.Equals("fall", StringComparison.OrdinalIgnoreCase) || m.Groups["prep"].Value.ToUpperInvariant() is not ("BY" or "UNTIL");
    }

    private static TimexResolution? NormalizeSeason(Match m, TimexContext ctx)
    {
        var code = CalendarWords.Season(m.Groups["season"].Value);
        var seasonMonth = CalendarWords.SeasonMonth(code);
        var relWord = m.Groups["rel"].Success ? m.Groups["rel"].Value : m.Groups["prep"].Value;
        var rel = relWord.ToUpperInvariant();
        var mod = rel is "EARLY" ? "START" : rel is "LATE" ? "END" : rel is "MID" ? "MID" : null;
        string? anchor = null;
        int year;
        if (m.Groups["year"].Success) year = Int(m.Groups["year"]);
        else if (ctx.Dct is { } dct)
        {
            anchor = Dct;
            var dm = dct.Precision >= DatePrecision.Month ? dct.Date.Month : seasonMonth;
            year = rel switch
            {
                "LAST" => seasonMonth < dm - 1 ? dct.Year4 : dct.Year4 - 1,
                "NEXT" => seasonMonth > dm + 1 ? dct.Year4 : dct.Year4 + 1,
                "THIS" => dct.Year4,
                _ => YearForMonth(ctx, m, seasonMonth)?.Year ?? dct.Year4,
            };
        }
        else return new TimexResolution(Date, "XXXX-" + code, mod);
        var reference = new DateRef(new DateOnly(year, seasonMonth, 1), DatePrecision.Season);
        return new TimexResolution(Date, string.Create(CultureInfo.InvariantCulture, $"{year:D4}-{code}"), mod, anchor, reference);
    }

    private static TimexResolution? NormalizeHoliday(Match m, TimexContext ctx)
    {
        var h = m.Groups["h"].Value.ToUpperInvariant();
        var (month, day) = h.StartsWith("CHRISTMAS EVE", StringComparison.Ordinal) ? (12, 24)
            : h.StartsWith("CHRISTMAS", StringComparison.Ordinal) ? (12, 25)
            : h.Contains("EVE", StringComparison.Ordinal) ? (12, 31)
            : h.StartsWith("NEW", StringComparison.Ordinal) ? (1, 1)
            : h.StartsWith("HALLOWEEN", StringComparison.Ordinal) ? (10, 31)
            : (2, 14);
        if (m.Groups["year"].Success) return TryDay(Int(m.Groups["year"]), month, day) is { } d ? Calendar(d) : null;
        if (YearForMonth(ctx, m, month) is not { } y) return new TimexResolution(Date, string.Create(CultureInfo.InvariantCulture, $"XXXX-{month:D2}-{day:D2}"));
        return TryDay(y.Year, month, day) is { } r ? Calendar(r, null, y.Anchor) : null;
    }

    private static bool AcceptQuarter(Match m, string text)
    {
        // "the first half" of a match or a book is no date; a half needs its year.
        if (!m.Groups["qh"].Value.Equals("half", StringComparison.OrdinalIgnoreCase)) return true;
        return m.Groups["year"].Success || m.Groups["rel"].Success;
    }

    private static TimexResolution? NormalizeQuarter(Match m, TimexContext ctx)
    {
        var half = m.Groups["qh"].Value.Equals("half", StringComparison.OrdinalIgnoreCase);
        var ord = m.Groups["ord"].Value.ToUpperInvariant();
        var count = half ? 2 : 4;
        int? n = m.Groups["qn"].Success ? Int(m.Groups["qn"]) : ord is "FINAL" ? count : ord is "LAST" && (m.Groups["year"].Success || m.Groups["rel"].Success) ? count : CalendarWords.Ordinal(ord) is var o and > 0 ? o : null;
        if (n > count) return null;
        var dct = ctx.Dct;
        var dctPart = dct is { Precision: >= DatePrecision.Month } d ? ((d.Date.Month - 1) / (12 / count)) + 1 : 0;
        int year;
        string? anchor = null;
        if (m.Groups["year"].Success) year = Int(m.Groups["year"]);
        else if (dct is null) return null;
        else
        {
            anchor = Dct;
            var rel = m.Groups["rel"].Value.ToUpperInvariant();
            if (rel.Contains("SAME", StringComparison.Ordinal))
            {
                year = (ctx.Previous(DatePrecision.Year) ?? dct.Value).Year4;
                anchor = PreviousAnchor;
            }
            else if (rel.Contains("LAST", StringComparison.Ordinal) || rel.Contains("PREVIOUS", StringComparison.Ordinal)) year = dct.Value.Year4 - 1;
            else if (rel.Contains("NEXT", StringComparison.Ordinal)) year = dct.Value.Year4 + 1;
            else if (rel.Length > 0) year = dct.Value.Year4;
            else if (n is null)
            {
                // "the last quarter", "the previous quarter", "the current quarter": relative to the document's.
                if (dctPart == 0) return null;
                var shift = ord is "CURRENT" ? 0 : -1;
                var index = (dct.Value.Year4 * count) + dctPart - 1 + shift;
                year = index / count;
                n = (index % count) + 1;
            }
            else if (dctPart == 0) year = dct.Value.Year4;
            // An earlier quarter is this year's; the same or a later one told in the past is last year's.
            else year = n >= dctPart && ctx.IsPast(m.Index, m.Index + m.Length) ? dct.Value.Year4 - 1 : dct.Value.Year4;
        }
        if (n is null) return null;
        var fy = m.Groups["fy"].Success ? "FY" : string.Empty;
        var value = string.Create(CultureInfo.InvariantCulture, $"{fy}{year:D4}-{(half ? "H" : "Q")}{n}");
        var reference = half ? (DateRef?)null : new DateRef(new DateOnly(year, ((n.Value - 1) * 3) + 1, 1), DatePrecision.Quarter);
        return new TimexResolution(Date, value, null, anchor, reference);
    }

    private static TimexResolution? NormalizeFiscalYear(Match m, TimexContext ctx)
    {
        var mod = EdgeMod(m.Groups["edge"]);
        if (m.Groups["fy"].Success)
        {
            var y = Int(m.Groups["fy"]);
            if (m.Groups["fy"].Length == 2) y += 2000;
            return new TimexResolution(Date, string.Create(CultureInfo.InvariantCulture, $"FY{y:D4}"), mod);
        }
        if (ctx.Dct is not { } dct) return null;
        var rel = m.Groups["rel"].Value.ToUpperInvariant();
        var shift = rel.Contains("LAST", StringComparison.Ordinal) || rel.Contains("PREVIOUS", StringComparison.Ordinal) ? -1 : rel.Contains("NEXT", StringComparison.Ordinal) ? 1 : 0;
        return new TimexResolution(Date, string.Create(CultureInfo.InvariantCulture, $"FY{dct.Year4 + shift:D4}"), mod, Dct);
    }
}
