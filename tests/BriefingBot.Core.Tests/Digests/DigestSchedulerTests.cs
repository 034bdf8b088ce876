using BriefingBot.Core.Digests;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace BriefingBot.Core.Tests.Digests;

public sealed class DigestSchedulerTests
{
    [Fact]
    public async Task Tick_WhenDue_SendsAndUpdatesStatus()
    {
        var h = new DigestHarness(DigestHarness.Utc(2026, 5, 1, 7));
        await h.SubscribeAsync("08:00", "UTC");
        using var scheduler = new DigestScheduler(h.Service, Options.Create(h.Options), h.Time, NullLogger<DigestScheduler>.Instance);
        h.Time.SetUtcNow(DigestHarness.Utc(2026, 5, 1, 8));

        await scheduler.TickAsync(CancellationToken.None);

        Assert.Single(h.Sender.Posted);
        Assert.Equal(DigestHarness.Utc(2026, 5, 1, 8), h.Status.Snapshot.LastTickAt);
        Assert.Equal(1, h.Status.Snapshot.Sent);
    }

    [Fact]
    public async Task Tick_StoreFails_LogsAndRecordsTheErrorWithoutThrowing()
    {
        var h = new DigestHarness(DigestHarness.Utc(2026, 5, 1, 7));
        h.Store.ListFailure = new IOException("disk gone");
        using var scheduler = new DigestScheduler(h.Service, Options.Create(h.Options), h.Time, NullLogger<DigestScheduler>.Instance);

        await scheduler.TickAsync(CancellationToken.None);

        Assert.False(h.Status.Snapshot.LastTickSucceeded);
        Assert.Equal("disk gone", h.Status.Snapshot.LastError);
    }
}
