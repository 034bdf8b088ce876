using BriefingBot.Core.Commands;
using BriefingBot.Core.Digests;
using BriefingBot.Core.Index;
using BriefingBot.Storage.Sqlite.Digests;
using BriefingBot.Storage.Sqlite.Export;
using BriefingBot.Storage.Sqlite.Tests.Contract;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Time.Testing;

namespace BriefingBot.Storage.Sqlite.Tests.Export;

public sealed class SqliteExportTests : IDisposable
{
    private static readonly DateTimeOffset T0 = new(2026, 3, 1, 6, 0, 0, TimeSpan.Zero);
    private readonly TempDatabase _db = new();

    public void Dispose() => _db.Dispose();

    [Fact]
    public async Task ReadAllAsync_MoreArticlesThanOnePage_EveryArticleOnceInIndexOrderWithItsInstants()
    {
        var ct = TestContext.Current.CancellationToken;
        var path = _db.NewPath();
        var clock = new FakeTimeProvider(T0);
        var index = new SqliteArticleIndex(new SqliteIndexOptions { Path = path }, clock);
        for (var i = 0; i < 150; i++)
        {
            var text = $"Report number {i} said \"we will rebuild the bridge\" after the flood.";
            await index.UpsertAsync(TestArticles.Make($"a{i:D3}", $"Title {i}", text, "2026-02-01",
                quotes: [TestArticles.Said("Ana Ruiz", "we will rebuild the bridge", text)], entities: [TestArticles.Person("Ana Ruiz")]), ct);
            clock.Advance(TimeSpan.FromTicks(1_234_567)); // sub-millisecond digits must survive
        }
        await index.UpsertAsync(TestArticles.Make("a007", "Title 7, corrected", "A corrected text.", hash: "changed"), ct);

        var exported = new List<ExportedArticle>();
        await foreach (var article in new SqliteArticleExport(new SqliteIndexOptions { Path = path }).ReadAllAsync(ct)) exported.Add(article);

        Assert.Equal(Enumerable.Range(0, 150).Select(i => $"a{i:D3}"), exported.Select(e => e.Article.Article.Id));
        Assert.Equal(T0.AddTicks(3 * 1_234_567), exported[3].IndexedAt);
        Assert.Null(exported[3].UpdatedAt);
        var corrected = exported[7];
        Assert.Equal("Title 7, corrected", corrected.Article.Article.Title);
        Assert.Equal(clock.GetUtcNow(), corrected.IndexedAt);
        Assert.Equal(clock.GetUtcNow(), corrected.UpdatedAt);
        Assert.Equal("Ana Ruiz", Assert.Single(exported[149].Article.Analysis.Quotes).Speaker);
    }

    [Fact]
    public async Task CountAsync_IndexWithAnalysis_CountsEveryTable()
    {
        var ct = TestContext.Current.CancellationToken;
        var path = _db.NewPath();
        var index = new SqliteArticleIndex(new SqliteIndexOptions { Path = path }, new FakeTimeProvider(T0));
        const string Text = "Ana Ruiz said \"we will rebuild\" and \"we will not wait\" in Quito.";
        await index.UpsertAsync(TestArticles.Make("a1", "Bridge", Text,
            quotes: [TestArticles.Said("Ana Ruiz", "we will rebuild", Text), TestArticles.Said("Ana Ruiz", "we will not wait", Text)],
            entities: [TestArticles.Person("Ana Ruiz"), TestArticles.Place("Quito")], keywords: ["bridge", "flood", "quito"]), ct);
        await index.UpsertAsync(TestArticles.Make("a2", "Other", "Nothing quoted here."), ct);

        var counts = await new SqliteArticleExport(new SqliteIndexOptions { Path = path }).CountAsync(ct);

        Assert.Equal(new ArticleCounts(2, 2, 2, 3, 0), counts);
    }

    [Fact]
    public async Task DigestExport_SubscriptionsAndDeliveries_ReadBackAsTheStoreHoldsThem()
    {
        var ct = TestContext.Current.CancellationToken;
        var path = _db.NewPath();
        var store = new SqliteDigestStore(path);
        var paused = new Subscription("s2", ChatPlatform.Discord, null, "D1", ["storm", "Bogotá"], new TimeOnly(18, 15), "Europe/Berlin",
            DigestCadence.Parse("0 8 * * 1-5"), "discord:1", T0, T0.AddHours(1), Paused: true);
        var daily = paused with { Id = "s1", Platform = ChatPlatform.Slack, TenantId = "T1", Cadence = DigestCadence.Daily, Paused = false };
        await store.AddSubscriptionAsync(paused, ct);
        await store.AddSubscriptionAsync(daily, ct);
        var rows = new List<Delivery>();
        for (var day = 1; day <= 3; day++)
        {
            var period = $"2026-03-0{day}";
            var (row, _) = await store.AddDeliveryIfAbsentAsync(
                new Delivery(DeliveryIds.For("s1", period), "s1", period, T0.AddDays(day), DeliveryStatus.Pending, 0, T0.AddDays(day), false, T0.AddDays(day)), ct);
            rows.Add(row);
        }
        var export = new SqliteDigestExport(new SqliteDigestStore(path));

        var subscriptions = new List<Subscription>();
        await foreach (var s in export.ReadSubscriptionsAsync(ct)) subscriptions.Add(s);
        var deliveries = new List<Delivery>();
        await foreach (var d in export.ReadDeliveriesAsync(ct)) deliveries.Add(d);

        Assert.Equal(["s1", "s2"], subscriptions.Select(s => s.Id));
        Assert.Equal(paused.Topics, subscriptions[1].Topics);
        Assert.Equal(paused with { Topics = [] }, subscriptions[1] with { Topics = [] });
        Assert.Equal(rows.OrderBy(r => r.Id, StringComparer.Ordinal), deliveries);
        Assert.Equal(new DigestCounts(2, 3), await export.CountAsync(ct));
    }

    [Fact]
    public async Task DigestExport_FileWithoutDigestTables_ExportsNothingAndCreatesNothing()
    {
        var ct = TestContext.Current.CancellationToken;
        var path = _db.NewPath();
        await new SqliteArticleIndex(new SqliteIndexOptions { Path = path }, new FakeTimeProvider(T0)).GetStatisticsAsync(ct);
        var export = new SqliteDigestExport(new SqliteDigestStore(path));

        var subscriptions = 0;
        await foreach (var _ in export.ReadSubscriptionsAsync(ct)) subscriptions++;

        Assert.Equal(0, subscriptions);
        Assert.Equal(new DigestCounts(0, 0), await export.CountAsync(ct));
        await using var connection = new SqliteConnection($"Data Source={path}");
        await connection.OpenAsync(ct);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT COUNT(*) FROM sqlite_master WHERE name LIKE 'digest%'";
        Assert.Equal(0L, await command.ExecuteScalarAsync(ct));
    }
}
