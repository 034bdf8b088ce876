using System.Text.Json;
using BriefingBot.Core.Analysis;
using BriefingBot.Core.Briefings;
using BriefingBot.Core.Commands.Replies;
using BriefingBot.Core.Index;
using BriefingBot.Core.Time;
using BriefingBot.Slack.Rendering;
using CsCheck;

namespace BriefingBot.Slack.Tests.Rendering;

/// <summary>Random, long, hostile answers must always render within every Block Kit limit.</summary>
public sealed class SlackBlockRendererPropertyTests
{
    private static readonly Gen<string> Word = Gen.Frequency(
        (10, Gen.OneOfConst("the", "talks", "<!channel>", "<!here>", "<@U123>", "&", "<b>", "*bold*", "_it_", "~s~", "`c`", "a|b", "Bogotá", "😀", "\n", "&amp;", ">>>")),
        (10, Gen.Char["abcdefghijklmnopqrstuvwxyz&<>*_"].Array[1, 30].Select(c => new string(c))),
        (1, Gen.Char["xyz<&"].Array[100, 2500].Select(c => new string(c))));

    private static readonly Gen<string> Text = Word.Array[0, 60].Select(w => string.Join(' ', w));

    private static readonly Gen<string?> Url = Gen.OneOfConst<string?>(
        "https://news.example/a?b=1&c=2", "http://x.example/|pipe", "javascript:alert(1)", null, "https://x.example/" + new string('p', 3000), "not a url");

    private static readonly Gen<ArticleRef> Article = Gen.Select(Text, Url, Gen.Int[1, 9999], (title, url, n) =>
        new ArticleRef($"a{n}", title, url, n % 3 == 0 ? null : title, n % 2 == 0 ? new PartialDate(2000 + (n % 25), 1 + (n % 12), 1 + (n % 28)) : null));

    private static readonly Gen<List<ArticleRef>> Articles = Article.List[0, 60];

    private static readonly Gen<SummaryLine> Summary = Gen.Select(Text, Gen.Int[-1, 70], (t, c) => new SummaryLine(t, "a1", 0, c));

    private static readonly Gen<QuoteLine> Quote = Gen.Select(Text, Gen.OneOf(Text.Select(s => (string?)s), Gen.OneOfConst<string?>(null, "")), Gen.Int[-1, 70], Gen.Enum<QuoteKind>(),
        (t, s, c, k) => new QuoteLine(t, s, k, "a1", new PartialDate(2025, 2, 3), c));

    private static readonly Gen<TimelineEntry> Entry = Gen.Select(Text, Gen.Enum<DatePrecision>(), Gen.OneOfConst("2025-01-26", "2025-09", "198X", "2025-SU", "2025-Q2", "2025-W7", "garbage<!here>", "2025-01-26T10:00"), Gen.Int[0, 70],
        (t, p, d, c) => new TimelineEntry(d, p, t, "a1", c));

    private static readonly Gen<BotReply> Reply = Gen.OneOf<BotReply>(
        Gen.Select(Text, Articles, Summary.List[0, 80], Quote.List[0, 80], Entry.List[0, 80], Gen.Int[0, 100000],
            (topic, a, s, q, e, n) => (BotReply)new BriefingReply(new Briefing(topic, a, s, q, e, n, new PartialDate(2025, 5)))),
        Gen.Select(Text, Articles, Quote.List[0, 150], (speaker, a, q) => (BotReply)new QuotesReply(new QuoteList(speaker, speaker.Length % 2 == 0 ? null : speaker, a, q))),
        Gen.Select(Text, Articles, Entry.List[0, 150], (topic, a, e) => (BotReply)new TimelineReply(new Timeline(topic, a, e, e.Count))),
        Gen.Select(Text.List[0, 80], Gen.Int[0, 1000000], (names, n) => (BotReply)new SourcesReply(new IndexStatistics(n, null, null, [.. names.Select(s => new SourceCount(s, n))]))),
        Gen.Select(Text, Text.List[0, 80], (title, lines) => (BotReply)new MessageReply(title, lines, MessageTone.Error)));

    [Fact]
    public void Render_RandomReplies_StayWithinEveryBlockKitLimit()
    {
        Reply.Sample(reply =>
        {
            var message = SlackBlockRenderer.Render(reply);
            AssertWithinLimits(message);
        }, iter: 200);
    }

    internal static void AssertWithinLimits(SlackMessage message)
    {
        Assert.InRange(message.Blocks.Count, 1, SlackLimits.MaxBlocks);
        Assert.InRange(message.Text.Length, 1, SlackLimits.MaxFallbackText);
        Assert.InRange(message.TotalTextLength, 1, SlackLimits.TotalTextBudget);
        foreach (var block in message.Blocks)
        {
            switch (block)
            {
                case HeaderBlock h:
                    Assert.InRange(h.Text.Length, 1, SlackLimits.MaxHeaderText);
                    break;
                case SectionBlock s:
                    Assert.True(s.Text is not null || s.Fields is { Count: > 0 }, "a section needs text or fields");
                    if (s.Text is not null) Assert.InRange(s.Text.Length, 1, SlackLimits.MaxSectionText);
                    if (s.Fields is not null)
                    {
                        Assert.InRange(s.Fields.Count, 1, SlackLimits.MaxFields);
                        Assert.All(s.Fields, f => Assert.InRange(f.Length, 1, SlackLimits.MaxFieldText));
                    }
                    break;
                case ContextBlock c:
                    Assert.InRange(c.Elements.Count, 1, SlackLimits.MaxContextElements);
                    Assert.All(c.Elements, e => Assert.InRange(e.Length, 1, SlackLimits.MaxSectionText));
                    break;
            }
            if (block is SectionBlock { Text: { } text }) AssertOnlyOurControlSequences(text);
        }
        // Serializes cleanly (no lone surrogates from a bad cut).
        var json = message.ToJson().ToJsonString();
        Assert.NotNull(JsonDocument.Parse(json));
    }

    /// <summary>Every '&lt;' in mrkdwn must open one of our links; article text can only produce entities.</summary>
    private static void AssertOnlyOurControlSequences(string text)
    {
        var index = 0;
        while ((index = text.IndexOf('<', index)) >= 0)
        {
            Assert.True(text.AsSpan(index).StartsWith("<http"), $"raw '<' outside a link at {index}");
            var close = text.IndexOf('>', index);
            Assert.True(close > index, "unterminated link");
            index = close + 1;
        }
        Assert.DoesNotContain("<!", text, StringComparison.Ordinal);
        Assert.DoesNotContain("<@", text, StringComparison.Ordinal);
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsHighSurrogate(text[i])) Assert.True(i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]), "split surrogate pair");
            else if (char.IsLowSurrogate(text[i])) Assert.True(i > 0 && char.IsHighSurrogate(text[i - 1]), "split surrogate pair");
        }
    }
}
