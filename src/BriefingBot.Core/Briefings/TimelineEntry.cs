using BriefingBot.Core.Time;

namespace BriefingBot.Core.Briefings;

/// <param name="Date">TIMEX3 date value (2025-01-26, 2025-09, 198…).</param>
/// <param name="Citation">1-based number of the cited article in the answer's <c>Articles</c> list.</param>
public sealed record TimelineEntry(string Date, DatePrecision Precision, string Text, string ArticleId, int Citation);
