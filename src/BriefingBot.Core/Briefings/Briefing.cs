using BriefingBot.Core.Index;
using BriefingBot.Core.Time;

namespace BriefingBot.Core.Briefings;

/// <summary>The answer to "/brief topic": cited summary, key quotes, key dates.</summary>
/// <param name="Articles">The cited articles; citations number into this list from 1.</param>
/// <param name="MatchedArticles">How many articles matched the topic (may exceed the cited ones).</param>
/// <param name="Newest">Publication date of the newest matched article.</param>
/// <param name="NewSince">For digests: only articles indexed since this instant were considered.</param>
public sealed record Briefing(
    string Topic,
    IReadOnlyList<ArticleRef> Articles,
    IReadOnlyList<SummaryLine> Summary,
    IReadOnlyList<QuoteLine> Quotes,
    IReadOnlyList<TimelineEntry> Timeline,
    int MatchedArticles,
    PartialDate? Newest,
    DateTimeOffset? NewSince = null)
{
    public bool IsEmpty => Summary.Count == 0 && Quotes.Count == 0 && Timeline.Count == 0;
}
