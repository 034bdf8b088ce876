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

    /// <summary>
    /// Changes only the registration fields of an existing source, in one statement: its polling state (next poll,
    /// validators, counts, failures, lease) is left as stored, so a poll completed by another instance meanwhile is kept.
    /// </summary>
    /// <param name="origin">The new origin; null keeps the stored one.</param>
    /// <returns>The source as stored after the change, or null when there is none.</returns>
    Task<WebSource?> UpdateRegistrationAsync(string id, TimeSpan interval, SourceOrigin? origin, CancellationToken cancellationToken);

    /// <summary>
    /// Re-enables a source in one statement: clears its disabled reason, failure count and last error and makes it due
    /// at <paramref name="now"/>. Validators, counts and any lease are left as stored.
    /// </summary>
    /// <returns>The source as stored after the change, or null when there is none.</returns>
    Task<WebSource?> EnableAsync(string id, DateTimeOffset now, CancellationToken cancellationToken);

    /// <summary>Enabled sources whose next poll is due at <paramref name="now"/> and whose lease is free or expired, most overdue first.</summary>
    Task<IReadOnlyList<WebSource>> ListDueAsync(DateTimeOffset now, int limit, CancellationToken cancellationToken);

    /// <summary>Atomically takes the lease of a due, enabled source.</summary>
    /// <returns>The leased source, or null when another owner holds it or it is no longer due.</returns>
    Task<WebSource?> TryLeaseAsync(string id, string owner, DateTimeOffset now, DateTimeOffset leaseUntil, CancellationToken cancellationToken);

    /// <summary>
    /// Stores the outcome of a poll (the polling state of <paramref name="source"/>: kind, title, poll times, failures,
    /// disabled reason, validators, item count) and releases the lease, if <paramref name="owner"/> still holds it.
    /// Registration fields (URL, interval, origin, added at) are left as stored, so a change made during the poll is kept.
    /// </summary>
    Task<bool> CompletePollAsync(WebSource source, string owner, CancellationToken cancellationToken);

    /// <summary>The version hash recorded when the item was last ingested from this source, or null if never seen.</summary>
    Task<string?> GetItemVersionAsync(string sourceId, string itemKey, CancellationToken cancellationToken);

    Task MarkItemSeenAsync(string sourceId, string itemKey, string versionHash, string? articleId, DateTimeOffset seenAt, CancellationToken cancellationToken);
}
