using System.Text.Json;
using AngleSharp.Html.Dom;
using BriefingBot.Core.Time;

namespace BriefingBot.Ingest.Web;

/// <summary>
/// Publication metadata of a page: JSON-LD <c>datePublished</c>, then Open Graph / schema.org / Dublin Core meta tags.
/// Deliberately not read: <c>dateModified</c>, <c>article:modified_time</c>, <c>og:updated_time</c> and bare
/// <c>&lt;time&gt;</c> elements, which on news pages usually date a related story in a sidebar.
/// </summary>
internal static class PageMetadata
{
    private static readonly string[] DateMeta =
    [
        "meta[property='article:published_time']", "meta[name='article:published_time']", "meta[itemprop='datePublished']",
        "time[itemprop='datePublished']", "meta[name='pubdate']", "meta[name='publish-date']", "meta[name='parsely-pub-date']",
        "meta[name='sailthru.date']", "meta[name='DC.date.issued']", "meta[name='dc.date']", "meta[name='date']",
    ];

    public static PartialDate? Published(IHtmlDocument document)
    {
        if (JsonLdPublished(document) is { } fromJsonLd) return fromJsonLd;
        foreach (var selector in DateMeta)
        {
            var element = document.QuerySelector(selector);
            var value = element?.GetAttribute("content") ?? element?.GetAttribute("datetime");
            if (PublishedDateResolver.FromMetadataValue(value) is { } date) return date;
        }
        return null;
    }

    public static string? CanonicalUrl(IHtmlDocument document, Uri pageUrl)
    {
        foreach (var (selector, attribute) in new[] { ("link[rel='canonical']", "href"), ("meta[property='og:url']", "content") })
        {
            var value = document.QuerySelector(selector)?.GetAttribute(attribute);
            if (string.IsNullOrWhiteSpace(value)) continue;
            if (Uri.TryCreate(pageUrl, value.Trim(), out var url) && (url.Scheme == Uri.UriSchemeHttp || url.Scheme == Uri.UriSchemeHttps))
                return url.ToString();
        }
        return null;
    }

    public static IReadOnlyList<string> JsonLdAuthors(IHtmlDocument document)
    {
        var names = new List<string>();
        foreach (var node in JsonLdArticles(document))
        {
            if (!node.TryGetProperty("author", out var author)) continue;
            foreach (var a in author.ValueKind == JsonValueKind.Array ? author.EnumerateArray().ToArray() : [author])
            {
                var name = a.ValueKind switch
                {
                    JsonValueKind.String => a.GetString(),
                    JsonValueKind.Object when a.TryGetProperty("name", out var n) && n.ValueKind == JsonValueKind.String => n.GetString(),
                    _ => null,
                };
                if (!string.IsNullOrWhiteSpace(name)) names.Add(name.Trim());
            }
            if (names.Count > 0) break;
        }
        return names.Distinct(StringComparer.Ordinal).ToList();
    }

    private static PartialDate? JsonLdPublished(IHtmlDocument document)
    {
        foreach (var node in JsonLdArticles(document))
        {
            if (node.TryGetProperty("datePublished", out var value) && value.ValueKind == JsonValueKind.String
                && PublishedDateResolver.FromMetadataValue(value.GetString()) is { } date)
                return date;
        }
        return null;
    }

    /// <summary>JSON-LD objects that carry article fields, including those nested in <c>@graph</c> and arrays.</summary>
    private static List<JsonElement> JsonLdArticles(IHtmlDocument document)
    {
        var found = new List<JsonElement>();
        foreach (var script in document.QuerySelectorAll("script[type='application/ld+json']"))
        {
            try
            {
                using var json = JsonDocument.Parse(script.TextContent, new JsonDocumentOptions { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip });
                Collect(json.RootElement.Clone(), found, depth: 0);
            }
            catch (JsonException)
            {
                // Broken JSON-LD is common; the meta tags are the fallback.
            }
        }
        return found;
    }

    private static void Collect(JsonElement element, List<JsonElement> found, int depth)
    {
        if (depth > 4) return;
        switch (element.ValueKind)
        {
            case JsonValueKind.Array:
                foreach (var item in element.EnumerateArray()) Collect(item, found, depth + 1);
                break;
            case JsonValueKind.Object:
                if (element.TryGetProperty("datePublished", out _) || element.TryGetProperty("author", out _)) found.Add(element);
                if (element.TryGetProperty("@graph", out var graph)) Collect(graph, found, depth + 1);
                break;
        }
    }
}
