using System.Globalization;
using System.Text.RegularExpressions;
using BriefingBot.Core.Time;

namespace BriefingBot.Nlp.Temporal;

/// <summary>Normalizers of durations ("30 years"), offsets ("two years ago", "a week later"), sets and vague references.</summary>
internal static partial class TimexRules
{
    private static string? ApproxMod(Group mod) => !mod.Success ? null : string.Join(' ', mod.Value.ToUpperInvariant().Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)) switch
    {
        "ABOUT" or "AROUND" or "APPROXIMATELY" or "ROUGHLY" or "SOME" or "NEARLY" or "ALMOST" => "APPROX",
        "MORE THAN" or "OVER" => "MORE_THAN",
        "AT LEAST" => "EQUAL_OR_MORE",
        "LESS THAN" or "FEWER THAN" or "UNDER" or "UP TO" or "BARELY" => "LESS_THAN",
        "AT MOST" => "EQUAL_OR_LESS",
        _ => null,
    };

    /// <summary>The TIMEX3 duration of <paramref name="amount"/> units, e.g. P30Y, PT2H, P2.5Y; X for an unknown amount.</summary>
    private static string DurationValue(string unit, decimal? amount)
    {
        var u = unit.ToUpperInvariant().TrimEnd('S');
        if (u.StartsWith("CENTUR", StringComparison.Ordinal)) u = "CENTURY";
        var (letter, factor, time) = u switch
        {
            "YEAR" => ("Y", 1, false),
            "MONTH" => ("M", 1, false),
            "WEEK" => ("W", 1, false),
            "DAY" or "NIGHT" => ("D", 1, false),
            "HOUR" => ("H", 1, true),
            "MINUTE" => ("M", 1, true),
            "SECOND" => ("S", 1, true),
            "DECADE" => (amount is null ? "DE" : "Y", 10, false),
            "CENTURY" => (amount is null ? "CE" : "Y", 100, false),
            "QUARTER" => ("Q", 1, false),
            "FORTNIGHT" => ("W", 2, false),
            _ => ("D", 1, false),
        };
        var n = amount is { } a ? (a * factor).ToString("0.##", CultureInfo.InvariantCulture) : "X";
        return (time ? "PT" : "P") + n + letter;
    }

    private static TimexResolution? NormalizeDuration(Match m, TimexContext ctx)
    {
        decimal? amount = m.Groups["vague"].Success ? null : CalendarWords.Number(m.Groups["num"].Value);
        if (!m.Groups["vague"].Success && amount is null) return null;
        if (m.Groups["half"].Success && amount is not null) amount += 0.5m;
        var unit = m.Groups["unit"].Value;
        // "a second A380", "about a quarter of its dealers": an ordinal and a fraction, not durations.
        if (m.Groups["num"].Value.ToUpperInvariant() is "A" or "AN" && unit.ToUpperInvariant() is "SECOND" or "QUARTER") return null;
        var tail = string.Join(' ', m.Groups["tail"].Value.ToUpperInvariant().Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        var mod = m.Groups["the"].Success || m.Value.Contains(" the ", StringComparison.OrdinalIgnoreCase) ? null : ApproxMod(m.Groups["mod"]);
        if (tail.Length == 0 || m.Groups["old"].Success) return new TimexResolution(Duration, DurationValue(unit, amount), mod);
        return Offset(ctx, unit, amount, tail, mod);
    }

    /// <summary>"two years ago" (from the document date), "a week later" (from the previous date in the text).</summary>
    private static TimexResolution? Offset(TimexContext ctx, string unit, decimal? amount, string tail, string? mod)
    {
        var backwards = tail is "AGO" or "EARLIER" or "PREVIOUSLY";
        if (amount is null || amount != decimal.Truncate(amount.Value))
            return new TimexResolution(Date, backwards ? "PAST_REF" : "FUTURE_REF", mod);
        var u = unit.ToUpperInvariant().TrimEnd('S');
        var (unitChar, precision) = u switch
        {
            "YEAR" => ('Y', DatePrecision.Year),
            "MONTH" => ('M', DatePrecision.Month),
            "WEEK" or "FORTNIGHT" => ('W', DatePrecision.Day),
            "DAY" or "NIGHT" => ('D', DatePrecision.Day),
            "DECADE" => ('E', DatePrecision.Year),
            "QUARTER" => ('Q', DatePrecision.Quarter),
            _ when u.StartsWith("CENTUR", StringComparison.Ordinal) => ('C', DatePrecision.Year),
            _ => ('D', DatePrecision.Day), // hours and minutes: the day they fall on
        };
        var n = (int)amount.Value * (u == "FORTNIGHT" ? 2 : 1);
        var fromDocument = tail is "AGO" or "FROM NOW" or "HENCE";
        // "a week later" continues from the date just mentioned, even a coarse one: after "earlier this
        // month" it stays in that month rather than jumping back to an older, finer date.
        var (baseRef, anchor) = fromDocument ? (ctx.Dct, Dct) : ctx.Latest() is { } p ? (p, PreviousAnchor) : (ctx.Dct, Dct);
        if (baseRef is not { } b) return new TimexResolution(Date, backwards ? "PAST_REF" : "FUTURE_REF", mod);
        var shifted = b.Shift(unitChar, backwards ? -n : n);
        var result = precision <= b.Precision ? shifted with { Precision = precision } : shifted;
        return Calendar(result, mod, anchor);
    }

    private static TimexResolution? NormalizeVagueDuration(Match m, TimexContext ctx) =>
        new(Duration, DurationValue(m.Groups["unit"].Value, null));

    private static TimexResolution? NormalizeSetEvery(Match m, TimexContext ctx)
    {
        var unit = m.Groups["unit"].Value.ToUpperInvariant().TrimEnd('S');
        var numText = m.Groups["num"].Value;
        decimal n = numText.Length == 0 ? 1 : numText.Equals("other", StringComparison.OrdinalIgnoreCase) ? 2 : CalendarWords.Number(numText) ?? 1;
        var value = unit switch
        {
            "MORNING" => "XXXX-XX-XXTMO",
            "EVENING" => "XXXX-XX-XXTEV",
            "NIGHT" => "XXXX-XX-XXTNI",
            "WEEKEND" => "XXXX-WXX-WE",
            "MONDAY" or "TUESDAY" or "WEDNESDAY" or "THURSDAY" or "FRIDAY" or "SATURDAY" or "SUNDAY" =>
                string.Create(CultureInfo.InvariantCulture, $"XXXX-WXX-{(CalendarWords.Weekday(unit) == DayOfWeek.Sunday ? 7 : (int)CalendarWords.Weekday(unit))}"),
            _ => DurationValue(unit, n),
        };
        return new TimexResolution(Set, value);
    }

    private static TimexResolution? NormalizeSetAdjective(Match m, TimexContext ctx)
    {
        var adj = m.Groups["adj"].Value;
        var value = adj switch
        {
            "daily" or "nightly" => "P1D",
            "weekly" => "P1W",
            "monthly" => "P1M",
            "quarterly" => "P3M",
            "hourly" => "PT1H",
            "biannual" => "P6M",
            "biennial" => "P2Y",
            _ => "P1Y",
        };
        // An annual profit is an amount over one year (a duration); an annual conference recurs (a set).
        var noun = m.Groups["noun"].Value.ToUpperInvariant();
        var amountOverPeriod = adj is "annual" && noun is "PROFIT" or "PROFITS" or "LOSS" or "LOSSES" or "REVENUE" or "REVENUES" or "SALES"
            or "INCOME" or "EARNINGS" or "BUDGET" or "GROWTH" or "RATE" or "OUTPUT" or "PRODUCTION" or "DEFICIT" or "SURPLUS" or "TURNOVER" or "SALARY" or "INFLATION";
        return new TimexResolution(amountOverPeriod ? Duration : Set, value);
    }

    private static bool AcceptPresentRef(Match m, string text)
    {
        var w = m.Groups["w"].Value;
        if (w is "current" or "ongoing")
        {
            // Only as an attribute of a situation ("the current crisis"), not of a role ("current chief executive").
            var next = FollowingWord(text, m.Index + m.Length).ToUpperInvariant();
            return next is "CRISIS" or "STATE" or "SITUATION" or "ECONOMIC" or "ECONOMY" or "CLIMATE" or "ENVIRONMENT" or "RECESSION"
                or "DOWNTURN" or "CONDITIONS" or "MARKET" or "FINANCIAL" or "WEAKENED" or "WEAKNESS" or "TURMOIL" or "PERIOD" or "LEVEL" or "LEVELS"
                or "TREND" or "YEAR" or "DEBATE" or "CONFLICT" or "INVESTIGATION" or "TALKS" or "NEGOTIATIONS" || w == "ongoing";
        }
        if (w is "now" or "Now")
        {
            // "now that", "just now" stay; "Now," as a discourse marker opening a sentence does not name a time.
            var after = text.AsSpan(m.Index + m.Length);
            if (w == "Now" && after.Length > 0 && after[0] == ',') return false;
        }
        return true;
    }
}
