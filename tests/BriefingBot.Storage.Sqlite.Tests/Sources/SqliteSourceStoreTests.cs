using BriefingBot.Core.Sources;
using BriefingBot.Storage.Sqlite.Sources;

namespace BriefingBot.Storage.Sqlite.Tests.Sources;

public sealed class SqliteSourceStoreTests : IDisposable
{
    private static readonly DateTimeOffset T0 = new(2025, 11, 28, 9, 0, 0, TimeSpan.Zero);
    private readonly Digests.TempDatabase _database = new();

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public void Dispose() => _database.Dispose();

    private static WebSource Source(string id, DateTimeOffset? next = null) =>
        new(id, "https://" + id + ".example/feed", SourceKind.Unknown, TimeSpan.FromMinutes(15), SourceOrigin.User, T0, NextPollAt: next ?? T0);

    [Fact]
    public async Task AddAsync_SameIdTwice_KeepsTheFirstAndRoundTripsEveryField()
    {
        var store = new SqliteSourceStore(_database.Path);
        var full = Source("a") with
        {
            Kind = SourceKind.Feed, Title = "A", LastPolledAt = T0, LastSuccessAt = T0, ConsecutiveFailures = 2, LastError = "HTTP 500",
            DisabledReason = "refused", ETag = "\"e\"", LastModified = "Fri, 28 Nov 2025 08:00:00 GMT", ItemsIngested = 7, Origin = SourceOrigin.Config,
        };

        Assert.True(await store.AddAsync(full, Ct));
        Assert.False(await store.AddAsync(Source("a"), Ct));

        Assert.Equal(full, await store.GetAsync("a", Ct));
    }

    [Fact]
    public async Task TryLeaseAsync_TwoStoresOnOneFile_OnlyOneGetsTheSource()
    {
        var first = new SqliteSourceStore(_database.Path);
        var second = new SqliteSourceStore(_database.Path);
        await first.AddAsync(Source("a"), Ct);

        var taken = await first.TryLeaseAsync("a", "one", T0, T0.AddMinutes(5), Ct);
        var refused = await second.TryLeaseAsync("a", "two", T0.AddMinutes(1), T0.AddMinutes(6), Ct);
        var afterExpiry = await second.TryLeaseAsync("a", "two", T0.AddMinutes(6), T0.AddMinutes(11), Ct);

        Assert.NotNull(taken);
        Assert.Null(refused);
        Assert.NotNull(afterExpiry);
        Assert.False(await first.CompletePollAsync(taken with { NextPollAt = T0.AddHours(1) }, "one", Ct));
    }

    [Fact]
    public async Task ListDueAsync_DisabledFutureAndLeased_AreLeftOut()
    {
        var store = new SqliteSourceStore(_database.Path);
        await store.AddAsync(Source("due"), Ct);
        await store.AddAsync(Source("later", T0.AddHours(1)), Ct);
        await store.AddAsync(Source("off") with { DisabledReason = "5 consecutive failures" }, Ct);
        await store.AddAsync(Source("leased"), Ct);
        await store.TryLeaseAsync("leased", "other", T0, T0.AddMinutes(5), Ct);

        var due = await store.ListDueAsync(T0, 10, Ct);

        Assert.Equal(["due"], due.Select(s => s.Id));
    }

    [Fact]
    public async Task CompletePollAsync_ByTheLeaseHolder_StoresStateAndReleasesTheLease()
    {
        var store = new SqliteSourceStore(_database.Path);
        await store.AddAsync(Source("a"), Ct);
        var leased = (await store.TryLeaseAsync("a", "me", T0, T0.AddMinutes(5), Ct))!;

        Assert.True(await store.CompletePollAsync(leased with { ETag = "\"v2\"", NextPollAt = T0 }, "me", Ct));

        Assert.Equal("\"v2\"", (await store.GetAsync("a", Ct))!.ETag);
        Assert.NotNull(await store.TryLeaseAsync("a", "someone-else", T0, T0.AddMinutes(5), Ct));
    }

    [Fact]
    public async Task UpdateRegistrationAsync_PollCompletedByAnotherInstanceAfterTheRead_KeepsThePollResult()
    {
        var registrar = new SqliteSourceStore(_database.Path);
        var poller = new SqliteSourceStore(_database.Path);
        await registrar.AddAsync(Source("a"), Ct);
        var read = await registrar.GetAsync("a", Ct);
        var leased = (await poller.TryLeaseAsync("a", "poller", T0, T0.AddMinutes(5), Ct))!;
        await poller.CompletePollAsync(leased with { ETag = "\"v2\"", LastModified = "Fri, 28 Nov 2025 09:00:00 GMT", ItemsIngested = 5, NextPollAt = T0.AddMinutes(15), LastSuccessAt = T0 }, "poller", Ct);

        var updated = await registrar.UpdateRegistrationAsync(read!.Id, TimeSpan.FromHours(1), SourceOrigin.Config, Ct);

        var stored = await poller.GetAsync("a", Ct);
        Assert.Equal(updated, stored);
        Assert.Equal(TimeSpan.FromHours(1), stored!.Interval);
        Assert.Equal(SourceOrigin.Config, stored.Origin);
        Assert.Equal(5, stored.ItemsIngested);
        Assert.Equal("\"v2\"", stored.ETag);
        Assert.Equal("Fri, 28 Nov 2025 09:00:00 GMT", stored.LastModified);
        Assert.Equal(T0.AddMinutes(15), stored.NextPollAt);
        Assert.Equal(T0, stored.LastSuccessAt);
    }

    [Fact]
    public async Task UpdateRegistrationAsync_NullOriginOrMissingSource_KeepsOriginOrReturnsNull()
    {
        var store = new SqliteSourceStore(_database.Path);
        await store.AddAsync(Source("a"), Ct);

        var updated = await store.UpdateRegistrationAsync("a", TimeSpan.FromMinutes(30), origin: null, Ct);

        Assert.Equal(SourceOrigin.User, updated!.Origin);
        Assert.Equal(TimeSpan.FromMinutes(30), updated.Interval);
        Assert.Null(await store.UpdateRegistrationAsync("missing", TimeSpan.FromMinutes(30), SourceOrigin.User, Ct));
    }

    [Fact]
    public async Task EnableAsync_SourceDisabledByAPoll_ClearsFailuresAndKeepsValidatorsAndCounts()
    {
        var store = new SqliteSourceStore(_database.Path);
        await store.AddAsync(Source("a"), Ct);
        var leased = (await store.TryLeaseAsync("a", "poller", T0, T0.AddMinutes(5), Ct))!;
        await store.CompletePollAsync(leased with { ETag = "\"v3\"", ItemsIngested = 9, ConsecutiveFailures = 5, LastError = "HTTP 503", DisabledReason = "5 consecutive failures", NextPollAt = T0.AddDays(1) }, "poller", Ct);

        var enabled = await store.EnableAsync("a", T0.AddHours(2), Ct);

        Assert.Equal(enabled, await store.GetAsync("a", Ct));
        Assert.True(enabled!.Enabled);
        Assert.Equal(0, enabled.ConsecutiveFailures);
        Assert.Null(enabled.LastError);
        Assert.Equal(T0.AddHours(2), enabled.NextPollAt);
        Assert.Equal("\"v3\"", enabled.ETag);
        Assert.Equal(9, enabled.ItemsIngested);
        Assert.Null(await store.EnableAsync("missing", T0, Ct));
    }

    [Fact]
    public async Task CompletePollAsync_RegistrationChangedDuringThePoll_KeepsTheNewIntervalAndOrigin()
    {
        var store = new SqliteSourceStore(_database.Path);
        await store.AddAsync(Source("a") with { Origin = SourceOrigin.Config }, Ct);
        var leased = (await store.TryLeaseAsync("a", "poller", T0, T0.AddMinutes(5), Ct))!;
        await store.UpdateRegistrationAsync("a", TimeSpan.FromHours(2), SourceOrigin.User, Ct);

        Assert.True(await store.CompletePollAsync(leased with { ItemsIngested = 3, NextPollAt = T0.AddMinutes(15) }, "poller", Ct));

        var stored = await store.GetAsync("a", Ct);
        Assert.Equal(TimeSpan.FromHours(2), stored!.Interval);
        Assert.Equal(SourceOrigin.User, stored.Origin);
        Assert.Equal(3, stored.ItemsIngested);
    }

    [Fact]
    public async Task RemoveAsync_Source_ForgetsItsSeenItems()
    {
        var store = new SqliteSourceStore(_database.Path);
        await store.AddAsync(Source("a"), Ct);
        await store.MarkItemSeenAsync("a", "item-1", "v1", "art-1", T0, Ct);
        Assert.Equal("v1", await store.GetItemVersionAsync("a", "item-1", Ct));

        Assert.True(await store.RemoveAsync("a", Ct));

        Assert.Null(await store.GetItemVersionAsync("a", "item-1", Ct));
        Assert.Equal(0L, _database.Scalar("SELECT COUNT(*) FROM source_item"));
    }

    [Fact]
    public async Task FindNearAsync_FingerprintWithinSevenBits_IsACandidate()
    {
        var store = new SqliteSourceStore(_database.Path);
        const ulong original = 0xF0F0_1234_5678_9ABC;
        await store.RecordAsync(new ContentFingerprint("art-1", original, "hash-1", "courier.example", T0), ["https://courier.example/a"], Ct);
        var sevenBitsAway = original ^ 0x0101_0101_0101_0100; // one flipped bit in seven of the eight bands

        var near = await store.FindNearAsync(sevenBitsAway, 7, Ct);
        var far = await store.FindNearAsync(~original, 7, Ct);

        Assert.Equal("art-1", Assert.Single(near).ArticleId);
        Assert.Equal(original, near[0].SimHash);
        Assert.Empty(far);
    }

    [Fact]
    public async Task AddAliasesAsync_UrlAlreadyKnown_KeepsItsFirstArticle()
    {
        var store = new SqliteSourceStore(_database.Path);
        await store.RecordAsync(new ContentFingerprint("art-1", 1, "hash-1", null, T0), ["https://a.example/x"], Ct);

        await store.AddAliasesAsync("art-2", ["https://a.example/x", "https://b.example/y"], T0.AddMinutes(1), Ct);

        Assert.Equal("art-1", await store.FindByUrlAsync("https://a.example/x", Ct));
        Assert.Equal("art-2", await store.FindByUrlAsync("https://b.example/y", Ct));
        Assert.Equal("art-1", (await store.FindByContentHashAsync("hash-1", Ct))?.ArticleId);
        Assert.Equal(["https://a.example/x"], await store.ListUrlsAsync("art-1", Ct));
    }

    [Fact]
    public async Task Migrate_ExistingFile_KeepsItsOwnVersionTable()
    {
        var store = new SqliteSourceStore(_database.Path);
        await store.ListAsync(Ct);
        await new SqliteSourceStore(_database.Path).ListAsync(Ct);

        Assert.Equal(1L, _database.Scalar("SELECT MAX(version) FROM source_schema_version"));
        Assert.Equal(1L, _database.Scalar("SELECT COUNT(*) FROM source_schema_version"));
    }
}
