using BriefingBot.Core.Digests;

namespace BriefingBot.Core.Tests.Digests;

/// <summary>The store contract in memory, one lock for atomicity; the SQLite store is tested against the same behaviour.</summary>
internal sealed class InMemoryDigestStore : IDigestStore
{
    private readonly Lock gate = new();
    private readonly Dictionary<string, Subscription> subscriptions = [];
    private readonly Dictionary<string, Delivery> deliveries = [];

    public IReadOnlyList<Delivery> Deliveries
    {
        get
        {
            lock (gate) return deliveries.Values.OrderBy(d => d.ScheduledAt).ToList();
        }
    }

    public Task AddSubscriptionAsync(Subscription subscription, CancellationToken cancellationToken)
    {
        lock (gate) subscriptions.Add(subscription.Id, subscription);
        return Task.CompletedTask;
    }

    public Task<Subscription?> GetSubscriptionAsync(string id, CancellationToken cancellationToken)
    {
        lock (gate) return Task.FromResult(subscriptions.GetValueOrDefault(id));
    }

    /// <summary>When set, listing subscriptions throws it (a broken disk or database).</summary>
    public Exception? ListFailure { get; set; }

    public Task<IReadOnlyList<Subscription>> ListSubscriptionsAsync(DigestTarget? target, CancellationToken cancellationToken)
    {
        if (ListFailure is not null) throw ListFailure;
        lock (gate)
        {
            IReadOnlyList<Subscription> list = subscriptions.Values.Where(s => target is null || s.Target == target).OrderBy(s => s.CreatedAt).ToList();
            return Task.FromResult(list);
        }
    }

    public Task<bool> UpdateSubscriptionAsync(Subscription subscription, CancellationToken cancellationToken)
    {
        lock (gate)
        {
            if (!subscriptions.ContainsKey(subscription.Id)) return Task.FromResult(false);
            subscriptions[subscription.Id] = subscription;
            return Task.FromResult(true);
        }
    }

    public Task<bool> RemoveSubscriptionAsync(string id, CancellationToken cancellationToken)
    {
        lock (gate)
        {
            foreach (var d in deliveries.Values.Where(d => d.SubscriptionId == id).ToList()) deliveries.Remove(d.Id);
            return Task.FromResult(subscriptions.Remove(id));
        }
    }

    public Task<(Delivery Delivery, bool Added)> AddDeliveryIfAbsentAsync(Delivery delivery, CancellationToken cancellationToken)
    {
        lock (gate)
        {
            var existing = deliveries.Values.FirstOrDefault(d => d.SubscriptionId == delivery.SubscriptionId && d.PeriodKey == delivery.PeriodKey);
            if (existing is not null) return Task.FromResult((existing, false));
            deliveries.Add(delivery.Id, delivery);
            return Task.FromResult((delivery, true));
        }
    }

    public Task<Delivery?> GetDeliveryAsync(string id, CancellationToken cancellationToken)
    {
        lock (gate) return Task.FromResult(deliveries.GetValueOrDefault(id));
    }

    public Task<Delivery?> GetLatestDeliveryAsync(string subscriptionId, CancellationToken cancellationToken)
    {
        lock (gate) return Task.FromResult(deliveries.Values.Where(d => d.SubscriptionId == subscriptionId).MaxBy(d => d.ScheduledAt));
    }

    public Task<Delivery?> GetLastSentDeliveryAsync(string subscriptionId, CancellationToken cancellationToken)
    {
        lock (gate) return Task.FromResult(deliveries.Values.Where(d => d.SubscriptionId == subscriptionId && d.Status == DeliveryStatus.Sent).MaxBy(d => d.ScheduledAt));
    }

    public Task<IReadOnlyList<Delivery>> ListDeliveriesAsync(string subscriptionId, int limit, CancellationToken cancellationToken)
    {
        lock (gate)
        {
            IReadOnlyList<Delivery> list = deliveries.Values.Where(d => d.SubscriptionId == subscriptionId).OrderByDescending(d => d.ScheduledAt).Take(limit).ToList();
            return Task.FromResult(list);
        }
    }

    public Task<IReadOnlyList<Delivery>> ListClaimableDeliveriesAsync(DateTimeOffset now, int limit, CancellationToken cancellationToken)
    {
        lock (gate)
        {
            IReadOnlyList<Delivery> list = deliveries.Values.Where(d => Claimable(d, now)).OrderBy(d => d.NextAttemptAt).Take(limit).ToList();
            return Task.FromResult(list);
        }
    }

    public Task<int> CountOpenDeliveriesAsync(CancellationToken cancellationToken)
    {
        lock (gate) return Task.FromResult(deliveries.Values.Count(d => d.IsOpen));
    }

    public Task<Delivery?> TryClaimAsync(string id, string owner, DateTimeOffset now, DateTimeOffset leaseUntil, CancellationToken cancellationToken)
    {
        lock (gate)
        {
            if (!deliveries.TryGetValue(id, out var d) || !Claimable(d, now)) return Task.FromResult<Delivery?>(null);
            var claimed = d with { LeaseOwner = owner, LeaseExpiresAt = leaseUntil };
            deliveries[id] = claimed;
            return Task.FromResult<Delivery?>(claimed);
        }
    }

    /// <summary>When set, recording a sent digest throws: the process dies right after the platform posted it.</summary>
    public bool CrashOnRecordingSent { get; set; }

    public Task<bool> UpdateClaimedAsync(Delivery delivery, string owner, CancellationToken cancellationToken)
    {
        if (CrashOnRecordingSent && delivery.Status == DeliveryStatus.Sent) throw new InvalidOperationException("process killed");
        lock (gate)
        {
            if (!deliveries.TryGetValue(delivery.Id, out var d) || d.LeaseOwner != owner) return Task.FromResult(false);
            deliveries[delivery.Id] = delivery;
            return Task.FromResult(true);
        }
    }

    private static bool Claimable(Delivery d, DateTimeOffset now) =>
        d.IsOpen && d.NextAttemptAt <= now && (d.LeaseOwner is null || d.LeaseExpiresAt < now);
}
