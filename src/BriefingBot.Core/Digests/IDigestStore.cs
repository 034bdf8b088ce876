using BriefingBot.Core.Commands;

namespace BriefingBot.Core.Digests;

/// <summary>
/// Subscriptions and the delivery outbox. Implementations must make <see cref="AddDeliveryIfAbsentAsync"/>
/// and <see cref="TryClaimAsync"/> atomic across processes sharing the store: they carry exactly-once.
/// </summary>
public interface IDigestStore
{
    Task AddSubscriptionAsync(Subscription subscription, CancellationToken cancellationToken);

    Task<Subscription?> GetSubscriptionAsync(string id, CancellationToken cancellationToken);

    /// <summary>Subscriptions, optionally only those of one platform, tenant and channel (null tenant matches only null).</summary>
    Task<IReadOnlyList<Subscription>> ListSubscriptionsAsync(DigestTarget? target, CancellationToken cancellationToken);

    /// <returns>False when no such subscription exists.</returns>
    Task<bool> UpdateSubscriptionAsync(Subscription subscription, CancellationToken cancellationToken);

    /// <summary>Removes the subscription and its delivery history.</summary>
    Task<bool> RemoveSubscriptionAsync(string id, CancellationToken cancellationToken);

    /// <summary>Inserts the row unless one exists for its (subscription, period); returns whichever row is stored and whether it was this one.</summary>
    Task<(Delivery Delivery, bool Added)> AddDeliveryIfAbsentAsync(Delivery delivery, CancellationToken cancellationToken);

    Task<Delivery?> GetDeliveryAsync(string id, CancellationToken cancellationToken);

    /// <summary>The delivery with the latest <see cref="Delivery.ScheduledAt"/> of a subscription, any status.</summary>
    Task<Delivery?> GetLatestDeliveryAsync(string subscriptionId, CancellationToken cancellationToken);

    /// <summary>The latest <see cref="DeliveryStatus.Sent"/> delivery of a subscription.</summary>
    Task<Delivery?> GetLastSentDeliveryAsync(string subscriptionId, CancellationToken cancellationToken);

    /// <summary>Newest first.</summary>
    Task<IReadOnlyList<Delivery>> ListDeliveriesAsync(string subscriptionId, int limit, CancellationToken cancellationToken);

    /// <summary>Open rows (pending, in doubt) whose next attempt is due and whose lease is free or expired, oldest first.</summary>
    Task<IReadOnlyList<Delivery>> ListClaimableDeliveriesAsync(DateTimeOffset now, int limit, CancellationToken cancellationToken);

    /// <summary>Open rows, whatever their lease or next attempt: the backlog.</summary>
    Task<int> CountOpenDeliveriesAsync(CancellationToken cancellationToken);

    /// <summary>
    /// Atomically takes the lease of an open, due row whose lease is free or expired at <paramref name="now"/>.
    /// </summary>
    /// <returns>The claimed row, or null when another process holds it or it is no longer open or due.</returns>
    Task<Delivery?> TryClaimAsync(string id, string owner, DateTimeOffset now, DateTimeOffset leaseUntil, CancellationToken cancellationToken);

    /// <summary>
    /// Writes the mutable fields of <paramref name="delivery"/> (status, attempts, next attempt, times, message id,
    /// error, content window, lease) only while <paramref name="owner"/> still holds the lease: a process
    /// whose lease lapsed can never overwrite the work of the process that took over.
    /// </summary>
    /// <returns>False when the lease was lost (or the row removed).</returns>
    Task<bool> UpdateClaimedAsync(Delivery delivery, string owner, CancellationToken cancellationToken);
}
