using System.Globalization;
using System.Text.RegularExpressions;
using BriefingBot.Core.Time;

namespace BriefingBot.Ingest.Web;

/// <summary>
/// Picks an article's publication date: the feed item's, then the page's publication metadata, then a date in the
/// URL path, then a dateline at the top of the text, and the feed item's "updated" time last. Each candidate is
/// taken as a calendar date in the publisher's own offset (23:30 -05:00 on the 28th stays the 28th) and rejected
/// when it lies in the future. Modification dates, dates deep in the text (event dates) and years alone in a URL
/// are never publication dates.
/// </summary>
public static partial class PublishedDateResolver
{
    /// <summary>Lines at the top of the text where a dateline may stand.</summary>
    private const int DatelineLines = 3;

    private const int DatelineMaxLength = 120;

    /// <summary>Clock skew and time zones: a date up to a day ahead of now is accepted.</summary>
    private static readonly TimeSpan FutureTolerance = TimeSpan.FromDays(1);

    private static readonly string[] TextDateFormats =
    [
        "MMMM d, yyyy", "MMMM d yyyy", "MMM d, yyyy", "MMM d yyyy", "MMM. d, yyyy", "d MMMM yyyy", "d MMM yyyy", "d MMM. yyyy", "yyyy-MM-dd",
    ];

    /// <param name="dateline">A date read by <see cref="FromDateline"/> from the top of the text (before cleaning).</param>
    public static ResolvedDate? Resolve(DateTimeOffset? feedPublished, PartialDate? pageMetadata, string? url, PartialDate? dateline, DateTimeOffset? feedUpdated, DateTimeOffset now)
    {
        if (feedPublished is { } fp && NotFuture(FromInstant(fp), now) is { } fromFeed) return new(fromFeed, DateOrigin.FeedItem);
        if (pageMetadata is { } pm && NotFuture(pm, now) is { } fromMeta) return new(fromMeta, DateOrigin.PageMetadata);
        if (FromUrl(url) is { } u && NotFuture(u, now) is { } fromUrl) return new(fromUrl, DateOrigin.UrlPattern);
        if (dateline is { } d && NotFuture(d, now) is { } fromText) return new(fromText, DateOrigin.Dateline);
        if (feedUpdated is { } fu && NotFuture(FromInstant(fu), now) is { } updated) return new(updated, DateOrigin.FeedItemUpdated);
        return null;
    }

    /// <summary>The calendar date in the offset the publisher wrote, not in UTC.</summary>
    public static PartialDate FromInstant(DateTimeOffset instant) => new(instant.Year, instant.Month, instant.Day);

    /// <summary>A date-time or date from page metadata (ISO 8601 or RFC 822), in the publisher's offset.</summary>
    public static PartialDate? FromMetadataValue(string? value)
    {
        if (string.IsNullOrWhiteSpace(value)) return null;
        var s = value.Trim();
        if (s.Length >= 10 && PartialDate.TryParse(s[..10], out var day) && (s.Length == 10 || s[10] is 'T' or ' '))
            return day; // the date as written, before any offset conversion
        return Feeds.FeedDates.TryParse(s, out var instant) ? FromInstant(instant) : null;
    }

    /// <summary><c>/2025/11/28/</c>, <c>/2025/11/</c>, <c>/2025-11-28</c>, <c>/20251128/</c>; a year alone is a topic, not a date.</summary>
    public static PartialDate? FromUrl(string? url)
    {
        if (url is null || !Uri.TryCreate(url, UriKind.Absolute, out var uri)) return null;
        var path = uri.AbsolutePath;
        var match = UrlDate().Match(path);
        if (!match.Success) return null;
        var year = int.Parse(match.Groups["y"].Value, CultureInfo.InvariantCulture);
        var month = int.Parse(match.Groups["m"].Value, CultureInfo.InvariantCulture);
        int? dayOfMonth = match.Groups["d"].Success ? int.Parse(match.Groups["d"].Value, CultureInfo.InvariantCulture) : null;
        if (year < 1990 || month is < 1 or > 12) return null;
        if (dayOfMonth is { } dd && (dd < 1 || dd > DateTime.DaysInMonth(year, month))) return null;
        return new PartialDate(year, month, dayOfMonth);
    }

    /// <summary>A full date on a short line at the top ("By Ana Ruiz | November 28, 2025"), or after "Published".</summary>
    public static PartialDate? FromDateline(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        var lines = text.Split('\n', DatelineLines + 1);
        for (var i = 0; i < Math.Min(lines.Length, DatelineLines); i++)
        {
            var line = lines[i].Trim();
            if (line.Length > DatelineMaxLength && !line.StartsWith("Published", StringComparison.OrdinalIgnoreCase)) continue;
            if (ModifiedLine().IsMatch(line)) continue;
            foreach (Match candidate in TextDate().Matches(line))
            {
                var s = candidate.Value.Replace("  ", " ", StringComparison.Ordinal);
                if (DateTime.TryParseExact(s, TextDateFormats, CultureInfo.InvariantCulture, DateTimeStyles.AllowWhiteSpaces, out var date))
                    return new PartialDate(date.Year, date.Month, date.Day);
            }
        }
        return null;
    }

    private static PartialDate? NotFuture(PartialDate date, DateTimeOffset now) => date.Start <= now + FutureTolerance ? date : null;

    [GeneratedRegex(@"/(?<y>(?:19|20)\d{2})(?:/(?<m>\d{1,2})(?:/(?<d>\d{1,2}))?(?=/|$)|-(?<m>\d{2})-(?<d>\d{2})(?=[/\-_.]|$)|(?<m>\d{2})(?<d>\d{2})(?=/|$))", RegexOptions.CultureInvariant)]
    private static partial Regex UrlDate();

    [GeneratedRegex(@"\b(?:(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2},?\s+(?:19|20)\d{2}|\d{1,2}\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+(?:19|20)\d{2}|(?:19|20)\d{2}-\d{2}-\d{2})\b", RegexOptions.CultureInvariant)]
    private static partial Regex TextDate();

    [GeneratedRegex(@"^\s*(?:last\s+)?(?:updated|modified|edited)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ModifiedLine();
}
