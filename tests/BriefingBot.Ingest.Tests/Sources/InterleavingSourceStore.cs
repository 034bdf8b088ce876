using BriefingBot.Core.Sources;

namespace BriefingBot.Ingest.Tests.Sources;

/// <summary>
/// A source store that runs <see cref="AfterNextGet"/> once, right after a read returns: the moment another instance
/// can finish a poll between a caller's read and its write.
/// </summary>
internal sealed class InterleavingSourceStore(ISourceStore inner) : ISourceStore
{
    public Func<Task>? AfterNextGet { get; set; }

    public async Task<WebSource?> GetAsync(string id, CancellationToken cancellationToken)
    {
        var source = await inner.GetAsync(id, cancellationToken);
        if (source is not null && AfterNextGet is { } hook)
        {
            AfterNextGet = null;
            await hook();
        }
        return source;
    }

    public Task<bool> AddAsync(WebSource source, CancellationToken cancellationToken) => inner.AddAsync(source, cancellationToken);

    public Task<IReadOnlyList<WebSource>> ListAsync(CancellationToken cancellationToken) => inner.ListAsync(cancellationToken);

    public Task<bool> RemoveAsync(string id, CancellationToken cancellationToken) => inner.RemoveAsync(id, cancellationToken);

    public Task<WebSource?> UpdateRegistrationAsync(string id, TimeSpan interval, SourceOrigin? origin, CancellationToken cancellationToken) =>
        inner.UpdateRegistrationAsync(id, interval, origin, cancellationToken);

    public Task<WebSource?> EnableAsync(string id, DateTimeOffset now, CancellationToken cancellationToken) => inner.EnableAsync(id, now, cancellationToken);

    public Task<IReadOnlyList<WebSource>> ListDueAsync(DateTimeOffset now, int limit, CancellationToken cancellationToken) =>
        inner.ListDueAsync(now, limit, cancellationToken);

    public Task<WebSource?> TryLeaseAsync(string id, string owner, DateTimeOffset now, DateTimeOffset leaseUntil, CancellationToken cancellationToken) =>
        inner.TryLeaseAsync(id, owner, now, leaseUntil, cancellationToken);

    public Task<bool> CompletePollAsync(WebSource source, string owner, CancellationToken cancellationToken) =>
        inner.CompletePollAsync(source, owner, cancellationToken);

    public Task<string?> GetItemVersionAsync(string sourceId, string itemKey, CancellationToken cancellationToken) =>
        inner.GetItemVersionAsync(sourceId, itemKey, cancellationToken);

    public Task MarkItemSeenAsync(string sourceId, string itemKey, string versionHash, string? articleId, DateTimeOffset seenAt, CancellationToken cancellationToken) =>
        inner.MarkItemSeenAsync(sourceId, itemKey, versionHash, articleId, seenAt, cancellationToken);
}
