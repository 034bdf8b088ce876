namespace BriefingBot.Core.Index;

public sealed record SourceCount(string Source, int Count);
