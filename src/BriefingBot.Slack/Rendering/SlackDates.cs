using System.Globalization;
using System.Text.RegularExpressions;
using BriefingBot.Core.Time;

namespace BriefingBot.Slack.Rendering;

/// <summary>Dates as precise as they are known: "26 Jan 2025", "Sep 2025", "2025", "the 1980s", never an invented day.</summary>
internal static partial class SlackDates
{
    private static readonly CultureInfo Culture = CultureInfo.InvariantCulture;

    public static string Format(PartialDate date) => date.Precision switch
    {
        DatePrecision.Day => new DateOnly(date.Year, date.Month!.Value, date.Day!.Value).ToString("d MMM yyyy", Culture),
        DatePrecision.Month => new DateOnly(date.Year, date.Month!.Value, 1).ToString("MMM yyyy", Culture),
        _ => date.Year.ToString("D4", Culture),
    };

    /// <summary>Formats a TIMEX3 value at its precision; anything unrecognised is shown as given.</summary>
    public static string Format(string timex, DatePrecision precision)
    {
        ArgumentNullException.ThrowIfNull(timex);
        var value = timex.Trim();
        switch (precision)
        {
            case DatePrecision.Century when value.Length >= 2 && int.TryParse(value[..2], NumberStyles.None, Culture, out var c):
                return $"the {c}00s";
            case DatePrecision.Decade when value.Length >= 3 && int.TryParse(value[..3], NumberStyles.None, Culture, out var d):
                return $"the {d}0s";
            case DatePrecision.Season when SeasonPattern().Match(value) is { Success: true } s:
                return $"{SeasonName(s.Groups[2].Value)} {s.Groups[1].Value}";
            case DatePrecision.Quarter when QuarterPattern().Match(value) is { Success: true } q:
                return $"Q{q.Groups[2].Value} {q.Groups[1].Value}";
            case DatePrecision.Week when WeekPattern().Match(value) is { Success: true } w:
                return $"week {int.Parse(w.Groups[2].Value, Culture)} of {w.Groups[1].Value}";
            case DatePrecision.Time when value.Length > 10 && PartialDate.TryParse(value[..10], out var day):
                return $"{Format(day)} {value[11..].TrimEnd('Z')}";
            default:
                return PartialDate.TryParse(value, out var partial) ? Format(partial) : value;
        }
    }

    private static string SeasonName(string code) => code switch
    {
        "SP" => "spring",
        "SU" => "summer",
        "FA" or "AU" => "autumn",
        "WI" => "winter",
        _ => code,
    };

    [GeneratedRegex(@"^(\d{4})-(SP|SU|FA|AU|WI)$")]
    private static partial Regex SeasonPattern();

    [GeneratedRegex(@"^(\d{4})-Q([1-4])$")]
    private static partial Regex QuarterPattern();

    [GeneratedRegex(@"^(\d{4})-W(\d{1,2})$")]
    private static partial Regex WeekPattern();
}
