namespace BriefingBot.Core.Sources;

/// <summary>
/// Finds an already indexed article by any of its URLs, by exact content or by near-identical content, so the same
/// story reached through several feeds, tracking links or outlets is stored once with its alternative URLs.
/// The article index cannot look up by content; this registry is consulted before every upsert from a web source.
/// </summary>
public interface IDuplicateRegistry
{
    /// <summary>The article a normalized URL is known to lead to, or null.</summary>
    Task<string?> FindByUrlAsync(string normalizedUrl, CancellationToken cancellationToken);

    Task<ContentFingerprint?> FindByContentHashAsync(string contentHash, CancellationToken cancellationToken);

    /// <summary>
    /// Fingerprints whose SimHash may be within <paramref name="maxDistance"/> bits of <paramref name="simHash"/>
    /// (candidates share at least one of eight 8-bit bands; callers check the exact distance). <paramref name="maxDistance"/> is at most 7.
    /// </summary>
    Task<IReadOnlyList<ContentFingerprint>> FindNearAsync(ulong simHash, int maxDistance, CancellationToken cancellationToken);

    /// <summary>Adds or replaces the fingerprint of an article and records URLs (normalized) that lead to it.</summary>
    Task RecordAsync(ContentFingerprint fingerprint, IReadOnlyCollection<string> normalizedUrls, CancellationToken cancellationToken);

    /// <summary>Records more URLs (normalized) leading to an existing article.</summary>
    Task AddAliasesAsync(string articleId, IReadOnlyCollection<string> normalizedUrls, DateTimeOffset at, CancellationToken cancellationToken);

    /// <summary>Every URL known to lead to the article, oldest first.</summary>
    Task<IReadOnlyList<string>> ListUrlsAsync(string articleId, CancellationToken cancellationToken);
}
