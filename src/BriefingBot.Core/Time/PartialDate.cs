using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace BriefingBot.Core.Time;

/// <summary>
/// A calendar date known to year, month or day precision (news dates are often partial:
/// "published November 2025"). Keeps its precision end to end instead of inventing a day.
/// </summary>
public readonly record struct PartialDate : IComparable<PartialDate>
{
    public PartialDate(int year, int? month = null, int? day = null)
    {
        if (year is < 1 or > 9999) throw new ArgumentOutOfRangeException(nameof(year));
        if (month is < 1 or > 12) throw new ArgumentOutOfRangeException(nameof(month));
        if (day is not null && (month is null || day < 1 || day > DateTime.DaysInMonth(year, month.Value)))
            throw new ArgumentOutOfRangeException(nameof(day));
        Year = year;
        Month = month;
        Day = day;
    }

    public int Year { get; }
    public int? Month { get; }
    public int? Day { get; }

    public DatePrecision Precision => Day is not null ? DatePrecision.Day : Month is not null ? DatePrecision.Month : DatePrecision.Year;

    /// <summary>The first instant this date can denote, in UTC; used for ordering and recency.</summary>
    public DateTimeOffset Start => new(Year, Month ?? 1, Day ?? 1, 0, 0, 0, TimeSpan.Zero);

    public static PartialDate FromDate(DateOnly date) => new(date.Year, date.Month, date.Day);

    /// <summary>Parses <c>YYYY</c>, <c>YYYY-MM</c>, <c>YYYY-MM-DD</c>, or an ISO date-time (the date part is kept).</summary>
    public static bool TryParse([NotNullWhen(true)] string? text, out PartialDate date)
    {
        date = default;
        if (string.IsNullOrWhiteSpace(text)) return false;
        var s = text.Trim();
        if (s.Length > 10 && (s[10] == 'T' || s[10] == ' ')
            && DateTimeOffset.TryParse(s, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var instant))
        {
            date = new PartialDate(instant.Year, instant.Month, instant.Day);
            return true;
        }
        var parts = s.Split('-');
        if (parts.Length is < 1 or > 3) return false;
        if (!TryInt(parts[0], 4, out var y) || y < 1) return false;
        int? m = null, d = null;
        if (parts.Length >= 2)
        {
            if (!TryInt(parts[1], 2, out var mm) || mm is < 1 or > 12) return false;
            m = mm;
        }
        if (parts.Length == 3)
        {
            if (!TryInt(parts[2], 2, out var dd) || dd < 1 || dd > DateTime.DaysInMonth(y, m!.Value)) return false;
            d = dd;
        }
        date = new PartialDate(y, m, d);
        return true;
    }

    public static PartialDate Parse(string text) =>
        TryParse(text, out var d) ? d : throw new FormatException($"'{text}' is not a date of the form YYYY, YYYY-MM or YYYY-MM-DD.");

    private static bool TryInt(string s, int length, out int value)
    {
        value = 0;
        return s.Length == length && int.TryParse(s, NumberStyles.None, CultureInfo.InvariantCulture, out value);
    }

    public int CompareTo(PartialDate other)
    {
        var c = Start.CompareTo(other.Start);
        return c != 0 ? c : Precision.CompareTo(other.Precision);
    }

    public static bool operator <(PartialDate left, PartialDate right) => left.CompareTo(right) < 0;
    public static bool operator >(PartialDate left, PartialDate right) => left.CompareTo(right) > 0;
    public static bool operator <=(PartialDate left, PartialDate right) => left.CompareTo(right) <= 0;
    public static bool operator >=(PartialDate left, PartialDate right) => left.CompareTo(right) >= 0;

    public override string ToString() => Precision switch
    {
        DatePrecision.Day => string.Create(CultureInfo.InvariantCulture, $"{Year:D4}-{Month:D2}-{Day:D2}"),
        DatePrecision.Month => string.Create(CultureInfo.InvariantCulture, $"{Year:D4}-{Month:D2}"),
        _ => Year.ToString("D4", CultureInfo.InvariantCulture),
    };
}
