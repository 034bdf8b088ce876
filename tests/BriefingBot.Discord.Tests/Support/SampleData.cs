using BriefingBot.Core.Analysis;
using BriefingBot.Core.Briefings;
using BriefingBot.Core.Index;
using BriefingBot.Core.Time;

namespace BriefingBot.Discord.Tests.Support;

/// <summary>Small made-up answers (our own sentences, no data-set text).</summary>
internal static class SampleData
{
    public static IReadOnlyList<ArticleRef> Articles { get; } =
    [
        new("a1", "Harbour reopens after storm", "https://news.example/harbour", "Example Times", new PartialDate(2025, 11, 3)),
        new("a2", "Council debates budget", "https://news.example/budget_(draft)", "Daily Example", new PartialDate(2025, 10)),
        new("a3", "Archive note", "file:///etc/passwd", null, null),
    ];

    public static Briefing Briefing(string topic) => new(
        topic,
        Articles,
        [
            new("The harbour reopened on Monday after three days of closures.", "a1", 0, 1),
            new("The council will vote on the budget next week.", "a2", 2, 2),
        ],
        [new("We will rebuild the pier before winter.", "Ana Ruiz", QuoteKind.Direct, "a1", new PartialDate(2025, 11, 3), 1)],
        [
            new("2025-11-03", DatePrecision.Day, "The harbour reopened.", "a1", 1),
            new("198", DatePrecision.Decade, "The pier was built in the 1980s.", "a3", 3),
        ],
        12,
        new PartialDate(2025, 11, 3));

    public static QuoteList Quotes(string speaker, string? topic) => new(
        speaker,
        topic,
        Articles,
        [
            new("We will rebuild the pier before winter.", "Ana Ruiz", QuoteKind.Direct, "a1", new PartialDate(2025, 11, 3), 1),
            new("the budget is fair", "Ana Ruiz", QuoteKind.Partial, "a2", new PartialDate(2025, 10), 2),
        ]);

    public static Timeline Timeline(string topic) => new(
        topic,
        Articles,
        [
            new("19", DatePrecision.Century, "Fishing began here in the twentieth century.", "a3", 3),
            new("2025-10", DatePrecision.Month, "The budget draft was published.", "a2", 2),
        ],
        5);

    public static IndexStatistics Statistics() => new(
        42, new PartialDate(2025, 11, 3), new DateTimeOffset(2025, 11, 4, 8, 0, 0, TimeSpan.Zero),
        [new("Example Times", 30), new("Daily Example", 12)]);
}
