using BriefingBot.Core.Commands;
using BriefingBot.Core.Digests;
using BriefingBot.Storage.Postgres.Digests;
using Npgsql;

namespace BriefingBot.Storage.Postgres.Tests.Digests;

/// <summary>The same behaviours as the SQLite digest store's tests, on a fresh PostgreSQL schema per test.</summary>
public sealed class PostgresDigestStoreTests : IAsyncDisposable
{
    private static readonly DateTimeOffset T0 = new(2026, 5, 1, 8, 0, 0, TimeSpan.Zero);
    private readonly PostgresTestSchema _schema = new();
    private readonly CancellationToken _ct = TestContext.Current.CancellationToken;

    public ValueTask DisposeAsync() => _schema.DisposeAsync();

    /// <summary>A store on its own data source: its own pool, as a separate instance of the bot would have.</summary>
    private async Task<PostgresDigestStore> InstanceAsync() => new(await _schema.CreateDataSourceAsync());

    private static Subscription Sub(string id = "dabc", string? tenant = "guild-1", string channel = "chan-1") =>
        new(id, ChatPlatform.Discord, tenant, channel, ["colombia", "Bogotá"], new TimeOnly(7, 30), "America/Bogota",
            DigestCadence.Parse("0 7 * * 1-5"), "user-1", T0, T0.AddMinutes(5), Paused: true);

    private static Delivery Row(string subscriptionId = "dabc", string period = "2026-05-01") =>
        new(DeliveryIds.For(subscriptionId, period), subscriptionId, period, T0, DeliveryStatus.Pending, 0, T0, false, T0);

    [Fact]
    public async Task FirstUse_SchemaHoldingTheArticleIndex_AddsOnlyDigestTablesAndItsOwnVersion()
    {
        var dataSource = await _schema.CreateDataSourceAsync();
        await new PostgresArticleIndex(dataSource, TimeProvider.System).InitializeAsync(_ct);

        await (await InstanceAsync()).ListSubscriptionsAsync(null, _ct);
        await (await InstanceAsync()).ListSubscriptionsAsync(null, _ct); // second instance: no second migration

        Assert.Equal(1, await _schema.ScalarAsync("SELECT version FROM briefingbot_schema_versions WHERE component = 'digests'"));
        Assert.Equal(1, await _schema.ScalarAsync("SELECT version FROM briefingbot_schema_versions WHERE component = 'article_index'"));
        Assert.Equal(2L, await _schema.ScalarAsync("SELECT COUNT(*) FROM information_schema.tables WHERE table_schema = current_schema() AND table_name LIKE 'digest%'"));
    }

    [Fact]
    public async Task Subscription_RoundTrip_KeepsEveryField()
    {
        var store = await InstanceAsync();
        var sub = Sub();

        await store.AddSubscriptionAsync(sub, _ct);
        var read = await (await InstanceAsync()).GetSubscriptionAsync(sub.Id, _ct);

        Assert.NotNull(read);
        Assert.Equal(sub.Topics, read.Topics);
        Assert.Equal(sub with { Topics = read.Topics }, read);
    }

    [Fact]
    public async Task AddSubscription_SameIdTwice_Throws()
    {
        var store = await InstanceAsync();
        await store.AddSubscriptionAsync(Sub(), _ct);

        await Assert.ThrowsAsync<PostgresException>(() => store.AddSubscriptionAsync(Sub(), _ct));
    }

    [Fact]
    public async Task ListSubscriptions_ByTarget_MatchesNullTenantOnlyWithNull()
    {
        var store = await InstanceAsync();
        await store.AddSubscriptionAsync(Sub("d1"), _ct);
        await store.AddSubscriptionAsync(Sub("d2", tenant: null), _ct);
        await store.AddSubscriptionAsync(Sub("d3", channel: "chan-2"), _ct);

        var withTenant = await store.ListSubscriptionsAsync(new DigestTarget(ChatPlatform.Discord, "guild-1", "chan-1"), _ct);
        var withoutTenant = await store.ListSubscriptionsAsync(new DigestTarget(ChatPlatform.Discord, null, "chan-1"), _ct);
        var otherPlatform = await store.ListSubscriptionsAsync(new DigestTarget(ChatPlatform.Slack, "guild-1", "chan-1"), _ct);

        Assert.Equal(["d1"], withTenant.Select(s => s.Id));
        Assert.Equal(["d2"], withoutTenant.Select(s => s.Id));
        Assert.Empty(otherPlatform);
        Assert.Equal(["d1", "d2", "d3"], (await store.ListSubscriptionsAsync(null, _ct)).Select(s => s.Id));
    }

    [Fact]
    public async Task UpdateAndRemove_Subscription_RemoveTakesItsDeliveriesAlong()
    {
        var store = await InstanceAsync();
        await store.AddSubscriptionAsync(Sub(), _ct);
        await store.AddDeliveryIfAbsentAsync(Row(), _ct);

        Assert.True(await store.UpdateSubscriptionAsync(Sub() with { Topics = ["farc"], Paused = false }, _ct));
        Assert.Equal(["farc"], (await store.GetSubscriptionAsync("dabc", _ct))!.Topics);
        Assert.True(await store.RemoveSubscriptionAsync("dabc", _ct));

        Assert.False(await store.RemoveSubscriptionAsync("dabc", _ct));
        Assert.False(await store.UpdateSubscriptionAsync(Sub(), _ct));
        Assert.Equal(0L, await _schema.ScalarAsync("SELECT COUNT(*) FROM digest_delivery"));
    }

    [Fact]
    public async Task AddDeliveryIfAbsent_SamePeriodTwice_KeepsTheFirstRow()
    {
        var store = await InstanceAsync();
        await store.AddSubscriptionAsync(Sub(), _ct);

        var (first, firstAdded) = await store.AddDeliveryIfAbsentAsync(Row(), _ct);
        var (second, secondAdded) = await (await InstanceAsync()).AddDeliveryIfAbsentAsync(Row() with { Late = true, CreatedAt = T0.AddHours(1) }, _ct);

        Assert.True(firstAdded);
        Assert.False(secondAdded);
        Assert.Equal(first, second);
        Assert.False(second.Late);
    }

    [Fact]
    public async Task AddDeliveryIfAbsent_ManyInstancesAtOnce_ExactlyOneAdds()
    {
        var stores = new List<PostgresDigestStore>();
        for (var i = 0; i < 6; i++) stores.Add(await InstanceAsync());
        await stores[0].AddSubscriptionAsync(Sub(), _ct);

        var results = await Task.WhenAll(stores.Select((s, i) => Task.Run(() => s.AddDeliveryIfAbsentAsync(Row() with { Attempts = i }, _ct), _ct)));

        var winner = Assert.Single(results, r => r.Added);
        Assert.All(results, r => Assert.Equal(winner.Delivery, r.Delivery));
        Assert.Equal(1L, await _schema.ScalarAsync("SELECT COUNT(*) FROM digest_delivery"));
    }

    [Fact]
    public async Task TryClaim_WhileLeased_OnlyOneOwnerUntilTheLeaseExpires()
    {
        var store = await InstanceAsync();
        await store.AddSubscriptionAsync(Sub(), _ct);
        var (row, _) = await store.AddDeliveryIfAbsentAsync(Row(), _ct);

        var a = await store.TryClaimAsync(row.Id, "A", T0, T0.AddMinutes(2), _ct);
        var b = await store.TryClaimAsync(row.Id, "B", T0.AddMinutes(1), T0.AddMinutes(3), _ct);
        var bLater = await store.TryClaimAsync(row.Id, "B", T0.AddMinutes(3), T0.AddMinutes(5), _ct);

        Assert.Equal("A", a?.LeaseOwner);
        Assert.Null(b);
        Assert.Equal("B", bLater?.LeaseOwner);
        Assert.Equal(T0.AddMinutes(5), bLater?.LeaseExpiresAt);
        // A woke up late: its write is fenced off.
        Assert.False(await store.UpdateClaimedAsync(a! with { Status = DeliveryStatus.Sent }, "A", _ct));
        Assert.True(await store.UpdateClaimedAsync(bLater! with { Status = DeliveryStatus.Sent, LeaseOwner = null, LeaseExpiresAt = null, PlatformMessageId = "m1" }, "B", _ct));
        var stored = await store.GetDeliveryAsync(row.Id, _ct);
        Assert.Equal(DeliveryStatus.Sent, stored!.Status);
        Assert.Equal("m1", stored.PlatformMessageId);
        Assert.Null(await store.TryClaimAsync(row.Id, "C", T0.AddHours(1), T0.AddHours(2), _ct));
    }

    [Fact]
    public async Task TryClaim_TwoInstancesClaimTheSameDueRowAtOnce_ExactlyOneWins()
    {
        var first = await InstanceAsync();
        var second = await InstanceAsync();
        await first.AddSubscriptionAsync(Sub(), _ct);
        var rows = new List<Delivery>();
        for (var i = 0; i < 20; i++) rows.Add((await first.AddDeliveryIfAbsentAsync(Row(period: $"p{i:D2}"), _ct)).Delivery);

        // Both instances race for every row; a barrier per row makes the two claims overlap as closely as possible.
        var claims = await Task.WhenAll(rows.Select(async row =>
        {
            using var barrier = new Barrier(2);
            var a = Task.Run(() => { barrier.SignalAndWait(_ct); return first.TryClaimAsync(row.Id, "instance-A", T0, T0.AddMinutes(2), _ct); }, _ct);
            var b = Task.Run(() => { barrier.SignalAndWait(_ct); return second.TryClaimAsync(row.Id, "instance-B", T0, T0.AddMinutes(2), _ct); }, _ct);
            return (Row: row, A: await a, B: await b);
        }));

        Assert.All(claims, c => Assert.True(c.A is null ^ c.B is null, $"{c.Row.PeriodKey}: exactly one claim must win"));
        foreach (var (row, a, b) in claims)
        {
            var stored = await first.GetDeliveryAsync(row.Id, _ct);
            Assert.Equal((a ?? b)!.LeaseOwner, stored!.LeaseOwner);
        }
    }

    [Fact]
    public async Task TryClaim_RowNotYetDue_IsNotClaimed()
    {
        var store = await InstanceAsync();
        await store.AddSubscriptionAsync(Sub(), _ct);
        var (row, _) = await store.AddDeliveryIfAbsentAsync(Row() with { NextAttemptAt = T0.AddMinutes(10) }, _ct);

        Assert.Null(await store.TryClaimAsync(row.Id, "A", T0, T0.AddMinutes(2), _ct));
        Assert.NotNull(await store.TryClaimAsync(row.Id, "A", T0.AddMinutes(10), T0.AddMinutes(12), _ct));
    }

    [Fact]
    public async Task ListClaimable_OnlyOpenDueAndUnleasedRows_AndBacklogCountsOpenRows()
    {
        var store = await InstanceAsync();
        await store.AddSubscriptionAsync(Sub(), _ct);
        await store.AddDeliveryIfAbsentAsync(Row(period: "p-due"), _ct);
        await store.AddDeliveryIfAbsentAsync(Row(period: "p-later") with { NextAttemptAt = T0.AddMinutes(5) }, _ct);
        await store.AddDeliveryIfAbsentAsync(Row(period: "p-sent") with { Status = DeliveryStatus.Sent }, _ct);
        await store.AddDeliveryIfAbsentAsync(Row(period: "p-leased") with { Status = DeliveryStatus.InDoubt, LeaseOwner = "X", LeaseExpiresAt = T0.AddMinutes(1) }, _ct);

        var now = await store.ListClaimableDeliveriesAsync(T0, 10, _ct);
        var later = await store.ListClaimableDeliveriesAsync(T0.AddMinutes(10), 10, _ct);

        Assert.Equal(["p-due"], now.Select(d => d.PeriodKey));
        Assert.Equal(["p-due", "p-later", "p-leased"], later.Select(d => d.PeriodKey).Order(StringComparer.Ordinal));
        Assert.Equal(3, await store.CountOpenDeliveriesAsync(_ct));
    }

    [Fact]
    public async Task LatestAndLastSent_PickByScheduledTime()
    {
        var store = await InstanceAsync();
        await store.AddSubscriptionAsync(Sub(), _ct);
        await store.AddDeliveryIfAbsentAsync(Row(period: "d1") with { Status = DeliveryStatus.Sent, ContentUntil = T0 }, _ct);
        await store.AddDeliveryIfAbsentAsync(Row(period: "d2") with { ScheduledAt = T0.AddDays(1), Status = DeliveryStatus.Skipped }, _ct);

        Assert.Equal("d2", (await store.GetLatestDeliveryAsync("dabc", _ct))?.PeriodKey);
        Assert.Equal("d1", (await store.GetLastSentDeliveryAsync("dabc", _ct))?.PeriodKey);
        Assert.Equal(T0, (await store.GetLastSentDeliveryAsync("dabc", _ct))?.ContentUntil);
        Assert.Equal(["d2", "d1"], (await store.ListDeliveriesAsync("dabc", 10, _ct)).Select(d => d.PeriodKey));
        Assert.Equal(["d2"], (await store.ListDeliveriesAsync("dabc", 1, _ct)).Select(d => d.PeriodKey));
    }
}
