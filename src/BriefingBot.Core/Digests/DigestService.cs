using System.Diagnostics.Metrics;
using BriefingBot.Core.Briefings;
using BriefingBot.Core.Commands;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace BriefingBot.Core.Digests;

/// <summary>
/// Subscriptions (add, list, update, remove, preview) and delivery of due digests through the outbox.
/// Every process (scheduler, <c>digest run-due</c>) may call <see cref="RunDueAsync"/> at any time: the
/// unique (subscription, period) row and its lease make each period go out once.
/// </summary>
public sealed class DigestService
{
    /// <summary>How far back a run looks for missed periods to record as skipped.</summary>
    private static readonly TimeSpan PlanningHorizon = TimeSpan.FromDays(8);

    private const int ClaimBatch = 100;

    private readonly IDigestStore store;
    private readonly Dictionary<ChatPlatform, IDigestSender> senders;
    private readonly DigestOptions options;
    private readonly TimeProvider time;
    private readonly ILogger<DigestService> logger;
    private readonly DigestSchedulerStatus status;
    private readonly DigestMetrics metrics;
    private readonly DigestComposer composer;

    public DigestService(
        IDigestStore store,
        IBriefingService briefings,
        IEnumerable<IDigestSender> senders,
        IOptions<DigestOptions> options,
        TimeProvider timeProvider,
        ILogger<DigestService> logger,
        DigestSchedulerStatus? status = null,
        IMeterFactory? meterFactory = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(senders);
        this.store = store;
        this.options = options.Value;
        time = timeProvider;
        this.logger = logger;
        this.status = status ?? new DigestSchedulerStatus();
        metrics = new DigestMetrics(meterFactory);
        composer = new DigestComposer(briefings, this.options);
        this.senders = [];
        foreach (var sender in senders) this.senders.TryAdd(sender.Platform, sender);
        InstanceId = string.IsNullOrWhiteSpace(this.options.InstanceId)
            ? $"{Environment.MachineName}:{Environment.ProcessId}:{Guid.NewGuid():N}"
            : this.options.InstanceId;
    }

    /// <summary>The lease owner id of this service object.</summary>
    public string InstanceId { get; }

    public IDigestSchedulerStatus Status => status;

    /// <summary>Validates and stores a new subscription.</summary>
    /// <exception cref="DigestValidationException">The request is invalid; the message says how to fix it.</exception>
    public async Task<Subscription> AddAsync(DigestSubscriptionRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (string.IsNullOrWhiteSpace(request.ChannelId)) throw new DigestValidationException("A digest needs a channel id.");
        var topics = SubscriptionRules.Topics(request.Topics);
        var localTime = SubscriptionRules.Time(request.Time ?? options.DefaultTime);
        var zone = SubscriptionRules.TimeZone(request.TimeZone ?? options.DefaultTimeZone);
        var cadence = SubscriptionRules.Cadence(request.Cadence ?? "daily");
        var target = new DigestTarget(request.Platform, Blank(request.TenantId), request.ChannelId.Trim());
        var existing = await store.ListSubscriptionsAsync(target, cancellationToken);
        if (existing.Count >= options.MaxSubscriptionsPerChannel)
            throw new DigestValidationException($"This channel already has {existing.Count} digests, the most allowed. Remove one with `digest unsubscribe <id>` first.");
        var now = time.GetUtcNow();
        var subscription = new Subscription(
            DeliveryIds.NewSubscriptionId(), target.Platform, target.TenantId, target.ChannelId, topics, localTime, zone, cadence,
            string.IsNullOrWhiteSpace(request.CreatedBy) ? "unknown" : request.CreatedBy, now, now);
        await store.AddSubscriptionAsync(subscription, cancellationToken);
        logger.LogInformation("Digest {Subscription} added for {Platform} channel {Channel}: {Topics} at {Time} {Zone} {Cadence}",
            subscription.Id, subscription.Platform, subscription.ChannelId, topics, localTime, zone, cadence);
        return subscription;
    }

    /// <summary>All subscriptions, or those of one channel.</summary>
    public Task<IReadOnlyList<Subscription>> ListAsync(DigestTarget? target, CancellationToken cancellationToken) =>
        store.ListSubscriptionsAsync(target, cancellationToken);

    public Task<Subscription?> GetAsync(string id, CancellationToken cancellationToken) =>
        store.GetSubscriptionAsync(Normalize(id), cancellationToken);

    /// <returns>False when there was no such subscription.</returns>
    public async Task<bool> RemoveAsync(string id, CancellationToken cancellationToken)
    {
        var removed = await store.RemoveSubscriptionAsync(Normalize(id), cancellationToken);
        if (removed) logger.LogInformation("Digest {Subscription} removed", id);
        return removed;
    }

    /// <summary>Changes topics, time, zone, cadence or pause state; takes effect from the next run. A period already sent is not sent again.</summary>
    /// <returns>The updated subscription, or null when there is no such subscription.</returns>
    /// <exception cref="DigestValidationException">A changed value is invalid.</exception>
    public async Task<Subscription?> UpdateAsync(string id, DigestSubscriptionChange change, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(change);
        var current = await store.GetSubscriptionAsync(Normalize(id), cancellationToken);
        if (current is null) return null;
        var updated = current with
        {
            Topics = change.Topics is null ? current.Topics : SubscriptionRules.Topics(change.Topics),
            LocalTime = change.Time is null ? current.LocalTime : SubscriptionRules.Time(change.Time),
            TimeZoneId = change.TimeZone is null ? current.TimeZoneId : SubscriptionRules.TimeZone(change.TimeZone),
            Cadence = change.Cadence is null ? current.Cadence : SubscriptionRules.Cadence(change.Cadence),
            Paused = change.Paused ?? current.Paused,
            UpdatedAt = time.GetUtcNow(),
        };
        return await store.UpdateSubscriptionAsync(updated, cancellationToken) ? updated : null;
    }

    /// <summary>The next run after now, or null when the cadence never runs again.</summary>
    public DateTimeOffset? NextRun(Subscription subscription) => DigestSchedule.NextRun(subscription, time.GetUtcNow());

    /// <summary>Composes what the next digest would say now, without recording or sending anything.</summary>
    /// <returns>Null when there is no such subscription.</returns>
    public async Task<Digest?> PreviewAsync(string id, CancellationToken cancellationToken)
    {
        var subscription = await store.GetSubscriptionAsync(Normalize(id), cancellationToken);
        if (subscription is null) return null;
        var now = time.GetUtcNow();
        var since = await SinceAsync(subscription, now, cancellationToken);
        var next = DigestSchedule.NextRun(subscription, now) ?? now;
        return await composer.ComposeAsync(subscription, DigestSchedule.PeriodKey(subscription, next), next, since, now, late: false, cancellationToken);
    }

    /// <summary>Recent deliveries of a subscription, newest first.</summary>
    public Task<IReadOnlyList<Delivery>> HistoryAsync(string id, int limit, CancellationToken cancellationToken) =>
        store.ListDeliveriesAsync(Normalize(id), limit, cancellationToken);

    /// <summary>
    /// Records every period that is due now (one outbox row per subscription and period), then sends
    /// (or retries, or confirms) every open delivery it can claim. Safe to run from several processes at once.
    /// </summary>
    public async Task<DigestRunReport> RunDueAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var results = new List<DeliveryResult>();
        try
        {
            await PlanAsync(now, results, cancellationToken);
            await DeliverAsync(now, results, cancellationToken);
            var backlog = await store.CountOpenDeliveriesAsync(cancellationToken);
            status.Tick(now, backlog, null);
            return new DigestRunReport(now, results, backlog);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            status.Tick(now, status.Snapshot.Backlog, ex.Message);
            throw;
        }
    }

    private async Task PlanAsync(DateTimeOffset now, List<DeliveryResult> results, CancellationToken cancellationToken)
    {
        foreach (var subscription in await store.ListSubscriptionsAsync(null, cancellationToken))
        {
            if (subscription.Paused) continue;
            if (!senders.ContainsKey(subscription.Platform))
            {
                logger.LogDebug("Digest {Subscription} not planned: no sender for {Platform} in this process", subscription.Id, subscription.Platform);
                continue;
            }
            try
            {
                await PlanAsync(subscription, now, results, cancellationToken);
            }
            catch (TimeZoneNotFoundException ex)
            {
                logger.LogError("Digest {Subscription} cannot be scheduled: {Problem}", subscription.Id, ex.Message);
            }
        }
    }

    private async Task PlanAsync(Subscription subscription, DateTimeOffset now, List<DeliveryResult> results, CancellationToken cancellationToken)
    {
        var latest = await store.GetLatestDeliveryAsync(subscription.Id, cancellationToken);
        var from = Max(subscription.CreatedAt, latest?.ScheduledAt ?? DateTimeOffset.MinValue, now - PlanningHorizon);
        var runs = DigestSchedule.Runs(subscription, from, now).ToList();
        if (runs.Count == 0) return;

        var due = runs[^1];
        foreach (var missed in runs.Take(runs.Count - 1).Where(r => r > subscription.UpdatedAt))
        {
            await RecordSkippedAsync(subscription, missed, now, "missed: a later period was already due when the scheduler ran", results, cancellationToken);
        }
        var lateBy = now - due;
        if (lateBy > options.MaxLateness)
        {
            // Due before the last edit (e.g. while paused): nothing was promised for that period.
            if (due <= subscription.UpdatedAt) return;
            await RecordSkippedAsync(subscription, due, now, $"too late: due {DigestSchedule.Describe(subscription, due)}, more than {options.MaxLateness} ago", results, cancellationToken);
            return;
        }
        var key = DigestSchedule.PeriodKey(subscription, due);
        var candidate = new Delivery(DeliveryIds.For(subscription.Id, key), subscription.Id, key, due, DeliveryStatus.Pending, 0, now, lateBy > options.LateAfter, now);
        var (delivery, added) = await store.AddDeliveryIfAbsentAsync(candidate, cancellationToken);
        if (!added) return;
        metrics.Due(subscription.Platform.ToString());
        logger.LogInformation("Digest {Delivery} due: subscription {Subscription} period {Period} at {ScheduledAt}{Late}",
            delivery.Id, subscription.Id, key, due, delivery.Late ? " (late)" : string.Empty);
    }

    private async Task RecordSkippedAsync(Subscription subscription, DateTimeOffset run, DateTimeOffset now, string reason, List<DeliveryResult> results, CancellationToken cancellationToken)
    {
        var key = DigestSchedule.PeriodKey(subscription, run);
        var row = new Delivery(DeliveryIds.For(subscription.Id, key), subscription.Id, key, run, DeliveryStatus.Skipped, 0, now, true, now, LastError: reason);
        var (stored, added) = await store.AddDeliveryIfAbsentAsync(row, cancellationToken);
        if (!added) return;
        metrics.Skipped(subscription.Platform.ToString(), "missed");
        status.Count(DeliveryStatus.Skipped, retried: false);
        logger.LogWarning("Digest {Delivery} skipped: subscription {Subscription} period {Period}: {Reason}", stored.Id, subscription.Id, key, reason);
        results.Add(Result(stored, reason));
    }

    private async Task DeliverAsync(DateTimeOffset now, List<DeliveryResult> results, CancellationToken cancellationToken)
    {
        foreach (var open in await store.ListClaimableDeliveriesAsync(now, ClaimBatch, cancellationToken))
        {
            var claimed = await store.TryClaimAsync(open.Id, InstanceId, now, now + options.LeaseDuration, cancellationToken);
            if (claimed is null) continue; // another process has it, or finished it
            if (await ProcessAsync(claimed, now, cancellationToken) is { } result) results.Add(result);
        }
    }

    private async Task<DeliveryResult?> ProcessAsync(Delivery delivery, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var subscription = await store.GetSubscriptionAsync(delivery.SubscriptionId, cancellationToken);
        if (subscription is null) return await FinishAsync(delivery, "unknown", DeliveryStatus.Skipped, "subscription removed", null, cancellationToken);
        var platform = subscription.Platform.ToString();
        if (!senders.TryGetValue(subscription.Platform, out var sender))
        {
            // Another process (the server) may have the sender: hand the row back untouched.
            await store.UpdateClaimedAsync(delivery with { LeaseOwner = null, LeaseExpiresAt = null }, InstanceId, cancellationToken);
            return null;
        }

        if (delivery.Status == DeliveryStatus.InDoubt)
        {
            var confirmation = await ConfirmAsync(sender, subscription, delivery, cancellationToken);
            if (confirmation.Confirmation == DeliveryConfirmation.Delivered)
            {
                logger.LogInformation("Digest {Delivery} was already posted (confirmed by {Platform}); not sending again", delivery.Id, platform);
                return await FinishAsync(delivery, platform, DeliveryStatus.Sent, confirmation.MessageId, time.GetUtcNow(), cancellationToken);
            }
            if (confirmation.Confirmation == DeliveryConfirmation.Unknown && !options.ResendWhenUnconfirmed)
                return await FinishAsync(delivery, platform, DeliveryStatus.Failed, "outcome of an earlier send unknown and the platform cannot confirm it", null, cancellationToken);
            if (confirmation.Confirmation == DeliveryConfirmation.Unknown)
                logger.LogWarning("Digest {Delivery}: earlier send may have succeeded and {Platform} cannot confirm it; sending again (may duplicate)", delivery.Id, platform);
        }
        if (subscription.Paused) return await FinishAsync(delivery, platform, DeliveryStatus.Skipped, "subscription paused", null, cancellationToken);
        if (now - delivery.ScheduledAt > options.MaxLateness)
            return await FinishAsync(delivery, platform, DeliveryStatus.Skipped, $"too late: due more than {options.MaxLateness} ago", null, cancellationToken);

        Digest digest;
        var since = await SinceAsync(subscription, now, cancellationToken);
        try
        {
            digest = await composer.ComposeAsync(subscription, delivery.PeriodKey, delivery.ScheduledAt, since, now, delivery.Late, cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            logger.LogError(ex, "Digest {Delivery}: composing failed", delivery.Id);
            return await RetryOrFailAsync(delivery with { Attempts = delivery.Attempts + 1 }, platform, "compose failed: " + ex.Message, null, now, cancellationToken);
        }
        if (digest.Sections.Count == 0)
            return await FinishAsync(delivery, platform, DeliveryStatus.Skipped, "nothing new", null, cancellationToken);

        // Intent first: if this process dies during the send, whoever takes the row over knows to confirm before sending.
        var sending = delivery with { Status = DeliveryStatus.InDoubt, Attempts = delivery.Attempts + 1, SendStartedAt = now, ContentSince = since, ContentUntil = now };
        if (!await store.UpdateClaimedAsync(sending, InstanceId, cancellationToken))
        {
            logger.LogWarning("Digest {Delivery}: lease lost before sending; leaving it to its new owner", delivery.Id);
            return null;
        }
        DigestSendReceipt receipt;
        try
        {
            receipt = await sender.SendAsync(new DigestMessage(delivery.Id, delivery.Id, sending.Attempts, digest), cancellationToken);
        }
        catch (DigestSendException ex)
        {
            var known = sending with { Status = DeliveryStatus.Pending };
            if (ex.Permanent)
            {
                return await FinishAsync(known, platform, DeliveryStatus.Failed, ex.Message, null, cancellationToken);
            }
            return await RetryOrFailAsync(known, platform, ex.Message, ex.RetryAfter, now, cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            // Timeout, connection reset…: the platform may have posted it. Stay in doubt; confirm before the next attempt.
            logger.LogWarning(ex, "Digest {Delivery}: send outcome unknown", delivery.Id);
            return await RetryOrFailAsync(sending, platform, "outcome unknown: " + ex.Message, null, now, cancellationToken);
        }
        return await FinishAsync(sending, platform, DeliveryStatus.Sent, receipt.MessageId, time.GetUtcNow(), cancellationToken);
    }

    private async Task<DigestConfirmationResult> ConfirmAsync(IDigestSender sender, Subscription subscription, Delivery delivery, CancellationToken cancellationToken)
    {
        try
        {
            return await sender.ConfirmAsync(subscription.Target, delivery.Id, delivery.SendStartedAt ?? delivery.CreatedAt, cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            logger.LogWarning(ex, "Digest {Delivery}: could not confirm an earlier send", delivery.Id);
            return DigestConfirmationResult.Unknown;
        }
    }

    private async Task<DeliveryResult?> RetryOrFailAsync(Delivery attempted, string platform, string reason, TimeSpan? retryAfter, DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (attempted.Attempts >= options.MaxAttempts)
        {
            return await FinishAsync(attempted, platform, DeliveryStatus.Failed, $"gave up after {attempted.Attempts} attempts: {reason}", null, cancellationToken);
        }
        var delay = retryAfter is { } wait && wait > TimeSpan.Zero ? wait : Backoff(attempted.Attempts);
        var next = attempted with { NextAttemptAt = now + delay, LastError = reason, LeaseOwner = null, LeaseExpiresAt = null };
        metrics.Retried(platform, retryAfter is null ? "error" : "rate-limited");
        status.Count(next.Status, retried: true);
        logger.LogWarning("Digest {Delivery} attempt {Attempt} failed ({Reason}); retrying at {NextAttempt}", attempted.Id, attempted.Attempts, reason, next.NextAttemptAt);
        if (!await store.UpdateClaimedAsync(next, InstanceId, cancellationToken)) return LeaseLost(attempted);
        return Result(next, reason);
    }

    private async Task<DeliveryResult?> FinishAsync(Delivery delivery, string platform, DeliveryStatus outcome, string? detail, DateTimeOffset? sentAt, CancellationToken cancellationToken)
    {
        var final = delivery with
        {
            Status = outcome,
            SentAt = sentAt ?? delivery.SentAt,
            PlatformMessageId = outcome == DeliveryStatus.Sent ? detail : delivery.PlatformMessageId,
            LastError = outcome == DeliveryStatus.Sent ? delivery.LastError : detail,
            LeaseOwner = null,
            LeaseExpiresAt = null,
        };
        if (!await store.UpdateClaimedAsync(final, InstanceId, cancellationToken)) return LeaseLost(delivery);
        status.Count(outcome, retried: false);
        switch (outcome)
        {
            case DeliveryStatus.Sent:
                metrics.Sent(platform, final.Late);
                logger.LogInformation("Digest {Delivery} sent: subscription {Subscription} period {Period}, attempt {Attempt}, message {MessageId}{Late}",
                    final.Id, final.SubscriptionId, final.PeriodKey, final.Attempts, detail, final.Late ? " (late)" : string.Empty);
                break;
            case DeliveryStatus.Failed:
                metrics.Failed(platform, delivery.Status == DeliveryStatus.InDoubt ? "unconfirmed" : "refused");
                logger.LogError("Digest {Delivery} failed: subscription {Subscription} period {Period}: {Reason}", final.Id, final.SubscriptionId, final.PeriodKey, detail);
                break;
            default:
                metrics.Skipped(platform, "skipped");
                logger.LogWarning("Digest {Delivery} skipped: subscription {Subscription} period {Period}: {Reason}", final.Id, final.SubscriptionId, final.PeriodKey, detail);
                break;
        }
        return Result(final, detail);
    }

    private DeliveryResult? LeaseLost(Delivery delivery)
    {
        // Only possible when a step outlived the lease; the new owner confirms with the platform before sending.
        logger.LogWarning("Digest {Delivery}: lease lost before the outcome could be recorded", delivery.Id);
        return null;
    }

    private async Task<DateTimeOffset> SinceAsync(Subscription subscription, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var lastSent = await store.GetLastSentDeliveryAsync(subscription.Id, cancellationToken);
        return lastSent?.ContentUntil ?? now - options.FirstDigestLookback;
    }

    private TimeSpan Backoff(int attempt)
    {
        var factor = Math.Pow(2, Math.Clamp(attempt - 1, 0, 20));
        var delay = TimeSpan.FromTicks((long)Math.Min(options.BaseRetryDelay.Ticks * factor, options.MaxRetryDelay.Ticks));
        return delay;
    }

    private static DeliveryResult Result(Delivery d, string? detail) =>
        new(d.Id, d.SubscriptionId, d.PeriodKey, d.Status, d.Late, d.Attempts, d.IsOpen ? d.NextAttemptAt : null, detail);

    private static DateTimeOffset Max(params DateTimeOffset[] values) => values.Max();

    private static string? Blank(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();

    private static string Normalize(string id) => (id ?? string.Empty).Trim();
}
