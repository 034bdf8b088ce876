using BriefingBot.Core.Analysis;
using BriefingBot.Core.Briefings;
using BriefingBot.Core.Commands;
using BriefingBot.Core.Digests;
using BriefingBot.Core.Index;
using BriefingBot.Core.Time;
using BriefingBot.Discord.Rendering;
using BriefingBot.Discord.Tests.Rendering;
using System.Text.RegularExpressions;
using CsCheck;

namespace BriefingBot.Discord.Tests.Digests;

/// <summary>Random large, hostile digests must fit one Discord message, never ping, and always carry the key.</summary>
public sealed partial class DiscordDigestRenderingPropertyTests
{
    private static readonly Gen<string> Token = Gen.OneOf(
        Gen.OneOfConst("@everyone", "@here", "<@123>", "<@&456>", "<#789>", "**bold", "_x_", "`code`", "||s||", "[l](https://evil.example)", "# h", "\\", "😀", "\n", ")", "]]"),
        Gen.String[Gen.Char.AlphaNumeric, 1, 12],
        Gen.String[Gen.Char['a', 'z'], 200, 1200]);

    private static readonly Gen<string> Text = Token.Array[0, 16].Select(t => string.Join(" ", t));

    private static readonly Gen<string?> Url = Gen.OneOf(
        Gen.Const((string?)null),
        Gen.OneOfConst<string?>("https://news.example/a_(b)", "javascript:alert(1)"),
        Gen.String[Gen.Char.AlphaNumeric, 1, 700].Select(s => (string?)("https://news.example/" + s)));

    private static readonly Gen<ArticleRef[]> Articles = Gen.Select(Text, Url, Gen.Int[1, 9999])
        .Select((title, url, year) => new ArticleRef("a" + year, title, url, title.Length % 2 == 0 ? null : title, new PartialDate(year)))
        .Array[1, 12];

    private static readonly Gen<Briefing> Briefings =
        from articles in Articles
        from topic in Text
        from summary in Gen.Select(Text, Gen.Int[0, articles.Length + 1], (t, c) => new SummaryLine(t, "a", 0, c)).Array[0, 12]
        from quotes in Gen.Select(Text, Text, Gen.Enum<QuoteKind>(), Gen.Int[0, articles.Length + 1], (t, s, k, c) => new QuoteLine(t, s.Length > 0 ? s : null, k, "a", null, c)).Array[0, 12]
        from timeline in Gen.Select(Gen.OneOfConst("2025-01-26", "2025-09", "198", "19", "2025-SU", "x<@1>"), Gen.Enum<DatePrecision>(), Text, Gen.Int[0, articles.Length + 1],
            (d, p, t, c) => new TimelineEntry(d, p, t, "a", c)).Array[0, 15]
        from matched in Gen.Int[0, 1000]
        select new Briefing(topic, articles, summary, quotes, timeline, matched, null);

    private static readonly Gen<Digest> Digests =
        from sections in Briefings.Select(b => new DigestSection(b.Topic, b)).Array[0, 14]
        from late in Gen.Bool
        from period in Gen.OneOfConst("2026-05-01", "2026-05-01T07:00")
        select new Digest("dsub", new DigestTarget(ChatPlatform.Discord, null, "42"), period, "Europe/Berlin",
            DigestSamples.Scheduled, DigestSamples.Scheduled.AddDays(-1), DigestSamples.Scheduled, late, sections);

    [Fact]
    public void RenderDigest_RandomLargeHostileDigests_RespectEveryLimitAndCarryTheKey()
    {
        Digests.Sample(digest =>
        {
            var message = DiscordMessageRenderer.RenderDigest(digest, DigestSamples.Key);
            MessageLimits.AssertValid(message);
            Assert.NotNull(message.Content);
            Assert.InRange(message.Content.Length, 1, DiscordLimits.Content);
            Assert.DoesNotContain("@everyone", message.Content, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("@here", message.Content, StringComparison.OrdinalIgnoreCase);
            Assert.False(UnescapedMention().IsMatch(message.Content), "unescaped mention in content: " + message.Content);
            Assert.Contains(message.Embeds, e => e.Footer?.Text.EndsWith("delivery " + DigestSamples.Key, StringComparison.Ordinal) == true);
            Assert.Equal(Math.Max(1, Math.Min(digest.WithNews.Count(), DiscordLimits.Embeds)), message.Embeds.Count);
        }, iter: 100);
    }

    [GeneratedRegex(@"(?<!\\)<(?:[@#:]|a:|t:)")]
    private static partial Regex UnescapedMention();
}
