using BriefingBot.Core.Digests;

namespace BriefingBot.Core.Tests.Digests;

public sealed class DigestDeliveryTests
{
    private static readonly DateTimeOffset Due = DigestHarness.Utc(2026, 5, 1, 8);

    private static async Task<DigestHarness> SubscribedAsync(Action<DigestOptions>? configure = null)
    {
        var h = new DigestHarness(DigestHarness.Utc(2026, 5, 1, 7), configure);
        await h.SubscribeAsync("08:00", "UTC");
        return h;
    }

    [Fact]
    public async Task RunDue_RateLimitedThenTransientThenOk_ArrivesOnceAndHonoursRetryAfter()
    {
        var h = await SubscribedAsync(o => o.BaseRetryDelay = TimeSpan.FromSeconds(30));
        h.Sender.Failures.Enqueue(new DigestSendException("429 Too Many Requests", TimeSpan.FromSeconds(90)));
        h.Sender.Failures.Enqueue(new DigestSendException("503 Service Unavailable"));

        await h.RunAtAsync(Due);                         // attempt 1: 429, retry after 90 s
        await h.RunAtAsync(Due.AddSeconds(60));          // too early: the platform asked for 90 s
        Assert.Equal(1, h.Sender.Attempts);
        await h.RunAtAsync(Due.AddSeconds(90));          // attempt 2: 503, back off 2 × 30 s
        await h.RunAtAsync(Due.AddSeconds(120));         // too early for the backoff
        Assert.Equal(2, h.Sender.Attempts);
        var report = await h.RunAtAsync(Due.AddSeconds(150)); // attempt 3: sent
        await h.RunAtAsync(Due.AddMinutes(30));

        Assert.Equal(3, h.Sender.Attempts);
        Assert.Single(h.Sender.Posted);
        var delivery = Assert.Single(h.Store.Deliveries);
        Assert.Equal(DeliveryStatus.Sent, delivery.Status);
        Assert.Equal(3, delivery.Attempts);
        Assert.Equal("m1", delivery.PlatformMessageId);
        Assert.Equal(DeliveryStatus.Sent, Assert.Single(report.Results).Status);
        Assert.Equal(0, report.Backlog);
    }

    [Fact]
    public async Task RunDue_PermanentError_FailsWithReasonAndNeverRetries()
    {
        var h = await SubscribedAsync();
        h.Sender.Failures.Enqueue(new DigestSendException("Unknown Channel (10003)", retryAfter: null, permanent: true));

        await h.RunAtAsync(Due);
        await h.RunAtAsync(Due.AddHours(1));

        Assert.Equal(1, h.Sender.Attempts);
        var delivery = Assert.Single(h.Store.Deliveries);
        Assert.Equal(DeliveryStatus.Failed, delivery.Status);
        Assert.Contains("10003", delivery.LastError, StringComparison.Ordinal);
        Assert.Equal(1, h.Status.Snapshot.Failed);
    }

    [Fact]
    public async Task RunDue_AlwaysFailing_GivesUpAfterMaxAttempts()
    {
        var h = await SubscribedAsync(o => o.MaxAttempts = 3);
        for (var i = 0; i < 10; i++) h.Sender.Failures.Enqueue(new DigestSendException("500"));

        await h.RunAtAsync(Due);
        for (var minute = 1; minute <= 60; minute++) await h.RunAtAsync(Due.AddMinutes(minute));

        Assert.Equal(3, h.Sender.Attempts);
        Assert.Equal(DeliveryStatus.Failed, Assert.Single(h.Store.Deliveries).Status);
    }

    [Fact]
    public async Task RunDue_SendOutcomeUnknownButPlatformHasTheNonce_ConfirmsInsteadOfResending()
    {
        var h = await SubscribedAsync();
        h.Sender.Failures.Enqueue(new RecordingSender.PostThenThrow());

        await h.RunAtAsync(Due);
        Assert.Equal(DeliveryStatus.InDoubt, Assert.Single(h.Store.Deliveries).Status);
        await h.RunAtAsync(Due.AddMinutes(5));

        Assert.Single(h.Sender.Posted);
        Assert.Equal(1, h.Sender.Attempts);
        var delivery = Assert.Single(h.Store.Deliveries);
        Assert.Equal(DeliveryStatus.Sent, delivery.Status);
        Assert.Equal("m1", delivery.PlatformMessageId);
    }

    [Fact]
    public async Task RunDue_CrashAfterSendBeforeRecord_NewProcessConfirmsTheNonceAndDoesNotSendAgain()
    {
        var h = new DigestHarness(DigestHarness.Utc(2026, 5, 1, 7));
        var store = h.Store;
        await h.SubscribeAsync("08:00", "UTC");
        store.CrashOnRecordingSent = true;

        // The process "dies" between the platform's answer and the write: the exception escapes, nothing is recorded.
        await Assert.ThrowsAsync<InvalidOperationException>(() => h.RunAtAsync(Due));
        Assert.Single(h.Sender.Posted);
        Assert.Equal(DeliveryStatus.InDoubt, Assert.Single(store.Deliveries).Status);

        store.CrashOnRecordingSent = false;
        h.Restart(); // all in-process state is gone; only the store and the platform remain
        await h.RunAtAsync(Due.AddSeconds(30)); // lease still held by the dead process
        Assert.Equal(DeliveryStatus.InDoubt, Assert.Single(store.Deliveries).Status);
        await h.RunAtAsync(Due + h.Options.LeaseDuration + TimeSpan.FromSeconds(1));

        Assert.Single(h.Sender.Posted);
        Assert.Equal(1, h.Sender.Attempts);
        Assert.Equal(DeliveryStatus.Sent, Assert.Single(store.Deliveries).Status);
    }

    [Fact]
    public async Task RunDue_OutcomeUnknownAndPlatformCannotConfirm_ResendsOnceByDefault()
    {
        var h = await SubscribedAsync();
        h.Sender.CanConfirm = false;
        h.Sender.Failures.Enqueue(new RecordingSender.PostThenThrow());

        await h.RunAtAsync(Due);
        await h.RunAtAsync(Due.AddMinutes(5));

        // The documented Slack-like weakness: a duplicate rather than a silently skipped digest.
        Assert.Equal(2, h.Sender.Posted.Count);
        Assert.Equal(DeliveryStatus.Sent, Assert.Single(h.Store.Deliveries).Status);
    }

    [Fact]
    public async Task RunDue_OutcomeUnknownCannotConfirmAndResendOff_FailsWithoutDuplicate()
    {
        var h = await SubscribedAsync(o => o.ResendWhenUnconfirmed = false);
        h.Sender.CanConfirm = false;
        h.Sender.Failures.Enqueue(new RecordingSender.PostThenThrow());

        await h.RunAtAsync(Due);
        await h.RunAtAsync(Due.AddMinutes(5));

        Assert.Single(h.Sender.Posted);
        var delivery = Assert.Single(h.Store.Deliveries);
        Assert.Equal(DeliveryStatus.Failed, delivery.Status);
        Assert.Contains("cannot confirm", delivery.LastError, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunDue_TwoServiceObjectsOnOneStore_SendEachPeriodOnce()
    {
        var h = await SubscribedAsync();
        var other = h.NewService();

        for (var t = Due.AddMinutes(-20); t <= Due.AddDays(3); t += TimeSpan.FromMinutes(10))
        {
            h.Time.SetUtcNow(t);
            await Task.WhenAll(h.Service.RunDueAsync(CancellationToken.None), other.RunDueAsync(CancellationToken.None));
        }

        Assert.Equal(["2026-05-01", "2026-05-02", "2026-05-03", "2026-05-04"], h.Sender.Posted.Select(p => p.Message.Digest.PeriodKey));
    }

    [Fact]
    public async Task RunDue_Message_CarriesAStableNonceWithinDiscordsLimit()
    {
        var h = await SubscribedAsync();

        await h.RunAtAsync(Due);

        var message = Assert.Single(h.Sender.Posted).Message;
        Assert.Equal(message.DeliveryId, message.IdempotencyKey);
        Assert.InRange(message.IdempotencyKey.Length, 1, 25);
        Assert.Equal(DeliveryIds.For(message.Digest.SubscriptionId, "2026-05-01"), message.DeliveryId);
    }
}
