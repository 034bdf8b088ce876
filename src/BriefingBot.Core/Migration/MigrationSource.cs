using BriefingBot.Core.Digests;
using BriefingBot.Core.Index;

namespace BriefingBot.Core.Migration;

/// <summary>The store a migration copies from.</summary>
public sealed record MigrationSource(IArticleExport Articles, IDigestExport Digests);
