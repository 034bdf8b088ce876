using BriefingBot.Core.Commands;
using BriefingBot.Core.Digests;
using BriefingBot.Storage.Sqlite.Digests;

namespace BriefingBot.Storage.Sqlite.Tests.Digests;

public sealed class SqliteDigestStoreTests : IDisposable
{
    private static readonly DateTimeOffset T0 = new(2026, 5, 1, 8, 0, 0, TimeSpan.Zero);
    private readonly TempDatabase db = new();
    private readonly CancellationToken ct = CancellationToken.None;

    public void Dispose() => db.Dispose();

    private static Subscription Sub(string id = "dabc", string? tenant = "guild-1", string channel = "chan-1") =>
        new(id, ChatPlatform.Discord, tenant, channel, ["colombia", "Bogotá"], new TimeOnly(7, 30), "America/Bogota",
            DigestCadence.Parse("0 7 * * 1-5"), "user-1", T0, T0.AddMinutes(5), Paused: true);

    private static Delivery Row(string subscriptionId = "dabc", string period = "2026-05-01") =>
        new(DeliveryIds.For(subscriptionId, period), subscriptionId, period, T0, DeliveryStatus.Pending, 0, T0, false, T0);

    [Fact]
    public async Task FirstUse_FileHoldingAnotherSchema_AddsOnlyPrefixedTablesAndItsOwnVersion()
    {
        using (var connection = db.Open())
        using (var command = connection.CreateCommand())
        {
            command.CommandText = "CREATE TABLE schema_version (version INTEGER); INSERT INTO schema_version VALUES (7); CREATE TABLE articles (id TEXT); INSERT INTO articles VALUES ('a1');";
            command.ExecuteNonQuery();
        }

        await new SqliteDigestStore(db.Path).ListSubscriptionsAsync(null, ct);
        await new SqliteDigestStore(db.Path).ListSubscriptionsAsync(null, ct); // second process: no second migration

        Assert.Equal(1L, db.Scalar("SELECT MAX(version) FROM digest_schema_version"));
        Assert.Equal(1L, db.Scalar("SELECT COUNT(*) FROM digest_schema_version"));
        Assert.Equal(7L, db.Scalar("SELECT version FROM schema_version"));
        Assert.Equal("a1", db.Scalar("SELECT id FROM articles"));
        Assert.Equal(3L, db.Scalar("SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' AND name LIKE 'digest%'"));
        Assert.Equal(5L, db.Scalar("SELECT COUNT(*) FROM sqlite_master WHERE type = 'table'"));
    }

    [Fact]
    public async Task Subscription_RoundTrip_KeepsEveryField()
    {
        var store = new SqliteDigestStore(db.Path);
        var sub = Sub();

        await store.AddSubscriptionAsync(sub, ct);
        var read = await new SqliteDigestStore(db.Path).GetSubscriptionAsync(sub.Id, ct);

        Assert.NotNull(read);
        Assert.Equal(sub.Topics, read.Topics);
        Assert.Equal(sub with { Topics = read.Topics }, read);
    }

    [Fact]
    public async Task ListSubscriptions_ByTarget_MatchesNullTenantOnlyWithNull()
    {
        var store = new SqliteDigestStore(db.Path);
        await store.AddSubscriptionAsync(Sub("d1"), ct);
        await store.AddSubscriptionAsync(Sub("d2", tenant: null), ct);
        await store.AddSubscriptionAsync(Sub("d3", channel: "chan-2"), ct);

        var withTenant = await store.ListSubscriptionsAsync(new DigestTarget(ChatPlatform.Discord, "guild-1", "chan-1"), ct);
        var withoutTenant = await store.ListSubscriptionsAsync(new DigestTarget(ChatPlatform.Discord, null, "chan-1"), ct);
        var otherPlatform = await store.ListSubscriptionsAsync(new DigestTarget(ChatPlatform.Slack, "guild-1", "chan-1"), ct);

        Assert.Equal(["d1"], withTenant.Select(s => s.Id));
        Assert.Equal(["d2"], withoutTenant.Select(s => s.Id));
        Assert.Empty(otherPlatform);
        Assert.Equal(3, (await store.ListSubscriptionsAsync(null, ct)).Count);
    }

    [Fact]
    public async Task UpdateAndRemove_Subscription_RemoveTakesItsDeliveriesAlong()
    {
        var store = new SqliteDigestStore(db.Path);
        await store.AddSubscriptionAsync(Sub(), ct);
        await store.AddDeliveryIfAbsentAsync(Row(), ct);

        Assert.True(await store.UpdateSubscriptionAsync(Sub() with { Topics = ["farc"], Paused = false }, ct));
        Assert.Equal(["farc"], (await store.GetSubscriptionAsync("dabc", ct))!.Topics);
        Assert.True(await store.RemoveSubscriptionAsync("dabc", ct));

        Assert.False(await store.RemoveSubscriptionAsync("dabc", ct));
        Assert.False(await store.UpdateSubscriptionAsync(Sub(), ct));
        Assert.Equal(0L, db.Scalar("SELECT COUNT(*) FROM digest_delivery"));
    }

    [Fact]
    public async Task AddDeliveryIfAbsent_SamePeriodTwice_KeepsTheFirstRow()
    {
        var store = new SqliteDigestStore(db.Path);
        await store.AddSubscriptionAsync(Sub(), ct);

        var (first, firstAdded) = await store.AddDeliveryIfAbsentAsync(Row(), ct);
        var (second, secondAdded) = await new SqliteDigestStore(db.Path).AddDeliveryIfAbsentAsync(Row() with { Late = true, CreatedAt = T0.AddHours(1) }, ct);

        Assert.True(firstAdded);
        Assert.False(secondAdded);
        Assert.Equal(first, second);
        Assert.False(second.Late);
    }

    [Fact]
    public async Task TryClaim_WhileLeased_OnlyOneOwnerUntilTheLeaseExpires()
    {
        var store = new SqliteDigestStore(db.Path);
        await store.AddSubscriptionAsync(Sub(), ct);
        var (row, _) = await store.AddDeliveryIfAbsentAsync(Row(), ct);

        var a = await store.TryClaimAsync(row.Id, "A", T0, T0.AddMinutes(2), ct);
        var b = await store.TryClaimAsync(row.Id, "B", T0.AddMinutes(1), T0.AddMinutes(3), ct);
        var bLater = await store.TryClaimAsync(row.Id, "B", T0.AddMinutes(3), T0.AddMinutes(5), ct);

        Assert.Equal("A", a?.LeaseOwner);
        Assert.Null(b);
        Assert.Equal("B", bLater?.LeaseOwner);
        // A woke up late: its write is fenced off.
        Assert.False(await store.UpdateClaimedAsync(a! with { Status = DeliveryStatus.Sent }, "A", ct));
        Assert.True(await store.UpdateClaimedAsync(bLater! with { Status = DeliveryStatus.Sent, LeaseOwner = null, LeaseExpiresAt = null, PlatformMessageId = "m1" }, "B", ct));
        var stored = await store.GetDeliveryAsync(row.Id, ct);
        Assert.Equal(DeliveryStatus.Sent, stored!.Status);
        Assert.Equal("m1", stored.PlatformMessageId);
        Assert.Null(await store.TryClaimAsync(row.Id, "C", T0.AddHours(1), T0.AddHours(2), ct));
    }

    [Fact]
    public async Task ListClaimable_OnlyOpenDueAndUnleasedRows_AndBacklogCountsOpenRows()
    {
        var store = new SqliteDigestStore(db.Path);
        await store.AddSubscriptionAsync(Sub(), ct);
        await store.AddDeliveryIfAbsentAsync(Row(period: "p-due"), ct);
        await store.AddDeliveryIfAbsentAsync(Row(period: "p-later") with { NextAttemptAt = T0.AddMinutes(5) }, ct);
        await store.AddDeliveryIfAbsentAsync(Row(period: "p-sent") with { Status = DeliveryStatus.Sent }, ct);
        await store.AddDeliveryIfAbsentAsync(Row(period: "p-leased") with { Status = DeliveryStatus.InDoubt, LeaseOwner = "X", LeaseExpiresAt = T0.AddMinutes(1) }, ct);

        var now = await store.ListClaimableDeliveriesAsync(T0, 10, ct);
        var later = await store.ListClaimableDeliveriesAsync(T0.AddMinutes(10), 10, ct);

        Assert.Equal(["p-due"], now.Select(d => d.PeriodKey));
        Assert.Equal(["p-due", "p-later", "p-leased"], later.Select(d => d.PeriodKey).Order());
        Assert.Equal(3, await store.CountOpenDeliveriesAsync(ct));
    }

    [Fact]
    public async Task LatestAndLastSent_PickByScheduledTime()
    {
        var store = new SqliteDigestStore(db.Path);
        await store.AddSubscriptionAsync(Sub(), ct);
        await store.AddDeliveryIfAbsentAsync(Row(period: "d1") with { Status = DeliveryStatus.Sent, ContentUntil = T0 }, ct);
        await store.AddDeliveryIfAbsentAsync(Row(period: "d2") with { ScheduledAt = T0.AddDays(1), Status = DeliveryStatus.Skipped }, ct);

        Assert.Equal("d2", (await store.GetLatestDeliveryAsync("dabc", ct))?.PeriodKey);
        Assert.Equal("d1", (await store.GetLastSentDeliveryAsync("dabc", ct))?.PeriodKey);
        Assert.Equal(["d2", "d1"], (await store.ListDeliveriesAsync("dabc", 10, ct)).Select(d => d.PeriodKey));
    }
}
