namespace BriefingBot.Core.Index;

/// <summary>A full-text query over titles and texts.</summary>
/// <param name="Text">Free text as a user typed it; engines tokenize it themselves and never fail on punctuation.</param>
/// <param name="IndexedSince">Only articles indexed at or after this instant (digests: "what is new").</param>
public sealed record ArticleQuery(string Text, int Limit = 50, DateTimeOffset? IndexedSince = null);
