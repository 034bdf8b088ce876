namespace BriefingBot.Core.Digests;

/// <summary>
/// The outbox row of one digest: unique on (<see cref="SubscriptionId"/>, <see cref="PeriodKey"/>),
/// which is what makes a digest go out at most once per period whichever process gets there first.
/// A process works on a row only while it holds the lease (<see cref="LeaseOwner"/> until <see cref="LeaseExpiresAt"/>).
/// </summary>
/// <param name="Id">Derived from subscription and period, so every process names the same digest the same way; also the platform nonce.</param>
/// <param name="ScheduledAt">The run instant (UTC) this period was due.</param>
/// <param name="Late">Delivered after downtime, noticeably after <paramref name="ScheduledAt"/>.</param>
/// <param name="SendStartedAt">When the latest send began (the recorded intent).</param>
/// <param name="ContentSince">Articles indexed since this instant were considered.</param>
/// <param name="ContentUntil">The content cut-off; the next digest of the subscription starts here.</param>
public sealed record Delivery(
    string Id,
    string SubscriptionId,
    string PeriodKey,
    DateTimeOffset ScheduledAt,
    DeliveryStatus Status,
    int Attempts,
    DateTimeOffset NextAttemptAt,
    bool Late,
    DateTimeOffset CreatedAt,
    DateTimeOffset? SendStartedAt = null,
    DateTimeOffset? SentAt = null,
    string? PlatformMessageId = null,
    string? LastError = null,
    string? LeaseOwner = null,
    DateTimeOffset? LeaseExpiresAt = null,
    DateTimeOffset? ContentSince = null,
    DateTimeOffset? ContentUntil = null)
{
    public bool IsOpen => Status is DeliveryStatus.Pending or DeliveryStatus.InDoubt;
}
