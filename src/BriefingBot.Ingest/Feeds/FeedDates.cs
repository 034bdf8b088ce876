using System.Globalization;
using System.ServiceModel.Syndication;

namespace BriefingBot.Ingest.Feeds;

/// <summary>
/// Lenient feed dates: RFC 822 as feeds really write it (named zones such as EST, missing weekday, single-digit
/// days, two-digit years) and ISO 8601. The formatter's strict parser throws on these, failing the whole feed.
/// </summary>
internal static class FeedDates
{
    private static readonly Dictionary<string, string> Zones = new(StringComparer.OrdinalIgnoreCase)
    {
        ["UT"] = "+0000", ["UTC"] = "+0000", ["GMT"] = "+0000", ["Z"] = "+0000",
        ["EST"] = "-0500", ["EDT"] = "-0400", ["CST"] = "-0600", ["CDT"] = "-0500",
        ["MST"] = "-0700", ["MDT"] = "-0600", ["PST"] = "-0800", ["PDT"] = "-0700",
        ["CET"] = "+0100", ["CEST"] = "+0200", ["BST"] = "+0100", ["IST"] = "+0530", ["JST"] = "+0900",
    };

    private static readonly string[] Formats =
    [
        "d MMM yyyy HH:mm:ss zzz", "d MMM yyyy HH:mm zzz", "d MMM yy HH:mm:ss zzz", "d MMM yy HH:mm zzz",
        "d MMMM yyyy HH:mm:ss zzz", "d MMM yyyy", "yyyy-MM-dd",
    ];

    public static bool TryParse(XmlDateTimeData data, out DateTimeOffset value) => TryParse(data.DateTimeString, out value);

    public static bool TryParse(string? text, out DateTimeOffset value)
    {
        value = default;
        if (string.IsNullOrWhiteSpace(text)) return false;
        var s = text.Trim();
        if (DateTimeOffset.TryParse(s, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AllowWhiteSpaces, out value)) return true;

        // RFC 822: drop the weekday, turn a named zone into an offset, "+0000" into "+00:00".
        var comma = s.IndexOf(',', StringComparison.Ordinal);
        if (comma >= 0) s = s[(comma + 1)..].Trim();
        var parts = s.Split(' ', StringSplitOptions.RemoveEmptyEntries).ToList();
        if (parts.Count >= 4)
        {
            var zone = parts[^1];
            if (Zones.TryGetValue(zone, out var offset)) zone = offset;
            if (zone.Length == 5 && zone[0] is '+' or '-') zone = zone[..3] + ":" + zone[3..];
            parts[^1] = zone;
        }
        s = string.Join(' ', parts);
        return DateTimeOffset.TryParseExact(s, Formats, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AllowWhiteSpaces, out value);
    }
}
