using BriefingBot.Core.Index;

namespace BriefingBot.Core.Briefings;

/// <summary>The answer to "/timeline topic": dated events, oldest first.</summary>
public sealed record Timeline(string Topic, IReadOnlyList<ArticleRef> Articles, IReadOnlyList<TimelineEntry> Entries, int MatchedArticles);
