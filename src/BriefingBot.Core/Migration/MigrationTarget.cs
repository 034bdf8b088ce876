using BriefingBot.Core.Digests;
using BriefingBot.Core.Index;

namespace BriefingBot.Core.Migration;

/// <summary>The store a migration copies into: its imports, and its exports for the final count comparison.</summary>
public sealed record MigrationTarget(IArticleImport Articles, IArticleExport ArticleCounts, IDigestImport Digests, IDigestExport DigestCounts);
