using System.Security.Cryptography;
using System.Text;
using BriefingBot.Core.Sources;
using BriefingBot.Ingest.Feeds;
using BriefingBot.Ingest.Reading;
using BriefingBot.Ingest.Web;
using Microsoft.Extensions.Logging;

namespace BriefingBot.Ingest.Sources;

/// <summary>
/// Turns one fetched response into indexed articles: a feed's new items (completing stubs from the linked page)
/// or a page's article. Item failures are collected, never thrown: one broken link does not fail its feed.
/// </summary>
internal sealed class WebSourceReader(
    SafeHttpFetcher fetcher,
    DeduplicatingIngester ingester,
    ISourceStore? store,
    TimeProvider time,
    WebSourcesOptions options,
    ILogger logger)
{
    public async Task<SourcePollResult> ReadAsync(string sourceId, FetchResponse response, SourceKind expected, CancellationToken cancellationToken)
    {
        var url = response.FinalUrl.ToString();
        var text = response.Text;
        var format = FeedParser.Detect(text);
        if (format is not null) return await ReadFeedAsync(sourceId, response, text, cancellationToken).ConfigureAwait(false);
        if (!LooksLikeHtml(response.MediaType, text))
        {
            var what = response.MediaType ?? "unknown content type";
            return SourcePollResult.Failure(url, expected, $"neither a feed (RSS, Atom, JSON Feed) nor an HTML page ({what})");
        }
        var tally = new Tally();
        var (outcome, problem) = await IngestPageAsync(response.FinalUrl, text, item: null, cancellationToken).ConfigureAwait(false);
        tally.Count(outcome, url, problem);
        return outcome == ItemOutcome.Failed
            ? SourcePollResult.Failure(url, SourceKind.Page, problem!)
            : tally.Result(url, SourceKind.Page);
    }

    private async Task<SourcePollResult> ReadFeedAsync(string sourceId, FetchResponse response, string text, CancellationToken cancellationToken)
    {
        var url = response.FinalUrl.ToString();
        ParsedFeed feed;
        try
        {
            feed = FeedParser.Parse(text, response.FinalUrl);
        }
        catch (FeedFormatException ex)
        {
            return SourcePollResult.Failure(url, SourceKind.Feed, ex.Message);
        }

        var tally = new Tally { Title = feed.Title };
        foreach (var item in feed.Items.Take(options.MaxItemsPerPoll))
        {
            cancellationToken.ThrowIfCancellationRequested();
            var version = VersionOf(item);
            if (store is not null && await store.GetItemVersionAsync(sourceId, item.Key, cancellationToken).ConfigureAwait(false) == version)
            {
                tally.Count(ItemOutcome.Seen, item.Url ?? item.Key, null);
                continue;
            }
            var (outcome, articleId, problem) = await IngestItemAsync(item, response.FinalUrl, cancellationToken).ConfigureAwait(false);
            tally.Count(outcome, item.Url ?? item.Key, problem);
            // A failed item is retried on the next poll; anything else is remembered so its page is not fetched again.
            if (outcome != ItemOutcome.Failed && store is not null)
                await store.MarkItemSeenAsync(sourceId, item.Key, version, articleId, time.GetUtcNow(), cancellationToken).ConfigureAwait(false);
        }
        return tally.Result(url, SourceKind.Feed);
    }

    private async Task<(ItemOutcome, string?, string?)> IngestItemAsync(FeedItem item, Uri feedUrl, CancellationToken cancellationToken)
    {
        var fromFeed = ItemText(item);
        var isStub = fromFeed.Text.Length < options.StubTextLength;
        if (isStub && item.Url is not null && Uri.TryCreate(item.Url, UriKind.Absolute, out var link))
        {
            try
            {
                var page = await fetcher.FetchAsync(new FetchRequest(link), cancellationToken).ConfigureAwait(false);
                var (outcome, problem, articleId) = await IngestPageCoreAsync(page.FinalUrl, page.Text, item, link, cancellationToken).ConfigureAwait(false);
                return (outcome, articleId, problem);
            }
            catch (FetchException ex)
            {
                return (ItemOutcome.Failed, null, "the item is a stub and its page could not be fetched: " + ex.Message);
            }
        }
        if (fromFeed.Text.Length == 0) return (ItemOutcome.Failed, null, "the item has no text and no link");

        var itemUrl = item.Url ?? feedUrl.ToString() + "#" + item.Key;
        var date = PublishedDateResolver.Resolve(item.Published, null, item.Url, fromFeed.Dateline, item.Updated, time.GetUtcNow());
        var document = Document(itemUrl, item.Title, fromFeed.Text, date, item.Authors.Count > 0 ? item.Authors : fromFeed.Authors, source: HostOf(itemUrl));
        var result = await ingester.IngestAsync(new WebCandidate(document, itemUrl, [itemUrl]), cancellationToken).ConfigureAwait(false);
        return (result.Outcome, result.ArticleId, result.Problem);
    }

    private async Task<(ItemOutcome Outcome, string? Problem)> IngestPageAsync(Uri pageUrl, string html, FeedItem? item, CancellationToken cancellationToken)
    {
        var (outcome, problem, _) = await IngestPageCoreAsync(pageUrl, html, item, null, cancellationToken).ConfigureAwait(false);
        return (outcome, problem);
    }

    private async Task<(ItemOutcome Outcome, string? Problem, string? ArticleId)> IngestPageCoreAsync(Uri pageUrl, string html, FeedItem? item, Uri? linkedFrom, CancellationToken cancellationToken)
    {
        ExtractedPage page;
        try
        {
            page = PageExtractor.Extract(html, pageUrl);
        }
        catch (FormatException ex)
        {
            return (ItemOutcome.Failed, ex.Message, null);
        }
        foreach (var warning in page.Warnings) logger.LogWarning("{Url}: {Warning}", pageUrl, warning);

        var primary = page.CanonicalUrl ?? pageUrl.ToString();
        var now = time.GetUtcNow();
        var datedUrl = new[] { primary, pageUrl.ToString(), linkedFrom?.ToString() }.FirstOrDefault(u => PublishedDateResolver.FromUrl(u) is not null);
        var date = PublishedDateResolver.Resolve(item?.Published, page.Published, datedUrl, page.Dateline, item?.Updated, now);
        var authors = item?.Authors is { Count: > 0 } itemAuthors ? itemAuthors : page.Authors;
        var document = Document(primary, page.Title ?? item?.Title, page.Text, date, authors, page.SiteName ?? HostOf(primary));
        var urls = new List<string> { pageUrl.ToString() };
        if (linkedFrom is not null) urls.Add(linkedFrom.ToString());
        var result = await ingester.IngestAsync(new WebCandidate(document, primary, urls), cancellationToken).ConfigureAwait(false);
        return (result.Outcome, result.Problem, result.ArticleId);
    }

    private static ReadDocument Document(string url, string? title, string text, ResolvedDate? date, IReadOnlyList<string> authors, string? source) => new()
    {
        File = url,
        Text = text,
        Title = title,
        Url = url,
        Source = source,
        Published = date?.Date,
        // A date taken from a dateline or an "updated" time is a good estimate, not metadata.
        PublishedApproximate = date?.Origin is DateOrigin.Dateline or DateOrigin.FeedItemUpdated,
        Authors = authors,
    };

    private static CleanedText ItemText(FeedItem item)
    {
        var candidates = new[] { item.ContentHtml, item.ContentText is null ? null : System.Net.WebUtility.HtmlEncode(item.ContentText).Replace("\n", "<br>", StringComparison.Ordinal), item.SummaryHtml };
        CleanedText best = new(string.Empty, [], 0);
        foreach (var html in candidates)
        {
            if (html is null) continue;
            var cleaned = PageExtractor.TextOfFragment(html);
            if (cleaned.Text.Length > best.Text.Length) best = cleaned;
        }
        return best;
    }

    /// <summary>An item changes version when its text, title or "updated" time does: then it is read again.</summary>
    private static string VersionOf(FeedItem item) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(
        string.Join('\u001F', item.Title, item.ContentHtml, item.SummaryHtml, item.ContentText, item.Updated?.ToUnixTimeSeconds(), item.Url))))[..16];

    private static bool LooksLikeHtml(string? mediaType, string text) =>
        mediaType is "text/html" or "application/xhtml+xml"
        || (mediaType is null or "text/plain" or "application/octet-stream"
            && text.AsSpan().TrimStart().StartsWith("<", StringComparison.Ordinal)
            && text.Contains("<html", StringComparison.OrdinalIgnoreCase));

    private static string? HostOf(string? url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) && !string.IsNullOrEmpty(uri.Host) ? uri.Host.ToLowerInvariant() : null;

    private sealed class Tally
    {
        private readonly List<ItemProblem> _failures = [];
        private int _added, _updated, _unchanged, _duplicates, _seen;

        public string? Title { get; init; }

        public void Count(ItemOutcome outcome, string url, string? problem)
        {
            switch (outcome)
            {
                case ItemOutcome.Added: _added++; break;
                case ItemOutcome.Updated: _updated++; break;
                case ItemOutcome.Unchanged: _unchanged++; break;
                case ItemOutcome.Duplicate: _duplicates++; break;
                case ItemOutcome.Seen: _seen++; break;
                default: _failures.Add(new ItemProblem(url, problem ?? "not ingested")); break;
            }
        }

        public SourcePollResult Result(string url, SourceKind kind) =>
            new(url, kind, _added, _updated, _unchanged, _duplicates, _seen, false, null, _failures) { Title = Title };
    }
}
