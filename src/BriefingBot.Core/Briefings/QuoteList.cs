using BriefingBot.Core.Index;

namespace BriefingBot.Core.Briefings;

/// <summary>The answer to "/quotes speaker [topic]": verbatim quotes, newest first.</summary>
public sealed record QuoteList(string? Speaker, string? Topic, IReadOnlyList<ArticleRef> Articles, IReadOnlyList<QuoteLine> Quotes);
