using BriefingBot.Core.Commands;
using BriefingBot.Core.Digests;
using BriefingBot.Core.Tests.Digests;
using BriefingBot.Storage.Sqlite.Digests;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace BriefingBot.Storage.Sqlite.Tests.Digests;

/// <summary>Several "processes" (service objects, each with its own store object) on one real SQLite file.</summary>
public sealed class SqliteDigestExactlyOnceTests : IDisposable
{
    private readonly TempDatabase db = new();
    private readonly FakeTimeProvider time = new(new DateTimeOffset(2026, 3, 6, 0, 0, 0, TimeSpan.Zero));
    private readonly CannedBriefingService briefings = new();
    private readonly DigestOptions options = new();

    public void Dispose() => db.Dispose();

    private DigestService Process(IDigestSender sender) =>
        new(new SqliteDigestStore(db.Path), briefings, [sender], Options.Create(options), time, NullLogger<DigestService>.Instance);

    private static DigestSubscriptionRequest Request(int i, string zone) =>
        new(ChatPlatform.Discord, "guild", $"channel-{i}", [$"topic {i}"], "08:00", zone, "daily", "admin");

    [Fact]
    public async Task RunDue_FourProcessesConcurrently_DeliverEachPeriodExactlyOnce()
    {
        var sender = new RecordingSender(time);
        var processes = Enumerable.Range(0, 4).Select(_ => Process(sender)).ToList();
        string[] zones = ["America/New_York", "Europe/London", "America/Bogota", "Asia/Kolkata"];
        for (var i = 0; i < 8; i++) await processes[0].AddAsync(Request(i, zones[i % zones.Length]), CancellationToken.None);

        // 6 Mar .. 10 Mar 2026 covers New York's spring-forward (8 Mar).
        for (var step = 0; step < 4 * 24 * 4; step++)
        {
            await Task.WhenAll(processes.Select(p => Task.Run(() => p.RunDueAsync(CancellationToken.None))));
            time.Advance(TimeSpan.FromMinutes(15));
        }

        var keys = sender.Posted.Select(p => (p.Message.Digest.SubscriptionId, p.Message.Digest.PeriodKey)).ToList();
        Assert.Equal(keys.Count, keys.Distinct().Count());
        Assert.Equal(8 * 4, keys.Count); // 6-9 March in every zone
        Assert.Equal(keys.Count, sender.Attempts);
    }

    [Fact]
    public async Task RunDue_CrashAfterSendBeforeRecord_RestartedProcessConfirmsNonceAndDoesNotResend()
    {
        var sender = new CrashingSender(time);
        var first = Process(sender);
        await first.AddAsync(Request(1, "UTC"), CancellationToken.None);
        time.SetUtcNow(new DateTimeOffset(2026, 3, 6, 8, 0, 0, TimeSpan.Zero));

        // The platform posts; the process dies before it hears back (its token is cancelled mid-send).
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => first.RunDueAsync(sender.Crash.Token));
        Assert.Single(sender.Posted);

        var restarted = Process(sender); // new process: fresh service and store objects, same file
        time.Advance(options.LeaseDuration + TimeSpan.FromSeconds(1));
        var report = await restarted.RunDueAsync(CancellationToken.None);

        Assert.Single(sender.Posted);
        Assert.Equal(1, sender.Attempts);
        var result = Assert.Single(report.Results);
        Assert.Equal(DeliveryStatus.Sent, result.Status);
        Assert.Equal("m1", result.Detail);
    }

    /// <summary>Posts, then the hosting process is killed (modelled as cancelling its stopping token).</summary>
    private sealed class CrashingSender(TimeProvider time) : IDigestSender
    {
        private readonly RecordingSender platform = new(time);

        public CancellationTokenSource Crash { get; } = new();

        public IReadOnlyList<(DigestMessage Message, DateTimeOffset At)> Posted => platform.Posted;

        public int Attempts => platform.Attempts;

        public ChatPlatform Platform => ChatPlatform.Discord;

        public async Task<DigestSendReceipt> SendAsync(DigestMessage message, CancellationToken cancellationToken)
        {
            var receipt = await platform.SendAsync(message, cancellationToken);
            if (Crash.IsCancellationRequested || platform.Attempts > 1) return receipt;
            await Crash.CancelAsync();
            cancellationToken.ThrowIfCancellationRequested();
            return receipt;
        }

        public Task<DigestConfirmationResult> ConfirmAsync(DigestTarget target, string idempotencyKey, DateTimeOffset attemptedSince, CancellationToken cancellationToken) =>
            platform.ConfirmAsync(target, idempotencyKey, attemptedSince, cancellationToken);
    }
}
