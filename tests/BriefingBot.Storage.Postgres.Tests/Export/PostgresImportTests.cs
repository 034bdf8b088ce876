using BriefingBot.Core.Articles;
using BriefingBot.Core.Commands;
using BriefingBot.Core.Digests;
using BriefingBot.Core.Index;
using BriefingBot.Storage.Postgres.Digests;
using BriefingBot.Storage.Postgres.Export;
using BriefingBot.Storage.Sqlite.Tests.Contract;
using Microsoft.Extensions.Time.Testing;
using Npgsql;

namespace BriefingBot.Storage.Postgres.Tests.Export;

public sealed class PostgresImportTests : IAsyncDisposable
{
    private static readonly DateTimeOffset T0 = new DateTimeOffset(2026, 3, 1, 6, 0, 0, TimeSpan.Zero).AddTicks(1_234_567);
    private readonly PostgresTestSchema _schema = new();
    private readonly PostgresTestSchema _upserted = new();

    public async ValueTask DisposeAsync()
    {
        await _schema.DisposeAsync();
        await _upserted.DisposeAsync();
    }

    private static AnalyzedArticle Article(string id, string hash = "h1")
    {
        const string Text = "Ana Ruiz said \"we will rebuild the bridge\" in Quito on Monday.";
        return TestArticles.Make(id, "Bridge to be rebuilt", Text, "2026-02-27", hash: hash,
            quotes: [TestArticles.Said("Ana Ruiz", "we will rebuild the bridge", Text)],
            entities: [TestArticles.Person("Ana Ruiz", "Ruiz"), TestArticles.Place("Quito")], keywords: ["bridge", "quito"]);
    }

    private async Task<(PostgresArticleImport Import, PostgresArticleExport Export, PostgresArticleIndex Index)> ArticlesAsync()
    {
        var dataSource = await _schema.CreateDataSourceAsync();
        var index = new PostgresArticleIndex(dataSource, new FakeTimeProvider(T0.AddDays(30)));
        return (new PostgresArticleImport(dataSource, index), new PostgresArticleExport(dataSource, index), index);
    }

    [Fact]
    public async Task ImportAsync_NewArticle_KeepsInstantsAndIndexesLikeAnUpsert()
    {
        var ct = TestContext.Current.CancellationToken;
        var (import, export, index) = await ArticlesAsync();
        var upsertSource = await _upserted.CreateDataSourceAsync();
        await new PostgresArticleIndex(upsertSource, new FakeTimeProvider(T0)).UpsertAsync(Article("a1"), ct);

        var outcomes = await import.ImportAsync([new ExportedArticle(Article("a1"), T0, T0.AddHours(1))], ct);

        Assert.Equal([ImportOutcome.Added], outcomes);
        var exported = new List<ExportedArticle>();
        await foreach (var e in export.ReadAllAsync(ct)) exported.Add(e);
        var copy = Assert.Single(exported);
        Assert.Equal(T0.AddTicks(-7), copy.IndexedAt); // rounded down to the microsecond timestamptz keeps
        Assert.Equal(T0.AddHours(1).AddTicks(-7), copy.UpdatedAt);
        Assert.Equal("Ana Ruiz", Assert.Single(await index.FindQuotesAsync(new QuoteQuery("ruiz", null, 5), ct)).Quote.Speaker);
        Assert.Single(await index.SearchAsync(new ArticleQuery("rebuilt bridge"), ct));
        // The same search vector and analysis rows as ArticleWriter writes: the import must not drift from it.
        const string Rows = """
            SELECT a.search::text || '|' || (SELECT string_agg(speaker_key || ':' || text, ';' ORDER BY idx) FROM quotes)
                || '|' || (SELECT string_agg(name_key || ':' || kind, ';' ORDER BY idx) FROM entities)
                || '|' || (SELECT string_agg(keyword_key, ';' ORDER BY idx) FROM keywords)
                || '|' || (SELECT string_agg(word || ':' || speaker_key, ';' ORDER BY word) FROM speaker_words)
            FROM articles a
            """;
        Assert.Equal(await _upserted.ScalarAsync(Rows), await _schema.ScalarAsync(Rows));
    }

    [Fact]
    public async Task ImportAsync_SameBatchAgain_EverythingUnchangedAndNothingDuplicated()
    {
        var ct = TestContext.Current.CancellationToken;
        var (import, export, _) = await ArticlesAsync();
        var batch = Enumerable.Range(0, 70).Select(i => new ExportedArticle(Article($"a{i:D2}"), T0.AddMinutes(i), null)).ToList();

        await import.ImportAsync(batch, ct);
        var again = await import.ImportAsync(batch, ct);

        Assert.All(again, o => Assert.Equal(ImportOutcome.Unchanged, o));
        Assert.Equal(new ArticleCounts(70, 70, 140, 140, 0), await export.CountAsync(ct));
        var ids = new List<string>();
        await foreach (var e in export.ReadAllAsync(ct)) ids.Add(e.Article.Article.Id);
        Assert.Equal(batch.Select(b => b.Article.Article.Id), ids); // two pages, in insertion order
    }

    [Fact]
    public async Task ImportAsync_TargetOlderOrNewer_ReplacesTheOlderKeepsTheNewer()
    {
        var ct = TestContext.Current.CancellationToken;
        var (import, export, index) = await ArticlesAsync();
        await import.ImportAsync([new ExportedArticle(Article("old"), T0, null), new ExportedArticle(Article("new"), T0.AddDays(2), null)], ct);

        var outcomes = await import.ImportAsync(
        [
            new ExportedArticle(Article("old", hash: "h2") with { Article = Article("old").Article with { Title = "Bridge reopened", ContentHash = "h2" } }, T0.AddDays(1), T0.AddDays(1)),
            new ExportedArticle(Article("new", hash: "h2") with { Article = Article("new").Article with { Title = "Stale copy", ContentHash = "h2" } }, T0.AddDays(1), T0.AddDays(1)),
        ], ct);

        Assert.Equal([ImportOutcome.Replaced, ImportOutcome.KeptTarget], outcomes);
        var stored = await index.GetArticlesAsync(["old", "new"], ct);
        Assert.Equal(["Bridge reopened", "Bridge to be rebuilt"], stored.Select(a => a.Article.Title));
        Assert.Equal(new ArticleCounts(2, 2, 4, 4, 0), await export.CountAsync(ct)); // children replaced, not added
    }

    [Fact]
    public async Task ImportAsync_FailingBatch_WritesNothingOfIt()
    {
        var ct = TestContext.Current.CancellationToken;
        var (import, export, _) = await ArticlesAsync();
        var broken = Article("b2") with { Article = Article("b2").Article with { Published = null }, Analysis = Article("b2").Analysis with { Quotes = [null!] } };

        await Assert.ThrowsAnyAsync<Exception>(() => import.ImportAsync([new ExportedArticle(Article("b1"), T0, null), new ExportedArticle(broken, T0, null)], ct));

        Assert.Equal(0, (await export.CountAsync(ct)).Articles);
    }

    [Fact]
    public async Task DigestImport_RowsReadBackThroughTheStoreExactly_SecondImportUnchanged()
    {
        var ct = TestContext.Current.CancellationToken;
        var dataSource = await _schema.CreateDataSourceAsync();
        var store = new PostgresDigestStore(dataSource);
        var import = new PostgresDigestImport(dataSource, store);
        var subscription = new Subscription("s1", ChatPlatform.Slack, null, "C1", ["storm", "Bogotá"], new TimeOnly(7, 5), "America/Bogota",
            DigestCadence.Parse("0 8 * * 1-5"), "slack:U1", T0, T0.AddHours(3), Paused: true);
        var sent = new Delivery("d1", "s1", "2026-03-02", T0.AddDays(1), DeliveryStatus.Sent, 2, T0.AddDays(1), true, T0.AddDays(1),
            T0.AddDays(1).AddSeconds(1), T0.AddDays(1).AddSeconds(2), "1732.42", "timeout once", null, null, T0, T0.AddDays(1));

        Assert.Equal([ImportOutcome.Added], await import.ImportSubscriptionsAsync([subscription], ct));
        Assert.Equal([ImportOutcome.Added], await import.ImportDeliveriesAsync([sent], ct));
        Assert.Equal([ImportOutcome.Unchanged], await import.ImportSubscriptionsAsync([subscription], ct));
        Assert.Equal([ImportOutcome.Unchanged], await import.ImportDeliveriesAsync([sent], ct));

        var copy = await store.GetSubscriptionAsync("s1", ct);
        Assert.NotNull(copy);
        Assert.Equal(subscription.Topics, copy.Topics);
        Assert.Equal(subscription with { Topics = [], CreatedAt = T0.AddTicks(-7), UpdatedAt = T0.AddHours(3).AddTicks(-7) }, copy with { Topics = [] });
        Assert.Equal(DeliveryStatus.Sent, (await store.GetDeliveryAsync("d1", ct))?.Status);
        Assert.Equal("1732.42", (await store.GetLastSentDeliveryAsync("s1", ct))?.PlatformMessageId);
        Assert.Equal(new DigestCounts(1, 1), await new PostgresDigestExport(dataSource, store).CountAsync(ct));
    }

    [Fact]
    public async Task DigestImport_DeliveryRows_MoveOpenRowsForwardNeverReopenAClosedOne()
    {
        var ct = TestContext.Current.CancellationToken;
        var dataSource = await _schema.CreateDataSourceAsync();
        var store = new PostgresDigestStore(dataSource);
        var import = new PostgresDigestImport(dataSource, store);
        var t = new DateTimeOffset(2026, 3, 1, 7, 0, 0, TimeSpan.Zero);
        await import.ImportSubscriptionsAsync([new Subscription("s1", ChatPlatform.Discord, "G1", "C1", ["storm"], new TimeOnly(7, 0), "UTC", DigestCadence.Daily, "u", t, t)], ct);
        var pending = new Delivery("p1", "s1", "2026-03-01", t, DeliveryStatus.Pending, 0, t, false, t);
        await import.ImportDeliveriesAsync([pending, pending with { Id = "p2", PeriodKey = "2026-03-02" }], ct);
        // The target sends p2 after the first copy.
        await store.TryClaimAsync("p2", "pg-instance", t, t.AddMinutes(2), ct);
        await store.UpdateClaimedAsync(pending with { Id = "p2", PeriodKey = "2026-03-02", Status = DeliveryStatus.Sent, Attempts = 1, SentAt = t, LeaseOwner = "pg-instance" }, "pg-instance", ct);

        // Meanwhile the SQLite side sent p1, and still has p2 pending.
        var outcomes = await import.ImportDeliveriesAsync(
            [pending with { Status = DeliveryStatus.Sent, Attempts = 1, SentAt = t }, pending with { Id = "p2", PeriodKey = "2026-03-02" }], ct);

        Assert.Equal([ImportOutcome.Replaced, ImportOutcome.KeptTarget], outcomes);
        Assert.Equal(DeliveryStatus.Sent, (await store.GetDeliveryAsync("p1", ct))?.Status);
        Assert.Equal(DeliveryStatus.Sent, (await store.GetDeliveryAsync("p2", ct))?.Status);
        Assert.Equal(0, await store.CountOpenDeliveriesAsync(ct));
    }
}
