using BriefingBot.Core.Articles;

namespace BriefingBot.Core.Briefings;

/// <summary>A matched article with its combined relevance-and-recency score (higher is better, at most 1).</summary>
internal sealed record RankedArticle(AnalyzedArticle Article, double Score);
