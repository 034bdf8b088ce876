namespace BriefingBot.Core.Digests;

/// <summary>Reads every subscription and delivery row out of a digest store, for copying it to another engine.</summary>
public interface IDigestExport
{
    /// <summary>Every subscription with all its fields (paused, created, updated), streamed in pages.</summary>
    IAsyncEnumerable<Subscription> ReadSubscriptionsAsync(CancellationToken cancellationToken);

    /// <summary>Every delivery row (the outbox and its history: status, period, attempts, lease, content window), streamed in pages.</summary>
    IAsyncEnumerable<Delivery> ReadDeliveriesAsync(CancellationToken cancellationToken);

    Task<DigestCounts> CountAsync(CancellationToken cancellationToken);
}
