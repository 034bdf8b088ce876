using System.Globalization;

namespace BriefingBot.Core.Time;

/// <summary>
/// Reads TIMEX3 date values (2025-01-26, 2025-09, 2025, 198 = the 1980s, 19 = the 20th century, 2025-W11,
/// 2025-Q1, 2025-SU) so timelines can sort them and every renderer describes them the same way, keeping the precision.
/// </summary>
public static class TimexValue
{
    private static readonly string[] MonthNames = CultureInfo.InvariantCulture.DateTimeFormat.AbbreviatedMonthNames;

    /// <summary>Parses a calendar date value; false for durations, *_REF and anything that is not a date.</summary>
    public static bool TryParse(string? value, out DateOnly start, out DatePrecision precision)
    {
        start = default;
        precision = DatePrecision.Year;
        if (string.IsNullOrEmpty(value) || !char.IsAsciiDigit(value[0])) return false;
        var parts = value.Split('-');
        var head = parts[0];
        if (!int.TryParse(head, NumberStyles.None, CultureInfo.InvariantCulture, out var n)) return false;
        switch (head.Length)
        {
            case 2 when parts.Length == 1:
                start = new DateOnly(Math.Max(1, n * 100), 1, 1);
                precision = DatePrecision.Century;
                return true;
            case 3 when parts.Length == 1:
                start = new DateOnly(Math.Max(1, n * 10), 1, 1);
                precision = DatePrecision.Decade;
                return true;
            case 4:
                break;
            default:
                return false;
        }
        var year = n;
        if (year < 1) return false;
        if (parts.Length == 1)
        {
            start = new DateOnly(year, 1, 1);
            precision = DatePrecision.Year;
            return true;
        }
        var second = parts[1];
        if (second.Length == 2 && int.TryParse(second, NumberStyles.None, CultureInfo.InvariantCulture, out var month) && month is >= 1 and <= 12)
        {
            if (parts.Length == 2)
            {
                start = new DateOnly(year, month, 1);
                precision = DatePrecision.Month;
                return true;
            }
            var dayPart = parts[2].Length >= 2 ? parts[2][..2] : parts[2];
            if (int.TryParse(dayPart, NumberStyles.None, CultureInfo.InvariantCulture, out var day) && day >= 1 && day <= DateTime.DaysInMonth(year, month))
            {
                start = new DateOnly(year, month, day);
                precision = parts[2].Length > 2 ? DatePrecision.Time : DatePrecision.Day;
                return true;
            }
            return false;
        }
        if (second.Length == 3 && second[0] == 'W' && int.TryParse(second.AsSpan(1), NumberStyles.None, CultureInfo.InvariantCulture, out var week) && week is >= 1 and <= 53)
        {
            start = DateOnly.FromDateTime(ISOWeek.ToDateTime(year, Math.Min(week, ISOWeek.GetWeeksInYear(year)), DayOfWeek.Monday));
            precision = DatePrecision.Week;
            return true;
        }
        if (second.Length == 2 && second[0] == 'Q' && second[1] is >= '1' and <= '4')
        {
            start = new DateOnly(year, ((second[1] - '1') * 3) + 1, 1);
            precision = DatePrecision.Quarter;
            return true;
        }
        int? seasonMonth = second switch { "WI" => 1, "SP" => 3, "SU" => 6, "FA" => 9, _ => null };
        if (seasonMonth is { } sm)
        {
            start = new DateOnly(year, sm, 1);
            precision = DatePrecision.Season;
            return true;
        }
        if (second is "H1" or "H2")
        {
            start = new DateOnly(year, second == "H1" ? 1 : 7, 1);
            precision = DatePrecision.Quarter;
            return true;
        }
        return false;
    }

    /// <summary>A key that orders dates by their first day, coarser dates first on ties.</summary>
    public static (DateOnly Start, DatePrecision Precision) SortKey(string value) =>
        TryParse(value, out var start, out var precision) ? (start, precision) : (DateOnly.MaxValue, DatePrecision.Year);

    /// <summary>Human wording that shows the precision: "26 Jan 2025", "Sep 2025", "2025", "the 1980s", "the 20th century".</summary>
    public static string Describe(string value)
    {
        if (!TryParse(value, out var start, out var precision)) return value;
        return precision switch
        {
            DatePrecision.Day or DatePrecision.Time => string.Create(CultureInfo.InvariantCulture, $"{start.Day} {MonthNames[start.Month - 1]} {start.Year}"),
            DatePrecision.Month => string.Create(CultureInfo.InvariantCulture, $"{MonthNames[start.Month - 1]} {start.Year}"),
            DatePrecision.Week => string.Create(CultureInfo.InvariantCulture, $"week {value[(value.IndexOf('W', StringComparison.Ordinal) + 1)..]} of {start.Year}"),
            DatePrecision.Quarter => value.Contains('H', StringComparison.Ordinal)
                ? string.Create(CultureInfo.InvariantCulture, $"{(start.Month == 1 ? "first" : "second")} half of {start.Year}")
                : string.Create(CultureInfo.InvariantCulture, $"Q{((start.Month - 1) / 3) + 1} {start.Year}"),
            DatePrecision.Season => string.Create(CultureInfo.InvariantCulture, $"{SeasonName(value)} {start.Year}"),
            DatePrecision.Decade => string.Create(CultureInfo.InvariantCulture, $"the {start.Year}s"),
            DatePrecision.Century => $"the {Ordinal((start.Year / 100) + 1)} century",
            _ => start.Year.ToString(CultureInfo.InvariantCulture),
        };
    }

    private static string SeasonName(string value) => value[^2..] switch
    {
        "WI" => "winter",
        "SP" => "spring",
        "SU" => "summer",
        _ => "autumn",
    };

    private static string Ordinal(int n)
    {
        var suffix = (n % 100) is 11 or 12 or 13 ? "th" : (n % 10) switch { 1 => "st", 2 => "nd", 3 => "rd", _ => "th" };
        return n.ToString(CultureInfo.InvariantCulture) + suffix;
    }
}
