using BriefingBot.Core.Commands;
using BriefingBot.Core.Digests;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace BriefingBot.Core.Tests.Digests;

/// <summary>A digest service on fake time, an in-memory store, canned briefings and a recording Discord sender.</summary>
internal sealed class DigestHarness
{
    public DigestHarness(DateTimeOffset start, Action<DigestOptions>? configure = null, InMemoryDigestStore? store = null, RecordingSender? sender = null)
    {
        Time = new FakeTimeProvider(start);
        Store = store ?? new InMemoryDigestStore();
        Sender = sender ?? new RecordingSender(Time);
        configure?.Invoke(Options);
        Service = NewService();
    }

    public FakeTimeProvider Time { get; }

    public InMemoryDigestStore Store { get; }

    public RecordingSender Sender { get; }

    public CannedBriefingService Briefings { get; } = new();

    public DigestOptions Options { get; } = new();

    public DigestSchedulerStatus Status { get; } = new();

    public DigestService Service { get; private set; }

    /// <summary>A fresh service object on the same store and platform: what a restarted (or second) process is.</summary>
    public DigestService NewService() =>
        new(Store, Briefings, [Sender], Microsoft.Extensions.Options.Options.Create(Options), Time, NullLogger<DigestService>.Instance, Status);

    public void Restart() => Service = NewService();

    public Task<Subscription> SubscribeAsync(string time, string zone, string cadence = "daily", params string[] topics) =>
        Service.AddAsync(new DigestSubscriptionRequest(ChatPlatform.Discord, "guild-1", "channel-1", topics.Length == 0 ? ["colombia"] : topics, time, zone, cadence, "user-1"), CancellationToken.None);

    /// <summary>Runs the due work every <paramref name="step"/> until <paramref name="end"/> (inclusive), as a scheduler would.</summary>
    public async Task RunUntilAsync(DateTimeOffset end, TimeSpan step)
    {
        while (true)
        {
            await Service.RunDueAsync(CancellationToken.None);
            if (Time.GetUtcNow() + step > end) break;
            Time.Advance(step);
        }
    }

    public async Task<DigestRunReport> RunAtAsync(DateTimeOffset at)
    {
        Time.SetUtcNow(at);
        return await Service.RunDueAsync(CancellationToken.None);
    }

    public static DateTimeOffset Utc(int year, int month, int day, int hour = 0, int minute = 0) => new(year, month, day, hour, minute, 0, TimeSpan.Zero);

    public static DateTimeOffset Local(string zone, int year, int month, int day, int hour, int minute = 0)
    {
        var tz = TimeZoneInfo.FindSystemTimeZoneById(zone);
        var local = new DateTime(year, month, day, hour, minute, 0, DateTimeKind.Unspecified);
        return new DateTimeOffset(local, tz.GetUtcOffset(local));
    }
}
