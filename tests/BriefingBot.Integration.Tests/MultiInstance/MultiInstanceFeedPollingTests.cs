using BriefingBot.Core.Sources;
using BriefingBot.Storage.Postgres.Sources;

namespace BriefingBot.Integration.Tests.MultiInstance;

/// <summary>Two real <c>serve</c> hosts on one PostgreSQL schema, both polling the same feeds.</summary>
public sealed class MultiInstanceFeedPollingTests
{
    private static readonly TimeSpan Interval = TimeSpan.FromSeconds(1);

    private static readonly string[] HostNames = ["host-a", "host-b"];

    /// <summary>Three unrelated stories, so the near-duplicate check keeps them apart.</summary>
    private static readonly Dictionary<string, string> Stories = new(StringComparer.Ordinal)
    {
        ["harbour"] = "The harbour authority of Port Elden approved a new breakwater on Tuesday. Engineers said construction "
            + "would begin in the spring and last two years. Fishing crews asked for a temporary berth during the works.",
        ["orchard"] = "Apple growers in the northern valley reported an early frost that damaged blossoms across several farms. "
            + "The regional cooperative will meet next week to discuss insurance claims and replanting grants.",
        ["library"] = "The city library reopened its reading room after a renovation funded by a local foundation. Visitors "
            + "found new shelving, brighter lamps and a children's corner with puppets donated by a theatre company.",
    };

    [Fact]
    public async Task Polling_TwoHostsOnOneDatabase_EachFeedPolledByOneHostAtATime()
    {
        using var bound = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        bound.CancelAfter(TimeSpan.FromSeconds(25)); // a hang fails the test instead of blocking the run
        var ct = bound.Token;
        await using var schema = await FreshPostgresSchema.CreateAsync(ct);
        // Each response is held a while, so a second host polling the same feed meanwhile would overlap it.
        await using var feeds = await FakeFeedServer.StartAsync(Stories, TimeSpan.FromMilliseconds(250), ct);
        await using (var dataSource = schema.CreateDataSource())
        {
            // Registered before the hosts start (what `sources add` would do), all due now.
            var store = new PostgresSourceStore(dataSource);
            var now = TimeProvider.System.GetUtcNow();
            foreach (var name in Stories.Keys)
                await store.AddAsync(new WebSource("src-" + name, feeds.FeedUrl(name).ToString(), SourceKind.Unknown, Interval, SourceOrigin.User, now, NextPollAt: now), ct);
        }

        // Both built first, then started together: they race for the first leases.
        var hosts = HostNames.Select(name => BotInstance.Create(name, schema.ConnectionString, Settings(name), null)).ToList();
        try
        {
            await Task.WhenAll(hosts.Select(h => h.StartAsync(ct)));
            while (Stories.Keys.Any(n => feeds.Log(n).Count < 5)) await Task.Delay(TimeSpan.FromMilliseconds(50), ct);
        }
        finally
        {
            foreach (var host in hosts) await host.DisposeAsync(); // no poll in flight after this
        }

        foreach (var name in Stories.Keys)
        {
            var log = feeds.Log(name);
            var requests = log.Requests.OrderBy(r => r.Started).ToList();
            Assert.Equal(1, log.MaxInFlight);
            // Never two polls of one source at once, and never again before its interval after the last one:
            // two hosts polling on their own would make about twice as many requests.
            var span = requests[^1].Started - requests[0].Started;
            Assert.InRange(requests.Count, 5, 1 + (int)((span + TimeSpan.FromMilliseconds(100)) / Interval));
            TestContext.Current.TestOutputHelper?.WriteLine(
                $"{name}: {requests.Count} polls in {span.TotalSeconds:0.0} s, " + string.Join(", ", requests.GroupBy(r => r.UserAgent).Select(g => $"{g.Key} {g.Count()}")));
        }

        await using (var dataSource = schema.CreateDataSource())
        {
            var sources = await new PostgresSourceStore(dataSource).ListAsync(ct);
            Assert.Equal(Stories.Count, sources.Count);
            Assert.All(sources, s =>
            {
                Assert.Equal(SourceKind.Feed, s.Kind);
                Assert.Null(s.LastError);
                Assert.Equal(1, s.ItemsIngested); // each story ingested once, however many polls and hosts saw it
            });
        }
        Assert.Equal(Stories.Count, await schema.CountAsync("articles", ct));
        Assert.Equal(Stories.Count, await schema.CountAsync("source_item", ct));
    }

    private static Dictionary<string, string?> Settings(string name) => new()
    {
        ["Sources:ConfigFile"] = "",
        ["Sources:AllowPrivateNetworks"] = "true",
        ["Sources:MinInterval"] = "00:00:01",
        ["Sources:PollerTick"] = "00:00:00.050",
        ["Sources:LeaseDuration"] = "00:00:30",
        ["Sources:StubTextLength"] = "0",
        ["Sources:UserAgent"] = name, // tells the feed server which host asked
        ["Digests:SchedulerEnabled"] = "true",
        ["Digests:PollInterval"] = "00:00:00.200",
        ["Digests:InstanceId"] = name,
    };
}
