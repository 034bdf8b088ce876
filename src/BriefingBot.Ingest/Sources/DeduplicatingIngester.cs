using System.Security.Cryptography;
using System.Text;
using BriefingBot.Core.Index;
using BriefingBot.Core.Sources;
using BriefingBot.Ingest.Identity;

namespace BriefingBot.Ingest.Sources;

/// <summary>
/// Stores a web article once, however it arrives. In order: a URL already known (any normalized form: tracking
/// parameters, fragments, canonical link) means the same article, so its content is upserted under the stored id
/// (unchanged, or updated); the exact same text means a copy (its URL becomes an alternative); a near-identical
/// text (SimHash) from the same site is a newer version that replaces the stored one, from another site a
/// syndicated copy recorded as an alternative URL. Anything else is a new article.
/// </summary>
internal sealed class DeduplicatingIngester(IngestService ingest, IDuplicateRegistry registry, TimeProvider time)
{
    public async Task<(ItemOutcome Outcome, string? ArticleId, string? Problem)> IngestAsync(WebCandidate candidate, CancellationToken cancellationToken)
    {
        var body = candidate.Document.Body.Trim();
        var urls = candidate.Urls.Append(candidate.PrimaryUrl)
            .Where(u => !string.IsNullOrWhiteSpace(u))
            .Select(ArticleIdentity.NormalizeUrl)
            .Distinct(StringComparer.Ordinal)
            .ToList();
        var host = HostOf(candidate.PrimaryUrl);
        var contentHash = TextHash(body);
        var simHash = SimHash.Compute(body);
        var now = time.GetUtcNow();

        string? targetId = null;
        foreach (var url in urls)
        {
            targetId = await registry.FindByUrlAsync(url, cancellationToken).ConfigureAwait(false);
            if (targetId is not null) break;
        }

        if (targetId is null)
        {
            if (await registry.FindByContentHashAsync(contentHash, cancellationToken).ConfigureAwait(false) is { } copy)
            {
                await registry.AddAliasesAsync(copy.ArticleId, urls, now, cancellationToken).ConfigureAwait(false);
                return (ItemOutcome.Duplicate, copy.ArticleId, null);
            }
            if (simHash is { } fingerprint && await FindNearAsync(fingerprint, cancellationToken).ConfigureAwait(false) is { } near)
            {
                if (near.Host is null || !string.Equals(near.Host, host, StringComparison.OrdinalIgnoreCase))
                {
                    await registry.AddAliasesAsync(near.ArticleId, urls, now, cancellationToken).ConfigureAwait(false);
                    return (ItemOutcome.Duplicate, near.ArticleId, null);
                }
                targetId = near.ArticleId; // the same site re-published the story: the newer text replaces the older
            }
        }

        var result = await ingest.IngestDocumentAsync(candidate.Document, targetId, cancellationToken).ConfigureAwait(false);
        if (result.Problem is not null || result.Article is null) return (ItemOutcome.Failed, null, result.Problem ?? "not ingested");
        var articleId = result.Article.Article.Id;
        await registry.RecordAsync(new ContentFingerprint(articleId, simHash ?? 0, contentHash, host, now), urls, cancellationToken).ConfigureAwait(false);
        return (result.Outcome switch
        {
            UpsertOutcome.Added => ItemOutcome.Added,
            UpsertOutcome.Updated => ItemOutcome.Updated,
            _ => ItemOutcome.Unchanged,
        }, articleId, null);
    }

    private async Task<ContentFingerprint?> FindNearAsync(ulong fingerprint, CancellationToken cancellationToken)
    {
        var candidates = await registry.FindNearAsync(fingerprint, SimHash.MaxDistance, cancellationToken).ConfigureAwait(false);
        // Fingerprints of 0 belong to texts too short to fingerprint; they never match.
        return candidates
            .Where(c => c.SimHash != 0)
            .Select(c => (Candidate: c, Distance: SimHash.Distance(c.SimHash, fingerprint)))
            .Where(x => x.Distance <= SimHash.MaxDistance)
            .OrderBy(x => x.Distance)
            .ThenBy(x => x.Candidate.UpdatedAt)
            .Select(x => x.Candidate)
            .FirstOrDefault();
    }

    /// <summary>The text alone, normalized: the same story under two headlines is still one copy.</summary>
    internal static string TextHash(string body) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(ArticleIdentity.NormalizeContent(body))));

    private static string? HostOf(string? url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) && !string.IsNullOrEmpty(uri.Host)
            ? (uri.Host.StartsWith("www.", StringComparison.OrdinalIgnoreCase) ? uri.Host[4..] : uri.Host).ToLowerInvariant()
            : null;
}
