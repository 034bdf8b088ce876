using System.Globalization;
using BriefingBot.Core.Time;

namespace BriefingBot.Nlp.Temporal;

/// <summary>
/// A calendar point known to some precision: the day is kept for arithmetic, the precision says how
/// much of it is meaningful (a month reference keeps day 1 but prints as YYYY-MM).
/// </summary>
internal readonly record struct DateRef(DateOnly Date, DatePrecision Precision)
{
    public static DateRef From(PartialDate date) => new(new DateOnly(date.Year, date.Month ?? 1, date.Day ?? 1), date.Precision);

    public static DateRef Day(int year, int month, int day) => new(new DateOnly(year, month, day), DatePrecision.Day);

    public static DateRef Month(int year, int month) => new(new DateOnly(year, month, 1), DatePrecision.Month);

    public static DateRef Year(int year) => new(new DateOnly(year, 1, 1), DatePrecision.Year);

    public int Year4 => Date.Year;

    /// <summary>The same point at a coarser precision (never finer than what is known).</summary>
    public DateRef AtMost(DatePrecision precision) => precision < Precision ? this with { Precision = precision } : this;

    /// <summary>Moves by whole calendar units; the result is no finer than this reference.</summary>
    public DateRef Shift(char unit, int amount) => unit switch
    {
        'Y' => this with { Date = Date.AddYears(amount) },
        'M' => this with { Date = Date.AddMonths(amount) },
        'W' => this with { Date = Date.AddDays(7 * amount) },
        'D' => this with { Date = Date.AddDays(amount) },
        'E' => this with { Date = Date.AddYears(10 * amount) },
        'C' => this with { Date = Date.AddYears(100 * amount) },
        'Q' => this with { Date = Date.AddMonths(3 * amount) },
        _ => this,
    };

    public string Value => Precision switch
    {
        DatePrecision.Day or DatePrecision.Time => Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        DatePrecision.Month => Date.ToString("yyyy-MM", CultureInfo.InvariantCulture),
        DatePrecision.Week => string.Create(CultureInfo.InvariantCulture,
            $"{ISOWeek.GetYear(Date.ToDateTime(TimeOnly.MinValue)):D4}-W{ISOWeek.GetWeekOfYear(Date.ToDateTime(TimeOnly.MinValue)):D2}"),
        DatePrecision.Quarter => string.Create(CultureInfo.InvariantCulture, $"{Date.Year:D4}-Q{((Date.Month - 1) / 3) + 1}"),
        DatePrecision.Season => string.Create(CultureInfo.InvariantCulture, $"{Date.Year:D4}-{SeasonCode(Date.Month)}"),
        DatePrecision.Decade => (Date.Year / 10).ToString("D3", CultureInfo.InvariantCulture),
        DatePrecision.Century => (Date.Year / 100).ToString("D2", CultureInfo.InvariantCulture),
        _ => Date.Year.ToString("D4", CultureInfo.InvariantCulture),
    };

    private static string SeasonCode(int month) => month switch
    {
        3 or 4 or 5 => "SP",
        6 or 7 or 8 => "SU",
        9 or 10 or 11 => "FA",
        _ => "WI",
    };
}
