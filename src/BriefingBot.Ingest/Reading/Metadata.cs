using System.Globalization;
using BriefingBot.Core.Time;

namespace BriefingBot.Ingest.Reading;

/// <summary>
/// Document metadata shared by front matter and JSON. Field names are matched loosely (case, '_' and '-' ignored),
/// so <c>published_approximate</c>, <c>publishedApproximate</c> and <c>PublishedApproximate</c> are one field.
/// </summary>
internal sealed record Metadata
{
    public string? Title { get; init; }
    public string? Url { get; init; }
    public string? Source { get; init; }
    public string? Id { get; init; }
    public PartialDate? Published { get; init; }
    public bool PublishedApproximate { get; init; }
    public IReadOnlyList<string> Authors { get; init; } = [];
    public int? SummarySentences { get; init; }
    public IReadOnlyList<string> Warnings { get; init; } = [];

    public static Metadata Empty { get; } = new();

    /// <summary>Reads known fields from values that are strings, booleans, numbers or lists of those.</summary>
    public static Metadata FromFields(IEnumerable<KeyValuePair<string, object?>> fields)
    {
        var byKey = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var (key, value) in fields) byKey.TryAdd(Normalize(key), value);

        var warnings = new List<string>();
        var publishedText = First(byKey, "published", "dct", "date", "publishedat", "pubdate");
        PartialDate? published = null;
        if (!string.IsNullOrWhiteSpace(publishedText))
        {
            if (PartialDate.TryParse(publishedText, out var date)) published = date;
            else warnings.Add($"unreadable publication date '{publishedText}' (expected YYYY, YYYY-MM or YYYY-MM-DD); the date will be inferred");
        }

        int? summarySentences = null;
        var summaryText = First(byKey, "summarysentences");
        if (summaryText is not null)
        {
            if (int.TryParse(summaryText, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n > 0) summarySentences = n;
            else warnings.Add($"ignored summarySentences '{summaryText}' (expected a positive whole number)");
        }

        return new Metadata
        {
            Title = Clean(First(byKey, "title", "headline")),
            Url = Clean(First(byKey, "url", "link", "canonicalurl")),
            Source = Clean(First(byKey, "source", "sitename", "publisher", "outlet")),
            Id = Clean(First(byKey, "id")),
            Published = published,
            PublishedApproximate = published is not null && IsTrue(First(byKey, "publishedapproximate", "dateapproximate")),
            Authors = ReadAuthors(byKey),
            SummarySentences = summarySentences,
            Warnings = warnings,
        };
    }

    private static string Normalize(string key) =>
        key.Replace("_", string.Empty, StringComparison.Ordinal).Replace("-", string.Empty, StringComparison.Ordinal).ToLowerInvariant();

    private static string? First(Dictionary<string, object?> fields, params string[] keys)
    {
        foreach (var key in keys)
        {
            if (fields.TryGetValue(key, out var value) && AsText(value) is { } text) return text;
        }
        return null;
    }

    private static string? AsText(object? value) => value switch
    {
        null => null,
        string s => s,
        bool b => b ? "true" : "false",
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => null,
    };

    private static string? Clean(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    private static bool IsTrue(string? value) => value is not null && value.Trim().ToLowerInvariant() is "true" or "yes" or "1";

    private static List<string> ReadAuthors(Dictionary<string, object?> fields)
    {
        var value = fields.GetValueOrDefault("authors") ?? fields.GetValueOrDefault("author") ?? fields.GetValueOrDefault("byline");
        var names = value switch
        {
            string s => SplitNames(s),
            System.Collections.IEnumerable list => list.Cast<object?>().Select(AsText).SelectMany(n => n is null ? [] : SplitNames(n)),
            _ => [],
        };
        return names.Distinct(StringComparer.Ordinal).ToList();
    }

    /// <summary>"By Ana Ruiz and Li Wei" → ["Ana Ruiz", "Li Wei"].</summary>
    internal static IEnumerable<string> SplitNames(string text)
    {
        var s = text.Trim();
        if (s.StartsWith("by ", StringComparison.OrdinalIgnoreCase)) s = s[3..];
        return s.Split([",", ";", " and ", " & "], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Where(n => n.Length > 0);
    }
}
