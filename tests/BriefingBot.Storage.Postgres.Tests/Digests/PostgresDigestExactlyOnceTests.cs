using BriefingBot.Core.Commands;
using BriefingBot.Core.Digests;
using BriefingBot.Core.Tests.Digests;
using BriefingBot.Storage.Postgres.Digests;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace BriefingBot.Storage.Postgres.Tests.Digests;

/// <summary>Several bot instances (each its own service, store and connection pool) on one PostgreSQL schema.</summary>
public sealed class PostgresDigestExactlyOnceTests : IAsyncDisposable
{
    private readonly PostgresTestSchema _schema = new();
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 3, 6, 0, 0, 0, TimeSpan.Zero));
    private readonly CannedBriefingService _briefings = new();
    private readonly DigestOptions _options = new();

    public ValueTask DisposeAsync() => _schema.DisposeAsync();

    private async Task<DigestService> InstanceAsync(IDigestSender sender) =>
        new(new PostgresDigestStore(await _schema.CreateDataSourceAsync()), _briefings, [sender], Options.Create(_options), _time, NullLogger<DigestService>.Instance);

    private static DigestSubscriptionRequest Request(int i, string zone) =>
        new(ChatPlatform.Discord, "guild", $"channel-{i}", [$"topic {i}"], "08:00", zone, "daily", "admin");

    [Fact]
    public async Task RunDue_FourInstancesConcurrently_DeliverEachPeriodExactlyOnce()
    {
        var sender = new RecordingSender(_time);
        var instances = new List<DigestService>();
        for (var i = 0; i < 4; i++) instances.Add(await InstanceAsync(sender));
        string[] zones = ["America/New_York", "Europe/London", "America/Bogota", "Asia/Kolkata"];
        for (var i = 0; i < 8; i++) await instances[0].AddAsync(Request(i, zones[i % zones.Length]), CancellationToken.None);

        // 6 Mar .. 10 Mar 2026 covers New York's spring-forward (8 Mar).
        for (var step = 0; step < 4 * 24 * 4; step++)
        {
            await Task.WhenAll(instances.Select(p => Task.Run(() => p.RunDueAsync(CancellationToken.None))));
            _time.Advance(TimeSpan.FromMinutes(15));
        }

        var keys = sender.Posted.Select(p => (p.Message.Digest.SubscriptionId, p.Message.Digest.PeriodKey)).ToList();
        Assert.Equal(keys.Count, keys.Distinct().Count());
        Assert.Equal(8 * 4, keys.Count); // 6-9 March in every zone
        Assert.Equal(keys.Count, sender.Attempts);
    }

    [Fact]
    public async Task RunDue_CrashAfterSendBeforeRecord_RestartedInstanceConfirmsNonceAndDoesNotResend()
    {
        var sender = new CrashingSender(_time);
        var first = await InstanceAsync(sender);
        await first.AddAsync(Request(1, "UTC"), CancellationToken.None);
        _time.SetUtcNow(new DateTimeOffset(2026, 3, 6, 8, 0, 0, TimeSpan.Zero));

        // The platform posts; the instance dies before it hears back (its token is cancelled mid-send).
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => first.RunDueAsync(sender.Crash.Token));
        Assert.Single(sender.Posted);

        var restarted = await InstanceAsync(sender); // a new instance: fresh service, store and pool
        _time.Advance(_options.LeaseDuration + TimeSpan.FromSeconds(1));
        var report = await restarted.RunDueAsync(CancellationToken.None);

        Assert.Single(sender.Posted);
        Assert.Equal(1, sender.Attempts);
        var result = Assert.Single(report.Results);
        Assert.Equal(DeliveryStatus.Sent, result.Status);
        Assert.Equal("m1", result.Detail);
    }

    /// <summary>Posts, then the hosting instance is killed (modelled as cancelling its stopping token).</summary>
    private sealed class CrashingSender(TimeProvider time) : IDigestSender
    {
        private readonly RecordingSender _platform = new(time);

        public CancellationTokenSource Crash { get; } = new();

        public IReadOnlyList<(DigestMessage Message, DateTimeOffset At)> Posted => _platform.Posted;

        public int Attempts => _platform.Attempts;

        public ChatPlatform Platform => ChatPlatform.Discord;

        public async Task<DigestSendReceipt> SendAsync(DigestMessage message, CancellationToken cancellationToken)
        {
            var receipt = await _platform.SendAsync(message, cancellationToken);
            if (Crash.IsCancellationRequested || _platform.Attempts > 1) return receipt;
            await Crash.CancelAsync();
            cancellationToken.ThrowIfCancellationRequested();
            return receipt;
        }

        public Task<DigestConfirmationResult> ConfirmAsync(DigestTarget target, string idempotencyKey, DateTimeOffset attemptedSince, CancellationToken cancellationToken) =>
            _platform.ConfirmAsync(target, idempotencyKey, attemptedSince, cancellationToken);
    }
}
