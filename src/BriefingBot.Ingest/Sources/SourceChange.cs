using BriefingBot.Core.Sources;

namespace BriefingBot.Ingest.Sources;

/// <summary>The source as stored after an add, and whether it was new (false: it already existed and was updated).</summary>
public sealed record SourceChange(WebSource Source, bool Added);
