using AngleSharp.Html.Parser;
using BriefingBot.Ingest.Reading;

namespace BriefingBot.Ingest.Web;

/// <summary>
/// A web page to an article: SmartReader finds the main content, title, byline and site name; publication metadata
/// and the canonical link come from the page head (<see cref="PageMetadata"/>); <see cref="PageTextCleaner"/>
/// then removes what readability extraction leaves behind.
/// </summary>
public static class PageExtractor
{
    /// <exception cref="FormatException">No article text could be found in the page.</exception>
    public static ExtractedPage Extract(string html, Uri pageUrl)
    {
        ArgumentNullException.ThrowIfNull(html);
        ArgumentNullException.ThrowIfNull(pageUrl);
        var parser = new HtmlParser();
        var document = parser.ParseDocument(html);
        var warnings = new List<string>();
        var canonical = PageMetadata.CanonicalUrl(document, pageUrl);
        var published = PageMetadata.Published(document);
        var jsonLdAuthors = PageMetadata.JsonLdAuthors(document);

        SmartReader.Article? article = null;
        try
        {
            article = new SmartReader.Reader(pageUrl.ToString(), document).GetArticle();
        }
        catch (Exception ex) when (ex is InvalidOperationException or ArgumentException or FormatException or NullReferenceException)
        {
            warnings.Add($"readability extraction failed ({ex.Message}); the whole page text was used");
        }

        string raw;
        if (article is { IsReadable: true } && !string.IsNullOrWhiteSpace(article.Content))
        {
            raw = HtmlText.ToParagraphs(parser.ParseDocument(article.Content).Body!);
        }
        else
        {
            if (article is not null) warnings.Add("no main article found; the whole page text was used");
            var fresh = parser.ParseDocument(html);
            raw = fresh.Body is null ? string.Empty : HtmlText.ToParagraphs(fresh.Body);
        }

        var title = Blank(article?.Title) ?? Blank(document.QuerySelector("meta[property='og:title']")?.GetAttribute("content")) ?? Blank(document.Title);
        var cleaned = PageTextCleaner.Clean(WithoutLeadingTitle(raw, title));
        if (string.IsNullOrWhiteSpace(cleaned.Text)) throw new FormatException("no article text found in the page");

        var authors = jsonLdAuthors.Count > 0 ? jsonLdAuthors
            : (Blank(article?.Byline) ?? Blank(article?.Author)) is { } byline && PageTextCleaner.Clean("By " + StripBy(byline)).Authors is { Count: > 0 } fromByline ? fromByline
            : cleaned.Authors;
        return new ExtractedPage(
            title,
            cleaned.Text,
            canonical,
            Blank(article?.SiteName) ?? Blank(document.QuerySelector("meta[property='og:site_name']")?.GetAttribute("content")),
            authors,
            published,
            PublishedDateResolver.FromDateline(raw),
            warnings);
    }

    /// <summary>HTML of a feed item's body to cleaned text, one paragraph per line.</summary>
    public static CleanedText TextOfFragment(string html)
    {
        ArgumentNullException.ThrowIfNull(html);
        var body = new HtmlParser().ParseDocument("<!doctype html><html><body>" + html + "</body></html>").Body;
        return PageTextCleaner.Clean(body is null ? string.Empty : HtmlText.ToParagraphs(body));
    }

    private static string StripBy(string byline) =>
        byline.StartsWith("by ", StringComparison.OrdinalIgnoreCase) ? byline[3..] : byline;

    private static string WithoutLeadingTitle(string body, string? title)
    {
        if (title is null) return body;
        var firstEnd = body.IndexOf('\n', StringComparison.Ordinal);
        var first = firstEnd < 0 ? body : body[..firstEnd];
        return string.Equals(first.Trim(), title.Trim(), StringComparison.Ordinal) ? (firstEnd < 0 ? string.Empty : body[(firstEnd + 1)..]) : body;
    }

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
