using System.Globalization;
using System.Text.RegularExpressions;

namespace BriefingBot.Ingest.Sources;

/// <summary>Poll intervals as people write them: <c>90s</c>, <c>15m</c>, <c>1h30m</c>, <c>1d</c>, or <c>hh:mm:ss</c>.</summary>
public static partial class IntervalText
{
    public static bool TryParse(string? text, out TimeSpan interval)
    {
        interval = default;
        if (string.IsNullOrWhiteSpace(text)) return false;
        var s = text.Trim();
        if (s.Contains(':', StringComparison.Ordinal))
            return TimeSpan.TryParse(s, CultureInfo.InvariantCulture, out interval) && interval > TimeSpan.Zero;
        var match = Units().Match(s);
        if (!match.Success) return false;
        var total = TimeSpan.Zero;
        foreach (Capture part in match.Groups["part"].Captures)
        {
            var unit = char.ToLowerInvariant(part.Value[^1]);
            if (!int.TryParse(part.Value.AsSpan(0, part.Value.Length - 1), NumberStyles.None, CultureInfo.InvariantCulture, out var n)) return false;
            total += unit switch
            {
                's' => TimeSpan.FromSeconds(n),
                'm' => TimeSpan.FromMinutes(n),
                'h' => TimeSpan.FromHours(n),
                _ => TimeSpan.FromDays(n),
            };
        }
        interval = total;
        return total > TimeSpan.Zero;
    }

    public static string Format(TimeSpan interval)
    {
        if (interval.TotalDays >= 1 && interval.Ticks % TimeSpan.TicksPerDay == 0) return string.Create(CultureInfo.InvariantCulture, $"{(int)interval.TotalDays}d");
        if (interval.Ticks % TimeSpan.TicksPerHour == 0) return string.Create(CultureInfo.InvariantCulture, $"{(int)interval.TotalHours}h");
        if (interval.Ticks % TimeSpan.TicksPerMinute == 0) return string.Create(CultureInfo.InvariantCulture, $"{(int)interval.TotalMinutes}m");
        return string.Create(CultureInfo.InvariantCulture, $"{(long)interval.TotalSeconds}s");
    }

    [GeneratedRegex(@"^(?:(?<part>\d{1,6}[smhdSMHD]))+$", RegexOptions.CultureInvariant)]
    private static partial Regex Units();
}
