namespace BriefingBot.Core.Index;

/// <summary>Row counts of an article index, compared before and after a copy between engines.</summary>
public sealed record ArticleCounts(long Articles, long Quotes, long Entities, long Keywords, long Events);
