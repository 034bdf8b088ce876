using System.Security.Cryptography;
using System.ServiceModel.Syndication;
using System.Text;
using System.Text.Json;
using System.Xml;

namespace BriefingBot.Ingest.Feeds;

/// <summary>
/// Reads RSS 2.0 and Atom 1.0 (System.ServiceModel.Syndication) and JSON Feed 1.x. XML is read without DTDs or
/// external entities, so a hostile feed cannot expand entities or reach files and URLs.
/// </summary>
public static class FeedParser
{
    private const string ContentModule = "http://purl.org/rss/1.0/modules/content/";
    private const string DublinCore = "http://purl.org/dc/elements/1.1/";

    /// <summary>The format of <paramref name="text"/> if it is a feed, else null (an HTML page, say).</summary>
    public static FeedFormat? Detect(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var s = text.AsSpan().TrimStart();
        if (s.StartsWith("{")) return LooksLikeJsonFeed(text) ? FeedFormat.JsonFeed : null;
        if (!s.StartsWith("<")) return null;
        try
        {
            using var reader = CreateXmlReader(text);
            reader.MoveToContent();
            return reader.LocalName switch
            {
                "rss" => FeedFormat.Rss20,
                "feed" when reader.NamespaceURI == "http://www.w3.org/2005/Atom" => FeedFormat.Atom10,
                _ => null,
            };
        }
        catch (XmlException)
        {
            return null;
        }
    }

    /// <exception cref="FeedFormatException">Not a feed, or a broken one.</exception>
    public static ParsedFeed Parse(string text, Uri? baseUrl = null)
    {
        var format = Detect(text) ?? throw new FeedFormatException("not an RSS 2.0, Atom 1.0 or JSON Feed document");
        try
        {
            return format == FeedFormat.JsonFeed ? ParseJson(text, baseUrl) : ParseXml(text, format, baseUrl);
        }
        catch (Exception ex) when (ex is XmlException or JsonException or FormatException or InvalidOperationException or ArgumentException)
        {
            throw new FeedFormatException($"broken {format} feed: {ex.Message}", ex);
        }
    }

    private static XmlReader CreateXmlReader(string text) => XmlReader.Create(new StringReader(text), new XmlReaderSettings
    {
        DtdProcessing = DtdProcessing.Ignore,
        XmlResolver = null,
        MaxCharactersFromEntities = 1024,
        IgnoreComments = true,
    });

    private static ParsedFeed ParseXml(string text, FeedFormat format, Uri? baseUrl)
    {
        using var reader = CreateXmlReader(text);
        SyndicationFeedFormatter formatter = format == FeedFormat.Rss20
            ? new Rss20FeedFormatter { DateTimeParser = FeedDates.TryParse }
            : new Atom10FeedFormatter { DateTimeParser = FeedDates.TryParse };
        formatter.ReadFrom(reader);
        var feed = formatter.Feed;
        var items = feed.Items.Select(i => FromSyndication(i, baseUrl)).ToList();
        return new ParsedFeed(format, feed.Title?.Text, items);
    }

    private static FeedItem FromSyndication(SyndicationItem item, Uri? baseUrl)
    {
        var link = item.Links.FirstOrDefault(l => l.RelationshipType is null or "alternate")?.Uri ?? item.Links.FirstOrDefault()?.Uri;
        var url = Absolute(link?.ToString(), item.BaseUri ?? baseUrl);
        var contentHtml = Extension(item, "encoded", ContentModule) ?? (item.Content as TextSyndicationContent)?.Text;
        var authors = item.Authors.Select(a => a.Name ?? a.Email).OfType<string>().ToList();
        if (authors.Count == 0 && Extension(item, "creator", DublinCore) is { } creator) authors.Add(creator);
        var title = item.Title?.Text;
        return new FeedItem(
            Key: Blank(item.Id) ?? url ?? "title:" + Hash(title ?? string.Empty),
            Url: url,
            Title: Blank(title),
            ContentHtml: Blank(contentHtml),
            SummaryHtml: Blank(item.Summary?.Text),
            ContentText: null,
            Published: Known(item.PublishDate),
            Updated: Known(item.LastUpdatedTime),
            Authors: authors.Select(a => a.Trim()).Where(a => a.Length > 0).Distinct(StringComparer.Ordinal).ToList());
    }

    private static string? Extension(SyndicationItem item, string name, string ns)
    {
        var extension = item.ElementExtensions.FirstOrDefault(e => e.OuterName == name && e.OuterNamespace == ns);
        return extension?.GetObject<string>();
    }

    private static bool LooksLikeJsonFeed(string text)
    {
        try
        {
            using var document = JsonDocument.Parse(text);
            return document.RootElement.ValueKind == JsonValueKind.Object
                && document.RootElement.TryGetProperty("version", out var version) && version.ValueKind == JsonValueKind.String
                && version.GetString()!.StartsWith("https://jsonfeed.org/version/", StringComparison.OrdinalIgnoreCase);
        }
        catch (JsonException)
        {
            return false;
        }
    }

    private static ParsedFeed ParseJson(string text, Uri? baseUrl)
    {
        using var document = JsonDocument.Parse(text);
        var root = document.RootElement;
        var items = new List<FeedItem>();
        if (root.TryGetProperty("items", out var array) && array.ValueKind == JsonValueKind.Array)
        {
            foreach (var item in array.EnumerateArray())
            {
                if (item.ValueKind != JsonValueKind.Object) continue;
                var url = Absolute(String(item, "url") ?? String(item, "external_url"), baseUrl);
                var title = String(item, "title");
                var authors = new List<string>();
                if (item.TryGetProperty("authors", out var list) && list.ValueKind == JsonValueKind.Array)
                    authors.AddRange(list.EnumerateArray().Where(a => a.ValueKind == JsonValueKind.Object).Select(a => String(a, "name")).OfType<string>());
                if (authors.Count == 0 && item.TryGetProperty("author", out var one) && one.ValueKind == JsonValueKind.Object && String(one, "name") is { } name)
                    authors.Add(name);
                items.Add(new FeedItem(
                    Key: String(item, "id") ?? url ?? "title:" + Hash(title ?? string.Empty),
                    Url: url,
                    Title: title,
                    ContentHtml: String(item, "content_html"),
                    SummaryHtml: String(item, "summary"),
                    ContentText: String(item, "content_text"),
                    Published: FeedDates.TryParse(String(item, "date_published"), out var published) ? published : null,
                    Updated: FeedDates.TryParse(String(item, "date_modified"), out var modified) ? modified : null,
                    Authors: authors));
            }
        }
        return new ParsedFeed(FeedFormat.JsonFeed, String(root, "title"), items);
    }

    private static string? String(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind is JsonValueKind.String or JsonValueKind.Number
            ? Blank(value.ValueKind == JsonValueKind.String ? value.GetString() : value.GetRawText())
            : null;

    private static string? Absolute(string? url, Uri? baseUrl)
    {
        if (string.IsNullOrWhiteSpace(url)) return null;
        // "/news/x" parses as an absolute file: URI on Unix; only http(s) counts as absolute here.
        if (Uri.TryCreate(url.Trim(), UriKind.Absolute, out var absolute) && (absolute.Scheme == Uri.UriSchemeHttp || absolute.Scheme == Uri.UriSchemeHttps))
            return absolute.ToString();
        return baseUrl is not null && Uri.TryCreate(baseUrl, url.Trim(), out var resolved) && resolved.Scheme is "http" or "https" ? resolved.ToString() : null;
    }

    private static DateTimeOffset? Known(DateTimeOffset value) => value == default || value == DateTimeOffset.MinValue ? null : value;

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    private static string Hash(string value) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(value)))[..16];
}
