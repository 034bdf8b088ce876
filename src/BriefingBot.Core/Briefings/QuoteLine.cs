using BriefingBot.Core.Analysis;
using BriefingBot.Core.Time;

namespace BriefingBot.Core.Briefings;

/// <param name="Citation">1-based number of the cited article in the answer's <c>Articles</c> list.</param>
public sealed record QuoteLine(string Text, string? Speaker, QuoteKind Kind, string ArticleId, PartialDate? Published, int Citation);
