using BriefingBot.Core.Time;

namespace BriefingBot.Core.Index;

/// <summary>What a citation needs to know about an article.</summary>
public sealed record ArticleRef(string Id, string Title, string? Url, string? Source, PartialDate? Published);
