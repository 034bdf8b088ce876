using BriefingBot.Core.Analysis;
using BriefingBot.Core.Briefings;
using BriefingBot.Core.Commands;
using BriefingBot.Core.Digests;
using BriefingBot.Core.Index;
using BriefingBot.Core.Time;
using BriefingBot.Slack.Rendering;
using BriefingBot.Slack.Tests.Rendering;
using CsCheck;

namespace BriefingBot.Slack.Tests.Digests;

/// <summary>Random large, hostile digests must fit one Block Kit message, never ping, and always carry the key.</summary>
public sealed class SlackDigestRenderingPropertyTests
{
    private static readonly Gen<string> Word = Gen.Frequency(
        (10, Gen.OneOfConst("the", "<!channel>", "<!here>", "<!everyone>", "<@U123>", "&", "*bold*", "_it_", "`c`", "a|b", "😀", "\n", ">>>")),
        (10, Gen.Char["abcdefghijklmnopqrstuvwxyz&<>*_"].Array[1, 30].Select(c => new string(c))),
        (1, Gen.Char["xyz<&"].Array[100, 2000].Select(c => new string(c))));

    private static readonly Gen<string> Text = Word.Array[0, 24].Select(w => string.Join(' ', w));

    private static readonly Gen<string?> Url = Gen.OneOfConst<string?>(
        "https://news.example/a?b=1&c=2", "http://x.example/|pipe", "javascript:alert(1)", null, "https://x.example/" + new string('p', 900));

    private static readonly Gen<Briefing> Briefings =
        from articles in Gen.Select(Text, Url, Gen.Int[1, 9999], (t, u, n) => new ArticleRef($"a{n}", t, u, n % 3 == 0 ? null : t, new PartialDate(2000 + (n % 25)))).Array[1, 12]
        from topic in Text
        from summary in Gen.Select(Text, Gen.Int[-1, articles.Length + 1], (t, c) => new SummaryLine(t, "a", 0, c)).Array[0, 12]
        from quotes in Gen.Select(Text, Text, Gen.Enum<QuoteKind>(), Gen.Int[0, articles.Length + 1], (t, s, k, c) => new QuoteLine(t, s.Length > 0 ? s : null, k, "a", new PartialDate(2025, 2, 3), c)).Array[0, 12]
        from timeline in Gen.Select(Gen.OneOfConst("2025-01-26", "2025-09", "198X", "2025-SU", "garbage<!here>"), Gen.Enum<DatePrecision>(), Text, Gen.Int[0, articles.Length + 1],
            (d, p, t, c) => new TimelineEntry(d, p, t, "a", c)).Array[0, 15]
        from matched in Gen.Int[0, 1000]
        select new Briefing(topic, articles, summary, quotes, timeline, matched, null);

    private static readonly Gen<Digest> Digests =
        from sections in Briefings.Select(b => new DigestSection(b.Topic, b)).Array[0, 18]
        from late in Gen.Bool
        select new Digest("dsub", new DigestTarget(ChatPlatform.Slack, "T1", "C1"), "2026-05-01", "America/New_York",
            SlackDigestSamples.Scheduled, SlackDigestSamples.Scheduled.AddDays(-1), SlackDigestSamples.Scheduled, late, sections);

    private static readonly string[] Pings = ["<!channel", "<!here", "<!everyone", "<@U"];

    /// <summary>Every mrkdwn string Slack would parse, plus the fallback text.</summary>
    internal static IEnumerable<string> Texts(SlackMessage message) =>
        message.Blocks.SelectMany(b => b switch
        {
            SectionBlock s => (s.Fields ?? []).Prepend(s.Text ?? string.Empty),
            ContextBlock c => c.Elements,
            _ => [],
        }).Append(message.Text);

    [Fact]
    public void RenderDigest_RandomLargeHostileDigests_StayWithinEveryLimitNeverPingAndCarryTheKey()
    {
        Digests.Sample(digest =>
        {
            var message = SlackBlockRenderer.RenderDigest(digest, SlackDigestSamples.Key);
            SlackBlockRendererPropertyTests.AssertWithinLimits(message);
            foreach (var text in Texts(message))
            {
                foreach (var ping in Pings) Assert.DoesNotContain(ping, text, StringComparison.Ordinal);
            }
            Assert.Equal(SlackDigestSamples.Key, message.ToJson()["metadata"]!["event_payload"]!["delivery_id"]!.GetValue<string>());
        }, iter: 80);
    }
}
