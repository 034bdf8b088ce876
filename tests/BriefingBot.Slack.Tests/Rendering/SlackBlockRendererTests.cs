using System.Text.Json.Nodes;
using BriefingBot.Core.Analysis;
using BriefingBot.Core.Briefings;
using BriefingBot.Core.Commands.Replies;
using BriefingBot.Core.Index;
using BriefingBot.Core.Time;
using BriefingBot.Slack.Rendering;
using BriefingBot.Slack.Tests.Infrastructure;

namespace BriefingBot.Slack.Tests.Rendering;

public sealed class SlackBlockRendererTests
{
    private static string AllText(SlackMessage message) =>
        message.Text + "\n" + string.Join("\n", message.Blocks.Select(b => b.ToJson().ToJsonString(new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping })));

    private static Briefing WithSummary(params SummaryLine[] lines) =>
        CannedBriefings.Briefing("topic") with { Summary = lines, Quotes = [], Timeline = [] };

    [Fact]
    public void Render_ArticleTextWithMentionsAndMarkup_EscapedLiterally()
    {
        var message = SlackBlockRenderer.Render(new BriefingReply(WithSummary(new SummaryLine("<!channel> & <b>", "a1", 0, 1))));
        var section = message.Blocks.OfType<SectionBlock>().First();
        Assert.Contains("&lt;!channel&gt; &amp; &lt;b&gt;", section.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("<!channel>", AllText(message), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("<!here> now")]
    [InlineData("ping <@U123> please")]
    [InlineData("<https://evil.example|click>")]
    public void Render_ArticleSpecialSequences_NeverReachSlackRaw(string text)
    {
        var message = SlackBlockRenderer.Render(new BriefingReply(WithSummary(new SummaryLine(text, "a1", 0, 1))));
        Assert.DoesNotContain(text, AllText(message), StringComparison.Ordinal);
    }

    [Fact]
    public void Render_Citation_LinksNumberedHttpUrlWithEscapedAmpersand()
    {
        var message = SlackBlockRenderer.Render(new BriefingReply(WithSummary(new SummaryLine("Talks resumed.", "a1", 0, 1))));
        Assert.Contains("Talks resumed. <https://news.example/a1?x=1&amp;y=2|[1]>", AllText(message), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("javascript:alert(1)")]
    [InlineData("ftp://files.example/x")]
    [InlineData("/relative/path")]
    [InlineData(null)]
    public void Render_CitationWithoutHttpUrl_PlainNumber(string? url)
    {
        var briefing = WithSummary(new SummaryLine("Talks resumed.", "a1", 0, 1)) with { Articles = [CannedBriefings.First with { Url = url }] };
        var text = AllText(SlackBlockRenderer.Render(new BriefingReply(briefing)));
        Assert.Contains("Talks resumed. [1]", text, StringComparison.Ordinal);
        Assert.DoesNotContain("|[1]>", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_Quote_SpeakerBoldAndDate()
    {
        var text = AllText(SlackBlockRenderer.Render(new QuotesReply(CannedBriefings.Quotes("ana", null))));
        Assert.Contains("*Ana Example*: “We are ready to continue.” <https://news.example/a1?x=1&amp;y=2|[1]> · 3 Nov 2025", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("2025-11-03", DatePrecision.Day, "3 Nov 2025")]
    [InlineData("2025-09", DatePrecision.Month, "Sep 2025")]
    [InlineData("2025", DatePrecision.Year, "2025")]
    [InlineData("198X", DatePrecision.Decade, "the 1980s")]
    [InlineData("2026-SP", DatePrecision.Season, "spring 2026")]
    [InlineData("2025-Q3", DatePrecision.Quarter, "Q3 2025")]
    [InlineData("2025-W05", DatePrecision.Week, "week 5 of 2025")]
    public void Render_TimelineDate_KeepsPrecision(string timex, DatePrecision precision, string expected)
    {
        var timeline = new Timeline("t", [CannedBriefings.First], [new TimelineEntry(timex, precision, "Something happened.", "a1", 1)], 1);
        var text = AllText(SlackBlockRenderer.Render(new TimelineReply(timeline)));
        Assert.Contains($"*{expected}*: Something happened.", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_ManyQuotes_DropsWholeItemsAndSaysHowMany()
    {
        var quotes = Enumerable.Range(0, 200)
            .Select(i => new QuoteLine($"Quote number {i} says something rather long about the matter at hand, and then some more.", "Speaker", QuoteKind.Direct, "a1", null, 1))
            .ToList();
        var message = SlackBlockRenderer.Render(new QuotesReply(new QuoteList("s", null, [CannedBriefings.First], quotes)));
        var text = AllText(message);
        var shown = quotes.Count(q => text.Contains(q.Text, StringComparison.Ordinal));
        Assert.InRange(shown, 10, 199);
        Assert.Contains($"_+{200 - shown} more_", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_VeryLongSentence_ShortenedAtWordWithCitationIntact()
    {
        var sentence = string.Join(' ', Enumerable.Repeat("word", 2000));
        var message = SlackBlockRenderer.Render(new BriefingReply(WithSummary(new SummaryLine(sentence, "a1", 0, 1))));
        var section = message.Blocks.OfType<SectionBlock>().First();
        Assert.Contains("word word… <https://news.example/a1?x=1&amp;y=2|[1]>", section.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("wor…", section.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_EmptyBriefing_SaysNothingFound()
    {
        var message = SlackBlockRenderer.Render(new BriefingReply(new Briefing("unknown topic", [], [], [], [], 0, null)));
        Assert.Contains("Nothing found about unknown topic", AllText(message), StringComparison.Ordinal);
    }

    [Fact]
    public void Render_HelpMessage_KeepsCodeSpansAndEscapesPlaceholders()
    {
        var message = SlackBlockRenderer.Render(new MessageReply("BriefingBot help", BriefingBot.Core.Commands.HelpText.Lines));
        var text = AllText(message);
        Assert.Contains("`brief &lt;topic&gt;`", text, StringComparison.Ordinal);
        Assert.DoesNotContain("<topic>", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_Sources_FieldsAndOutlets()
    {
        var message = SlackBlockRenderer.Render(new SourcesReply(new IndexStatistics(1234, new PartialDate(2025, 11), null,
            [new SourceCount("A & B <News>", 1000), new SourceCount("C", 234)])));
        var text = AllText(message);
        Assert.Contains("1,234", text, StringComparison.Ordinal);
        Assert.Contains("A &amp; B &lt;News&gt;: 1,000", text, StringComparison.Ordinal);
        Assert.Contains("Nov 2025", text, StringComparison.Ordinal);
    }

    [Fact]
    public void ToJson_Briefing_HasTextAndTypedBlocks()
    {
        var json = SlackBlockRenderer.Render(new BriefingReply(CannedBriefings.Briefing("colombia"))).ToJson();
        Assert.StartsWith("Briefing: colombia", json["text"]!.GetValue<string>(), StringComparison.Ordinal);
        var types = json["blocks"]!.AsArray().Select(b => b!["type"]!.GetValue<string>()).ToList();
        Assert.Equal("header", types[0]);
        Assert.Equal("context", types[^1]);
        Assert.Contains("section", types);
        Assert.IsType<JsonArray>(json["blocks"]);
    }
}
