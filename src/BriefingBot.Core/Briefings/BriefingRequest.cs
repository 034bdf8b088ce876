namespace BriefingBot.Core.Briefings;

/// <param name="IndexedSince">Restrict to articles indexed since this instant (digests).</param>
public sealed record BriefingRequest(string Topic, int MaxSummarySentences = 5, int MaxQuotes = 5, int MaxTimelineEntries = 8, DateTimeOffset? IndexedSince = null);
