using BriefingBot.Core.Index;

namespace BriefingBot.Core.Digests;

/// <summary>Writes exported subscriptions and deliveries into a digest store as they were, one transaction per batch.</summary>
public interface IDigestImport
{
    /// <summary>
    /// Same row: <see cref="ImportOutcome.Unchanged"/>. A target row updated later than the exported one:
    /// <see cref="ImportOutcome.KeptTarget"/>. Otherwise the exported row is written.
    /// </summary>
    Task<IReadOnlyList<ImportOutcome>> ImportSubscriptionsAsync(IReadOnlyList<Subscription> batch, CancellationToken cancellationToken);

    /// <summary>
    /// Import subscriptions first (deliveries reference them). A target row is replaced only while it is still open
    /// and the exported row is further along (closed, or more attempts), so a re-run after the switch can never
    /// reopen a digest the target already sent: that would send it twice.
    /// </summary>
    Task<IReadOnlyList<ImportOutcome>> ImportDeliveriesAsync(IReadOnlyList<Delivery> batch, CancellationToken cancellationToken);
}
