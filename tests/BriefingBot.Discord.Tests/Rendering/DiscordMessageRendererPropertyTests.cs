using BriefingBot.Core.Analysis;
using BriefingBot.Core.Briefings;
using BriefingBot.Core.Commands.Replies;
using BriefingBot.Core.Index;
using BriefingBot.Core.Time;
using BriefingBot.Discord.Rendering;
using CsCheck;

namespace BriefingBot.Discord.Tests.Rendering;

/// <summary>Random long, hostile answers must always render within every Discord limit.</summary>
public sealed class DiscordMessageRendererPropertyTests
{
    private static readonly Gen<string> Token = Gen.OneOf(
        Gen.OneOfConst("@everyone", "@here", "<@123>", "<@&456>", "<#789>", "<t:1700000000>", "**bold", "_x_", "`code`", "~~s~~",
            "||spoiler||", "[link](https://evil.example)", "# heading", "> quote", "\\", "😀", "👩‍👩‍👧", "é", "日本語", "\n", "  ", ")", "(", "]]"),
        Gen.String[Gen.Char.AlphaNumeric, 1, 12],
        Gen.String[Gen.Char['a', 'z'], 200, 1500]);

    private static readonly Gen<string> Text = Token.Array[0, 40].Select(t => string.Join(" ", t));

    private static readonly Gen<string?> Url = Gen.OneOf(
        Gen.Const((string?)null),
        Gen.OneOfConst<string?>("https://news.example/a_(b)", "ftp://x.example/f", "javascript:alert(1)", "not a url"),
        Gen.String[Gen.Char.AlphaNumeric, 1, 700].Select(s => (string?)("https://news.example/" + s)));

    private static readonly Gen<ArticleRef[]> Articles = Gen.Select(Text, Url, Gen.Int[1, 9999], Text)
        .Select((title, url, year, source) => new ArticleRef("a" + year, title, url, source.Length > 0 ? source : null, new PartialDate(year)))
        .Array[1, 15];

    private static Gen<int> Citation(int count) => Gen.Int[0, count + 1];

    private static readonly Gen<Briefing> Briefings =
        from articles in Articles
        from topic in Text
        from summary in Gen.Select(Text, Citation(articles.Length), (t, c) => new SummaryLine(t, "a", 0, c)).Array[0, 15]
        from quotes in Gen.Select(Text, Text, Gen.Enum<QuoteKind>(), Citation(articles.Length), (t, s, k, c) => new QuoteLine(t, s.Length > 0 ? s : null, k, "a", new PartialDate(2025, 1, 2), c)).Array[0, 15]
        from timeline in Gen.Select(Gen.OneOfConst("2025-01-26", "2025-09", "2025", "198", "19", "2025-SU", "2025-Q1", "2025-W11", "2025-01-26T10:30", "weird<@1>"), Gen.Enum<DatePrecision>(), Text, Citation(articles.Length),
            (d, p, t, c) => new TimelineEntry(d, p, t, "a", c)).Array[0, 20]
        from matched in Gen.Int[0, 100000]
        select new Briefing(topic, articles, summary, quotes, timeline, matched, new PartialDate(2025, 11));

    [Fact]
    public void RenderBriefing_RandomHostileBriefings_RespectEveryLimit()
    {
        Briefings.Sample(b => MessageLimits.AssertValid(DiscordMessageRenderer.Render(new BriefingReply(b))), iter: 100);
    }

    [Fact]
    public void RenderQuotes_RandomHostileQuoteLists_RespectEveryLimit()
    {
        var gen = from articles in Articles
                  from speaker in Text
                  from topic in Text
                  from quotes in Gen.Select(Text, Text, Gen.Enum<QuoteKind>(), Citation(articles.Length), (t, s, k, c) => new QuoteLine(t, s, k, "a", null, c)).Array[0, 60]
                  select new QuoteList(speaker, topic.Length > 0 ? topic : null, articles, quotes);
        gen.Sample(q => MessageLimits.AssertValid(DiscordMessageRenderer.Render(new QuotesReply(q))), iter: 150);
    }

    [Fact]
    public void RenderTimeline_RandomHostileTimelines_RespectEveryLimit()
    {
        var gen = from articles in Articles
                  from topic in Text
                  from entries in Gen.Select(Gen.OneOfConst("2025-01-26", "2025-09", "198", "19", "x"), Gen.Enum<DatePrecision>(), Text, Citation(articles.Length), (d, p, t, c) => new TimelineEntry(d, p, t, "a", c)).Array[0, 80]
                  select new Timeline(topic, articles, entries, entries.Length);
        gen.Sample(t => MessageLimits.AssertValid(DiscordMessageRenderer.Render(new TimelineReply(t))), iter: 150);
    }

    [Fact]
    public void RenderSourcesAndMessages_RandomHostileText_RespectEveryLimit()
    {
        var sources = Gen.Select(Text, Gen.Int[0, 1000], (s, n) => new SourceCount(s, n)).Array[0, 80]
            .Select(s => new IndexStatistics(s.Length, null, null, s));
        sources.Sample(s => MessageLimits.AssertValid(DiscordMessageRenderer.Render(new SourcesReply(s))), iter: 100);
        var messages = Gen.Select(Text, Text.Array[0, 30], Gen.Enum<MessageTone>(), (title, lines, tone) => new MessageReply(title.Length > 0 ? title : "t", lines, tone));
        messages.Sample(m => MessageLimits.AssertValid(DiscordMessageRenderer.Render(m)), iter: 100);
    }
}
