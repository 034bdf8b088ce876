using System.Buffers;
using System.Collections.Frozen;

namespace BriefingBot.Nlp.Temporal;

/// <summary>
/// Words without which a rule cannot match (every alternative of its pattern contains one of them). Checking these
/// with one vectorized search per rule lets the tagger skip most of its 30-odd regular expressions on a typical
/// article: the patterns open with optional prefixes, so the regex engine would otherwise try them at every word.
/// A rule without an entry always runs, so a new rule is never silently skipped.
/// </summary>
internal static class TimexTriggers
{
    private static readonly SearchValues<string> MonthNames = Words(StringComparison.Ordinal,
        "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec");

    private static readonly SearchValues<string> Units = Words(StringComparison.OrdinalIgnoreCase,
        "year", "month", "week", "day", "hour", "minute", "second", "decade", "centur", "quarter", "fortnight");

    private static readonly FrozenDictionary<string, SearchValues<string>> ByRule = new Dictionary<string, SearchValues<string>>(StringComparer.Ordinal)
    {
        ["month-day-year"] = MonthNames,
        ["day-month-year"] = MonthNames,
        ["month-day"] = MonthNames,
        ["day-month"] = MonthNames,
        ["month-year"] = MonthNames,
        ["month"] = MonthNames,
        ["quarter"] = Words(StringComparison.OrdinalIgnoreCase, "quarter", "half"),
        ["quarter-code"] = Words(StringComparison.Ordinal, "Q"),
        ["fiscal-year"] = Words(StringComparison.OrdinalIgnoreCase, "FY", "fiscal", "financial"),
        ["century"] = Words(StringComparison.OrdinalIgnoreCase, "century"),
        ["decade"] = Words(StringComparison.OrdinalIgnoreCase, "0s", "0's", "0’s", "ties"),
        ["season"] = Words(StringComparison.OrdinalIgnoreCase, "spring", "summer", "autumn", "fall", "winter"),
        ["holiday"] = Words(StringComparison.Ordinal, "Christmas", "New", "Halloween", "Valentine"),
        ["set-every"] = Words(StringComparison.OrdinalIgnoreCase, "year", "month", "week", "day", "hour", "minute", "quarter", "decade", "morning", "evening", "night"),
        ["relative-unit"] = Words(StringComparison.OrdinalIgnoreCase, "week", "month", "year", "quarter", "decade", "century"),
        ["unit-before-after"] = Words(StringComparison.OrdinalIgnoreCase, "before", "after", "earlier", "later", "previous", "prior"),
        ["the-day"] = Words(StringComparison.OrdinalIgnoreCase, "day"),
        ["day-word"] = Words(StringComparison.OrdinalIgnoreCase, "today", "tonight", "yesterday", "tomorrow"),
        ["part-of-day"] = Words(StringComparison.OrdinalIgnoreCase, "morning", "afternoon", "evening", "night"),
        ["weekday"] = Words(StringComparison.Ordinal, "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"),
        ["duration"] = Units,
        ["the-unit"] = Words(StringComparison.OrdinalIgnoreCase, "week", "month", "year"),
        ["named-time"] = Words(StringComparison.OrdinalIgnoreCase, "noon", "midnight", "midday"),
        ["vague-duration"] = Words(StringComparison.OrdinalIgnoreCase, "years", "months", "weeks", "days", "hours", "minutes", "decades", "centuries"),
        ["set-adjective"] = Words(StringComparison.OrdinalIgnoreCase, "daily", "weekly", "monthly", "yearly", "annual", "quarterly", "hourly", "nightly", "biannual", "biennial"),
        ["short-year"] = Words(StringComparison.Ordinal, "'", "’"),
        ["numeric-date"] = Words(StringComparison.Ordinal, "/"),
        ["iso-date"] = Words(StringComparison.Ordinal, "-"),
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>False only when <paramref name="rule"/> cannot match anywhere in <paramref name="text"/>.</summary>
    public static bool MayMatch(string rule, ReadOnlySpan<char> text) =>
        !ByRule.TryGetValue(rule, out var words) || text.IndexOfAny(words) >= 0;

    private static SearchValues<string> Words(StringComparison comparison, params string[] words) => SearchValues.Create(words, comparison);
}
