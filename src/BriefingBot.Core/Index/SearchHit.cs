using BriefingBot.Core.Time;

namespace BriefingBot.Core.Index;

/// <summary>An article matching a full-text query. Higher <see cref="Relevance"/> is better (engine-normalized, &gt; 0).</summary>
public sealed record SearchHit(string ArticleId, double Relevance, PartialDate? Published, DateTimeOffset IndexedAt);
