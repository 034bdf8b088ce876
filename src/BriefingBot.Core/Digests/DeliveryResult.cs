namespace BriefingBot.Core.Digests;

/// <summary>What one run did to one delivery (for <c>digest run-due --json</c> and logs).</summary>
/// <param name="Detail">The platform message id when sent; the reason when retried, failed or skipped.</param>
public sealed record DeliveryResult(
    string DeliveryId,
    string SubscriptionId,
    string PeriodKey,
    DeliveryStatus Status,
    bool Late,
    int Attempts,
    DateTimeOffset? NextAttemptAt,
    string? Detail);
