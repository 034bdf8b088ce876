using System.IO.Compression;
using BriefingBot.Core.Sources;
using BriefingBot.Ingest.Sources;
using BriefingBot.Ingest.Web;
using Microsoft.AspNetCore.Http;

namespace BriefingBot.Ingest.Tests.Sources;

public sealed class SourceServiceTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task IngestUrlAsync_RssAtomAndJsonFeedWithOneStory_StoresItOnce()
    {
        await using var server = await LoopbackServer.StartAsync();
        using var harness = new SourcesHarness();
        var story = WebFixtures.Paragraphs(WebFixtures.Story);
        var link = "https://courier.example/2025/11/27/harbour-bridge-reopens";
        server.MapText("/rss", "application/rss+xml", WebFixtures.Rss(
            (link + "?utm_source=rss&utm_medium=feed", "Harbour Bridge reopens", story, "Thu, 27 Nov 2025 18:30:00 -0500"),
            ("https://courier.example/2025/11/26/olive-harvest", "Early olive harvest", WebFixtures.Paragraphs(WebFixtures.OtherStory), "Wed, 26 Nov 2025 10:00:00 GMT")));
        server.MapText("/atom", "application/atom+xml", WebFixtures.Atom((link + "#comments", "Bridge back in service", story, "2025-11-28T07:00:00Z")));
        server.MapText("/json", "application/feed+json", WebFixtures.JsonFeed(
            "https://wire.example/stories/port-elin-bridge?utm_campaign=x", "Port Elin bridge reopens", WebFixtures.Paragraphs(WebFixtures.SyndicatedStory), "2025-11-27T20:00:00Z"));

        var rss = await harness.Service.IngestUrlAsync(server.Url("/rss").ToString(), Ct);
        var atom = await harness.Service.IngestUrlAsync(server.Url("/atom").ToString(), Ct);
        var json = await harness.Service.IngestUrlAsync(server.Url("/json").ToString(), Ct);

        Assert.Equal((2, SourceKind.Feed), (rss.Added, rss.Kind));
        Assert.Equal(0, atom.Added);
        Assert.Equal(1, atom.Added + atom.Updated + atom.Unchanged + atom.Duplicates);
        Assert.Equal((0, 1), (json.Added, json.Duplicates));
        Assert.Equal(2, await harness.ArticleCountAsync());
    }

    [Fact]
    public async Task IngestUrlAsync_SyndicatedCopyFromAnotherSite_IsRecordedAsAlternativeUrl()
    {
        await using var server = await LoopbackServer.StartAsync();
        using var harness = new SourcesHarness();
        server.MapText("/rss", "application/rss+xml", WebFixtures.Rss(("https://courier.example/bridge", "Bridge reopens", WebFixtures.Paragraphs(WebFixtures.Story), null)));
        server.MapText("/json", "application/feed+json", WebFixtures.JsonFeed("https://wire.example/bridge", "Bridge", WebFixtures.Paragraphs(WebFixtures.SyndicatedStory), "2025-11-27T20:00:00Z"));

        await harness.Service.IngestUrlAsync(server.Url("/rss").ToString(), Ct);
        var json = await harness.Service.IngestUrlAsync(server.Url("/json").ToString(), Ct);

        var articleId = await harness.Store.FindByUrlAsync("https://courier.example/bridge", Ct);
        Assert.NotNull(articleId);
        Assert.Equal(1, json.Duplicates);
        Assert.Contains("https://wire.example/bridge", await harness.Store.ListUrlsAsync(articleId, Ct));
    }

    [Fact]
    public async Task PollDueAsync_PageUpdatedByItsSite_ReplacesTheOlderVersion()
    {
        await using var server = await LoopbackServer.StartAsync();
        using var harness = new SourcesHarness();
        var version = 1;
        server.Map("/story", async context =>
        {
            context.Response.ContentType = "text/html";
            var text = version == 1 ? WebFixtures.Story : WebFixtures.Story.Replace("48 million", "52 million", StringComparison.Ordinal);
            await context.Response.WriteAsync(WebFixtures.Page("Harbour Bridge reopens", WebFixtures.Paragraphs(text)), Ct);
        });
        await harness.Service.AddAsync(server.Url("/story").ToString(), TimeSpan.FromMinutes(15), Ct);

        var first = await harness.Service.PollDueAsync(Ct);
        version = 2;
        harness.Time.Advance(TimeSpan.FromMinutes(16));
        var second = await harness.Service.PollDueAsync(Ct);

        Assert.Equal(1, first.Results.Single().Added);
        Assert.Equal(1, second.Results.Single().Updated);
        Assert.Equal(1, await harness.ArticleCountAsync());
    }

    [Fact]
    public async Task PollDueAsync_ServerAnswers304_SendsValidatorsAndIngestsNothing()
    {
        await using var server = await LoopbackServer.StartAsync();
        using var harness = new SourcesHarness();
        server.Map("/feed", async context =>
        {
            if (context.Request.Headers.IfNoneMatch == "\"v1\"")
            {
                context.Response.StatusCode = 304;
                return;
            }
            context.Response.Headers.ETag = "\"v1\"";
            context.Response.ContentType = "application/rss+xml";
            await context.Response.WriteAsync(WebFixtures.Rss(("https://courier.example/a", "A", WebFixtures.Paragraphs(WebFixtures.Story), null)), Ct);
        });
        await harness.Service.AddAsync(server.Url("/feed").ToString(), TimeSpan.FromMinutes(5), Ct);

        await harness.Service.PollDueAsync(Ct);
        harness.Time.Advance(TimeSpan.FromMinutes(6));
        var second = (await harness.Service.PollDueAsync(Ct)).Results.Single();

        Assert.True(second.NotModified);
        Assert.Equal(2, server.Hits["/feed"]);
        var source = Assert.Single(await harness.Service.ListAsync(Ct));
        Assert.Equal((SourceKind.Feed, "\"v1\"", 0), (source.Kind, source.ETag, source.ConsecutiveFailures));
    }

    [Fact]
    public async Task PollDueAsync_ServerKeepsFailing_BacksOffThenDisablesWithTheReason()
    {
        await using var server = await LoopbackServer.StartAsync();
        using var harness = new SourcesHarness(new WebSourcesOptions { AllowPrivateNetworks = true, MaxConsecutiveFailures = 3 });
        server.MapText("/broken", "text/plain", "boom", status: 500);
        await harness.Service.AddAsync(server.Url("/broken").ToString(), TimeSpan.FromMinutes(10), Ct);

        var firstPoll = harness.Time.GetUtcNow();
        await harness.Service.PollDueAsync(Ct);
        var afterFirst = Assert.Single(await harness.Service.ListAsync(Ct));
        harness.Time.Advance(TimeSpan.FromMinutes(10)); // interval elapsed, but backoff (2 × 10 min) not yet
        var early = await harness.Service.PollDueAsync(Ct);
        for (var i = 0; i < 2; i++)
        {
            harness.Time.Advance(TimeSpan.FromHours(7));
            await harness.Service.PollDueAsync(Ct);
        }
        var disabled = Assert.Single(await harness.Service.ListAsync(Ct));

        Assert.Equal(firstPoll + TimeSpan.FromMinutes(20), afterFirst.NextPollAt);
        Assert.Empty(early.Results);
        Assert.False(disabled.Enabled);
        Assert.Contains("HTTP 500", disabled.DisabledReason, StringComparison.Ordinal);
        Assert.Equal(3, disabled.ConsecutiveFailures);
        harness.Time.Advance(TimeSpan.FromDays(2));
        Assert.Empty((await harness.Service.PollDueAsync(Ct)).Results);
    }

    [Fact]
    public async Task AddAsync_KnownUrlWithAPollFinishedAfterTheRead_KeepsThePollResult()
    {
        using var harness = new SourcesHarness();
        const string url = "https://courier.example/feed";
        var id = (await harness.Service.AddAsync(url, TimeSpan.FromMinutes(10), Ct)).Source.Id;
        var polledNext = harness.Time.GetUtcNow().AddMinutes(10);
        harness.Interleaving.AfterNextGet = () => PollElsewhereAsync(harness, id, s => s with { ETag = "\"v9\"", ItemsIngested = 4, NextPollAt = polledNext });

        var change = await harness.Service.AddAsync(url, TimeSpan.FromMinutes(30), Ct);

        var stored = await harness.Store.GetAsync(id, Ct);
        Assert.False(change.Added);
        Assert.Equal(stored, change.Source);
        Assert.Equal(TimeSpan.FromMinutes(30), stored!.Interval);
        Assert.Equal((4, "\"v9\"", (DateTimeOffset?)polledNext), (stored.ItemsIngested, stored.ETag, stored.NextPollAt));
    }

    [Fact]
    public async Task ApplyFileAsync_KnownEntryWithAPollThatDisabledItAfterTheRead_StaysDisabledWithItsCounts()
    {
        using var harness = new SourcesHarness();
        const string url = "https://courier.example/feed";
        var file = new SourcesFile { Sources = [new SourcesFileEntry { Url = url, Every = "20m" }] };
        var id = Assert.Single(await harness.Service.ApplyFileAsync(file, Ct)).Source.Id;
        harness.Interleaving.AfterNextGet = () => PollElsewhereAsync(harness, id, s => s with { ItemsIngested = 2, ConsecutiveFailures = 5, DisabledReason = "5 consecutive failures" });

        await harness.Service.ApplyFileAsync(file, Ct);

        var stored = await harness.Store.GetAsync(id, Ct);
        Assert.Equal((2, 5, "5 consecutive failures"), (stored!.ItemsIngested, stored.ConsecutiveFailures, stored.DisabledReason));
        Assert.Equal(SourceOrigin.Config, stored.Origin);
    }

    [Fact]
    public async Task EnableAsync_PollFinishedAfterTheRead_KeepsItsValidatorsAndCount()
    {
        using var harness = new SourcesHarness();
        var id = (await harness.Service.AddAsync("https://courier.example/feed", null, Ct)).Source.Id;
        harness.Interleaving.AfterNextGet = () => PollElsewhereAsync(harness, id, s => s with { ETag = "\"v5\"", ItemsIngested = 6, ConsecutiveFailures = 1, LastError = "HTTP 503" });

        var enabled = await harness.Service.EnableAsync(id, Ct);

        Assert.Equal(await harness.Store.GetAsync(id, Ct), enabled);
        Assert.Equal(("\"v5\"", 6, 0, (string?)null), (enabled!.ETag, enabled.ItemsIngested, enabled.ConsecutiveFailures, enabled.LastError));
        Assert.Equal(harness.Time.GetUtcNow(), enabled.NextPollAt);
    }

    /// <summary>What another instance does: lease the due source and record a poll's outcome.</summary>
    private static async Task PollElsewhereAsync(SourcesHarness harness, string id, Func<WebSource, WebSource> outcome)
    {
        var now = harness.Time.GetUtcNow();
        var leased = await harness.Store.TryLeaseAsync(id, "other-instance", now, now.AddMinutes(5), Ct);
        Assert.NotNull(leased);
        Assert.True(await harness.Store.CompletePollAsync(outcome(leased), "other-instance", Ct));
    }

    [Fact]
    public async Task PollDueAsync_TwoServicesOnOneFile_OnlyOnePollsTheSource()
    {
        await using var server = await LoopbackServer.StartAsync();
        using var harness = new SourcesHarness();
        server.MapText("/rss", "application/rss+xml", WebFixtures.Rss(("https://courier.example/a", "A", WebFixtures.Paragraphs(WebFixtures.Story), null)));
        await harness.Service.AddAsync(server.Url("/rss").ToString(), TimeSpan.FromMinutes(5), Ct);
        var now = harness.Time.GetUtcNow();

        var taken = await harness.Store.TryLeaseAsync(Assert.Single(await harness.Service.ListAsync(Ct)).Id, "other-instance", now, now.AddMinutes(5), Ct);
        var summary = await harness.Service.PollDueAsync(Ct);

        Assert.NotNull(taken);
        Assert.Empty(summary.Results);
        Assert.False(server.Hits.ContainsKey("/rss"));
    }

    [Fact]
    public async Task IngestUrlAsync_FeedItemIsAStub_FetchesTheLinkedPage()
    {
        await using var server = await LoopbackServer.StartAsync();
        using var harness = new SourcesHarness();
        var pageUrl = server.Url("/2025/11/27/bridge").ToString();
        server.MapText("/2025/11/27/bridge", "text/html", WebFixtures.Page("Harbour Bridge reopens", WebFixtures.Paragraphs(WebFixtures.Story)));
        server.MapText("/rss", "application/rss+xml", WebFixtures.Rss((pageUrl, "Harbour Bridge reopens", "<p>The bridge is open again. Read more…</p>", null)));

        var result = await harness.Service.IngestUrlAsync(server.Url("/rss").ToString(), Ct);

        Assert.Equal(1, result.Added);
        Assert.Equal(1, server.Hits["/2025/11/27/bridge"]);
        var hit = Assert.Single(await harness.Index.SearchAsync(new Core.Index.ArticleQuery("ferry operators"), Ct));
        Assert.Equal(new Core.Time.PartialDate(2025, 11, 27), hit.Published);
    }

    [Fact]
    public async Task IngestUrlAsync_GzipBomb_IsCappedAfterDecompression()
    {
        await using var server = await LoopbackServer.StartAsync();
        using var harness = new SourcesHarness(new WebSourcesOptions { AllowPrivateNetworks = true, MaxResponseBytes = 256 * 1024 });
        var bomb = Gzip(new byte[16 * 1024 * 1024]);
        server.Map("/bomb", async context =>
        {
            context.Response.ContentType = "text/html";
            context.Response.Headers.ContentEncoding = "gzip";
            context.Response.ContentLength = bomb.Length;
            await context.Response.Body.WriteAsync(bomb, Ct);
        });

        var result = await harness.Service.IngestUrlAsync(server.Url("/bomb").ToString(), Ct);

        Assert.True(bomb.Length < 256 * 1024);
        Assert.Contains("too large", result.Error, StringComparison.Ordinal);
        Assert.Contains("after decompression", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task IngestUrlAsync_SlowServer_TimesOut()
    {
        await using var server = await LoopbackServer.StartAsync();
        using var harness = new SourcesHarness(new WebSourcesOptions { AllowPrivateNetworks = true, RequestTimeout = TimeSpan.FromMilliseconds(300) });
        using var release = new CancellationTokenSource();
        server.Map("/slow", async context =>
        {
            context.Response.ContentType = "text/html";
            await context.Response.WriteAsync("<html><body><p>start", Ct);
            await context.Response.Body.FlushAsync(Ct);
            await Task.Delay(Timeout.Infinite, context.RequestAborted).ContinueWith(_ => { }, TaskScheduler.Default);
        });

        var result = await harness.Service.IngestUrlAsync(server.Url("/slow").ToString(), Ct);

        Assert.Contains("timed out", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AddAsync_NotHttp_IsRefusedWithAReason()
    {
        using var harness = new SourcesHarness();

        var ex = await Assert.ThrowsAsync<SourceValidationException>(() => harness.Service.AddAsync("file:///etc/passwd", null, Ct));

        Assert.Contains("not an http or https URL", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ApplyFileAsync_EntryDroppedFromTheFile_RemovesOnlyConfigSources()
    {
        using var harness = new SourcesHarness();
        await harness.Service.AddAsync("https://user.example/feed", null, Ct);
        await harness.Service.ApplyFileAsync(new SourcesFile { Sources = [new() { Url = "https://a.example/feed", Every = "15m" }, new() { Url = "https://b.example/feed" }] }, Ct);

        await harness.Service.ApplyFileAsync(new SourcesFile { Sources = [new() { Url = "https://a.example/feed?utm_source=x", Every = "1h" }] }, Ct);

        var sources = await harness.Service.ListAsync(Ct);
        Assert.Equal(["https://user.example/feed", "https://a.example/feed"], sources.Select(s => s.Url));
        Assert.Equal(TimeSpan.FromHours(1), sources[1].Interval);
    }

    private static byte[] Gzip(byte[] data)
    {
        using var output = new MemoryStream();
        using (var gzip = new GZipStream(output, CompressionLevel.SmallestSize)) gzip.Write(data);
        return output.ToArray();
    }
}
