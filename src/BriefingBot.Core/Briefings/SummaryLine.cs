namespace BriefingBot.Core.Briefings;

/// <summary>A summary sentence, verbatim from an article, with its citation.</summary>
/// <param name="Citation">1-based number of the cited article in the briefing's <c>Articles</c> list.</param>
public sealed record SummaryLine(string Text, string ArticleId, int Sentence, int Citation);
