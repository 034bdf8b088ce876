using BriefingBot.Core.Analysis;
using BriefingBot.Core.Briefings;
using BriefingBot.Core.Index;
using BriefingBot.Core.Time;

namespace BriefingBot.Slack.Tests.Infrastructure;

/// <summary>Small hand-written answers (no corpus text) that look like what the briefing service returns.</summary>
internal static class CannedBriefings
{
    public static readonly ArticleRef First = new("a1", "Talks resume in the capital", "https://news.example/a1?x=1&y=2", "Example News", new PartialDate(2025, 11, 3));
    public static readonly ArticleRef Second = new("a2", "Ministers meet again", "https://wire.example/a2", "Example Wire", new PartialDate(2025, 10));

    public static Briefing Briefing(string topic) => new(
        topic,
        [First, Second],
        [new SummaryLine("Negotiators met on Monday to restart the talks.", "a1", 0, 1), new SummaryLine("A second round is planned for spring.", "a2", 2, 2)],
        [new QuoteLine("We are ready to continue.", "Ana Example", QuoteKind.Direct, "a1", First.Published, 1)],
        [new TimelineEntry("2025-11-03", DatePrecision.Day, "The talks restarted.", "a1", 1), new TimelineEntry("2026-SP", DatePrecision.Season, "A second round is planned.", "a2", 2)],
        12,
        First.Published);

    public static QuoteList Quotes(string speaker, string? topic) => new(
        speaker, topic, [First], [new QuoteLine("We are ready to continue.", "Ana Example", QuoteKind.Direct, "a1", First.Published, 1)]);

    public static Timeline Timeline(string topic) => new(
        topic, [First, Second],
        [new TimelineEntry("198X", DatePrecision.Decade, "The conflict began.", "a2", 2), new TimelineEntry("2025-11", DatePrecision.Month, "Talks restarted.", "a1", 1)],
        7);

    public static IndexStatistics Statistics() => new(42, new PartialDate(2025, 11, 3), null, [new SourceCount("Example News", 30), new SourceCount("Example Wire", 12)]);
}
