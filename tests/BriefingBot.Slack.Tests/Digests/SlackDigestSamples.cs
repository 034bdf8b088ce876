using BriefingBot.Core.Analysis;
using BriefingBot.Core.Briefings;
using BriefingBot.Core.Commands;
using BriefingBot.Core.Digests;
using BriefingBot.Core.Index;
using BriefingBot.Core.Time;

namespace BriefingBot.Slack.Tests.Digests;

/// <summary>Made-up digests (our own sentences).</summary>
internal static class SlackDigestSamples
{
    public const string ChannelId = "C42";
    public const string Key = "dgabcdefghijklmnopqrstuv";

    public static readonly DateTimeOffset Scheduled = new(2026, 5, 1, 7, 0, 0, TimeSpan.Zero);

    public static Briefing News(string topic) => new(
        topic,
        [
            new ArticleRef("a1", "Harbour reopens after storm", "https://news.example/harbour?a=1&b=2", "Example Times", new PartialDate(2025, 11, 3)),
            new ArticleRef("a2", "Council <!channel> debates budget", null, "Daily Example", new PartialDate(2025, 10)),
        ],
        [new SummaryLine("The harbour reopened on Monday after three days of closures.", "a1", 0, 1)],
        [new QuoteLine("We will rebuild the pier before <!here> winter.", "Ana Ruiz", QuoteKind.Direct, "a2", new PartialDate(2025, 10), 2)],
        [new TimelineEntry("198", DatePrecision.Decade, "The pier was built.", "a1", 1)],
        4,
        new PartialDate(2025, 11, 3));

    public static Digest Digest(bool late = false, params string[] quiet) => Digest([News("harbour")], late, quiet);

    public static Digest Digest(IReadOnlyList<Briefing> news, bool late = false, params string[] quiet) => new(
        "dsub1",
        new DigestTarget(ChatPlatform.Slack, "T1", ChannelId),
        "2026-05-01",
        "UTC",
        Scheduled,
        Scheduled.AddDays(-1),
        Scheduled,
        late,
        [.. news.Select(b => new DigestSection(b.Topic, b)), .. quiet.Select(t => new DigestSection(t, new Briefing(t, [], [], [], [], 0, null)))]);

    public static DigestMessage Message(string key = Key) => new(key, key, 1, Digest(false, "farc"));
}
