using BriefingBot.Core.Time;

namespace BriefingBot.Core.Index;

/// <param name="Newest">The newest publication date in the index.</param>
/// <param name="LastIngest">When an article was last added or updated.</param>
public sealed record IndexStatistics(int Count, PartialDate? Newest, DateTimeOffset? LastIngest, IReadOnlyList<SourceCount> Sources);
