using BriefingBot.Core.Commands;
using BriefingBot.Core.Digests;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace BriefingBot.Integration.Tests.MultiInstance;

/// <summary>Two real <c>serve</c> hosts on one PostgreSQL schema, both running the digest scheduler.</summary>
public sealed class MultiInstanceDigestTests
{
    private static readonly DateTimeOffset Start = new(2026, 3, 6, 0, 5, 0, TimeSpan.Zero);
    private static readonly TimeSpan Step = TimeSpan.FromMinutes(20);

    [Fact]
    public async Task Scheduler_TwoHostsOnOneDatabase_SendEachDigestPeriodExactlyOnce()
    {
        using var bound = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        bound.CancelAfter(TimeSpan.FromSeconds(25)); // a hang fails the test instead of blocking the run
        var ct = bound.Token;
        await using var schema = await FreshPostgresSchema.CreateAsync(ct);
        await using var chat = await FakeChatApi.StartAsync(ct);
        // One clock for both hosts, moved by the test: many periods in seconds, and both hosts look at every instant.
        var time = new FakeTimeProvider(Start);
        await using var a = await StartAsync("host-a", schema, chat, time, ct);
        await using var b = await StartAsync("host-b", schema, chat, time, ct);
        await BothTickedAsync(a, b, time, ct);

        var digests = a.Services.GetRequiredService<DigestService>();
        var hourly = await digests.AddAsync(Request("hourly", "UTC", "0 * * * *"), ct);
        var quarterPast = await digests.AddAsync(Request("quarter-past", "Europe/Madrid", "15 * * * *"), ct);
        var daily = await digests.AddAsync(Request("daily", "Asia/Kolkata", "daily", time: "08:00"), ct); // 02:30 UTC

        for (var step = 0; step < 36; step++) // 12 hours: 00:05 to 12:05 UTC
        {
            time.Advance(Step);
            await BothTickedAsync(a, b, time, ct);
        }

        var posts = chat.Posts;
        var byNonce = posts.GroupBy(p => p.Nonce).ToList();
        Assert.All(byNonce, g => Assert.Single(g));
        Assert.Equal(12 + 12 + 1, posts.Count);
        var store = a.Services.GetRequiredService<IDigestStore>();
        Assert.Equal(12, await SentAsync(store, hourly.Id, ct));
        Assert.Equal(12, await SentAsync(store, quarterPast.Id, ct));
        Assert.Equal(1, await SentAsync(store, daily.Id, ct));
        var (statusA, statusB) = (Status(a), Status(b));
        Assert.Null(statusA.LastError);
        Assert.Null(statusB.LastError);
        Assert.Equal(posts.Count, statusA.Sent + statusB.Sent);
        TestContext.Current.TestOutputHelper?.WriteLine(
            $"{posts.Count} digests: {posts.Count(p => p.Instance == a.Name)} posted by {a.Name}, {posts.Count(p => p.Instance == b.Name)} by {b.Name}");
    }

    private static DigestSubscriptionRequest Request(string channel, string zone, string cadence, string? time = null) =>
        new(ChatPlatform.Discord, "guild", channel, ["harbour works"], time, zone, cadence, "admin");

    private static async Task<int> SentAsync(IDigestStore store, string subscriptionId, CancellationToken ct)
    {
        var deliveries = await store.ListDeliveriesAsync(subscriptionId, 100, ct);
        Assert.All(deliveries, d => Assert.Equal(DeliveryStatus.Sent, d.Status));
        return deliveries.Count;
    }

    private static DigestSchedulerSnapshot Status(BotInstance host) => host.Services.GetRequiredService<IDigestSchedulerStatus>().Snapshot;

    /// <summary>Waits until both schedulers have finished a look for due digests at the clock's current instant.</summary>
    private static async Task BothTickedAsync(BotInstance a, BotInstance b, FakeTimeProvider time, CancellationToken ct)
    {
        var now = time.GetUtcNow();
        while (Status(a).LastTickAt < now || Status(b).LastTickAt < now || Status(a).LastTickAt is null || Status(b).LastTickAt is null)
            await Task.Delay(TimeSpan.FromMilliseconds(5), ct);
    }

    private static Task<BotInstance> StartAsync(string name, FreshPostgresSchema schema, FakeChatApi chat, FakeTimeProvider time, CancellationToken ct) =>
        BotInstance.StartAsync(name, schema.ConnectionString, new Dictionary<string, string?>
        {
            ["Digests:SchedulerEnabled"] = "true",
            ["Digests:PollInterval"] = "00:20:00", // on the fake clock: one look per step
            ["Digests:InstanceId"] = name,
            ["Sources:ConfigFile"] = "",
        }, builder => Configure(builder, name, chat, time), ct);

    private static void Configure(WebApplicationBuilder builder, string name, FakeChatApi chat, FakeTimeProvider time)
    {
        builder.Services.AddSingleton<TimeProvider>(time);
        builder.Services.AddSingleton<IDigestSender>(chat.CreateSender(name));
    }
}
