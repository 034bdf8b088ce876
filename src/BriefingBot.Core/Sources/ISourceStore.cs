namespace BriefingBot.Core.Sources;

/// <summary>
/// Registered feeds and pages and their polling state. <see cref="TryLeaseAsync"/> must be atomic across processes
/// sharing the store: it is what keeps two instances from polling one source at once.
/// </summary>
public interface ISourceStore
{
    /// <returns>False when a source with the same id (same normalized URL) already exists.</returns>
    Task<bool> AddAsync(WebSource source, CancellationToken cancellationToken);

    Task<WebSource?> GetAsync(string id, CancellationToken cancellationToken);

    /// <summary>Every source, oldest first.</summary>
    Task<IReadOnlyList<WebSource>> ListAsync(CancellationToken cancellationToken);

    /// <summary>Removes the source and what it remembers about seen items.</summary>
    Task<bool> RemoveAsync(string id, CancellationToken cancellationToken);

    /// <summary>Replaces the registration fields (interval, origin, disabled reason, failures) of an existing source.</summary>
    Task<bool> UpdateAsync(WebSource source, CancellationToken cancellationToken);

    /// <summary>Enabled sources whose next poll is due at <paramref name="now"/> and whose lease is free or expired, most overdue first.</summary>
    Task<IReadOnlyList<WebSource>> ListDueAsync(DateTimeOffset now, int limit, CancellationToken cancellationToken);

    /// <summary>Atomically takes the lease of a due, enabled source.</summary>
    /// <returns>The leased source, or null when another owner holds it or it is no longer due.</returns>
    Task<WebSource?> TryLeaseAsync(string id, string owner, DateTimeOffset now, DateTimeOffset leaseUntil, CancellationToken cancellationToken);

    /// <summary>Stores the outcome of a poll and releases the lease, if <paramref name="owner"/> still holds it.</summary>
    Task<bool> CompletePollAsync(WebSource source, string owner, CancellationToken cancellationToken);

    /// <summary>The version hash recorded when the item was last ingested from this source, or null if never seen.</summary>
    Task<string?> GetItemVersionAsync(string sourceId, string itemKey, CancellationToken cancellationToken);

    Task MarkItemSeenAsync(string sourceId, string itemKey, string versionHash, string? articleId, DateTimeOffset seenAt, CancellationToken cancellationToken);
}
