using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using BriefingBot.Core.Time;

namespace BriefingBot.Ingest.Reading;

/// <summary>
/// <c>.html</c>/<c>.htm</c>: SmartReader finds the main content, title, byline and publication date; the content is
/// flattened to one paragraph per line. <see cref="ReadDocument.Text"/> is that extracted text, so analysis offsets
/// point into it, not into the markup. Pages SmartReader does not find readable fall back to the whole body.
/// </summary>
internal sealed class HtmlReader : WholeFileReader
{
    private static readonly string[] DateMeta =
    [
        "meta[property='article:published_time']", "meta[name='article:published_time']", "meta[itemprop='datePublished']",
        "meta[name='date']", "meta[name='dc.date']", "meta[name='DC.date.issued']", "meta[name='pubdate']",
    ];

    public override IReadOnlyCollection<string> Extensions { get; } = [".html", ".htm"];

    public override IEnumerable<ReadEntry> Parse(string path, string text)
    {
        var document = new HtmlParser().ParseDocument(text);
        var url = Attribute(document, "link[rel='canonical']", "href") ?? Attribute(document, "meta[property='og:url']", "content");
        if (url is not null && !Uri.TryCreate(url, UriKind.Absolute, out _)) url = null;

        SmartReader.Article article;
        try
        {
            article = new SmartReader.Reader(url ?? new Uri(Path.GetFullPath(path)).AbsoluteUri, document).GetArticle();
        }
        catch (Exception ex) when (ex is InvalidOperationException or ArgumentException or FormatException or NullReferenceException)
        {
            return [ReadEntry.Failed(path, $"could not extract the article from the HTML: {ex.Message}")];
        }

        var warnings = new List<string>();
        string body;
        if (article.IsReadable && !string.IsNullOrWhiteSpace(article.Content))
        {
            body = HtmlText.ToParagraphs(new HtmlParser().ParseDocument(article.Content).Body!);
        }
        else
        {
            warnings.Add("no main article found; the whole page text was used");
            body = document.Body is null ? string.Empty : HtmlText.ToParagraphs(document.Body);
        }

        var title = Blank(article.Title) ?? Blank(document.Title);
        body = WithoutLeadingTitle(body, title);
        if (string.IsNullOrWhiteSpace(body)) return [ReadEntry.Failed(path, "no article text found in the HTML")];

        var published = PublishedFromMeta(document);
        if (published is null && article.PublicationDate is { } date) published = PartialDate.FromDate(DateOnly.FromDateTime(date));

        return [ReadEntry.Of(new ReadDocument
        {
            File = path,
            Text = body,
            Title = title,
            Url = url,
            Source = Blank(article.SiteName) ?? Attribute(document, "meta[property='og:site_name']", "content"),
            Published = published,
            Authors = (Blank(article.Byline) ?? Blank(article.Author)) is { } byline ? Metadata.SplitNames(byline).ToList() : [],
            Warnings = warnings,
        })];
    }

    private static string? Attribute(IHtmlDocument document, string selector, string attribute) =>
        Blank(document.QuerySelector(selector)?.GetAttribute(attribute));

    private static PartialDate? PublishedFromMeta(IHtmlDocument document)
    {
        foreach (var selector in DateMeta)
        {
            if (PartialDate.TryParse(Attribute(document, selector, "content"), out var date)) return date;
        }
        var time = document.QuerySelector("time[datetime]")?.GetAttribute("datetime");
        return PartialDate.TryParse(time, out var fromTime) ? fromTime : null;
    }

    /// <summary>Extracted content often repeats the headline as its first paragraph; the title is kept apart.</summary>
    private static string WithoutLeadingTitle(string body, string? title)
    {
        if (title is null) return body;
        var firstEnd = body.IndexOf('\n', StringComparison.Ordinal);
        var first = firstEnd < 0 ? body : body[..firstEnd];
        return string.Equals(first.Trim(), title.Trim(), StringComparison.Ordinal) ? (firstEnd < 0 ? string.Empty : body[(firstEnd + 1)..]) : body;
    }

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
