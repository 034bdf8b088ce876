using System.Globalization;
using BriefingBot.Core.Time;

namespace BriefingBot.Discord.Rendering;

/// <summary>Shows a date exactly as precisely as it is known: "26 Jan 2025", "Jan 2025", "2025", "1980s", "20th century".</summary>
internal static class DiscordDates
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    public static string Format(PartialDate date) => date.Precision switch
    {
        DatePrecision.Day => date.Start.ToString("d MMM yyyy", Invariant),
        DatePrecision.Month => date.Start.ToString("MMM yyyy", Invariant),
        _ => date.Year.ToString(Invariant),
    };

    /// <summary>Formats a TIMEX3 value; anything unexpected is shown as given rather than guessed at.</summary>
    public static string Format(string value, DatePrecision precision)
    {
        ArgumentNullException.ThrowIfNull(value);
        var v = value.Trim();
        switch (precision)
        {
            case DatePrecision.Century when v.Length == 2 && int.TryParse(v, NumberStyles.None, Invariant, out var c):
                return Ordinal(c + 1) + " century";
            case DatePrecision.Decade when v.Length == 3 && int.TryParse(v, NumberStyles.None, Invariant, out var d):
                return string.Create(Invariant, $"{d}0s");
            case DatePrecision.Season when v.Length == 7 && v[4] == '-':
                var season = v[5..] switch { "SP" => "spring", "SU" => "summer", "FA" => "autumn", "WI" => "winter", _ => null };
                return season is null ? v : $"{season} {v[..4]}";
            case DatePrecision.Quarter when v.Length == 7 && v[4] == '-' && v[5] == 'Q':
                return $"{v[5..]} {v[..4]}";
            case DatePrecision.Week when v.Length == 8 && v[4] == '-' && v[5] == 'W':
                return $"week {v[6..].TrimStart('0')}, {v[..4]}";
            case DatePrecision.Time when v.Length >= 16 && v[10] == 'T' && PartialDate.TryParse(v[..10], out var day):
                return Format(day) + " " + v[11..16];
            default:
                return PartialDate.TryParse(v, out var date) && v.Length <= 10 ? Format(date) : v;
        }
    }

    private static string Ordinal(int n)
    {
        var suffix = (n % 100) is 11 or 12 or 13 ? "th" : (n % 10) switch { 1 => "st", 2 => "nd", 3 => "rd", _ => "th" };
        return n.ToString(Invariant) + suffix;
    }
}
