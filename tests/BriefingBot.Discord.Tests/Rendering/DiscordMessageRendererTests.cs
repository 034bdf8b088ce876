using BriefingBot.Core.Analysis;
using BriefingBot.Core.Briefings;
using BriefingBot.Core.Commands.Replies;
using BriefingBot.Core.Time;
using BriefingBot.Discord.Rendering;
using BriefingBot.Discord.Tests.Support;

namespace BriefingBot.Discord.Tests.Rendering;

public sealed class DiscordMessageRendererTests
{
    [Fact]
    public void Render_Briefing_CitesEverySentenceAndListsCitedSources()
    {
        var message = DiscordMessageRenderer.Render(new BriefingReply(SampleData.Briefing("harbour")));

        var embed = Assert.Single(message.Embeds);
        Assert.Equal(
            "The harbour reopened on Monday after three days of closures. [[1]](https://news.example/harbour)\n" +
            "The council will vote on the budget next week. [[2]](https://news.example/budget_%28draft%29)",
            embed.Description);
        Assert.Contains(embed.Fields, f => f.Name == "Key quotes" && f.Value.Contains("— **Ana Ruiz**", StringComparison.Ordinal));
        var dates = Assert.Single(embed.Fields, f => f.Name == "Key dates").Value;
        Assert.Contains("**3 Nov 2025** The harbour reopened.", dates, StringComparison.Ordinal);
        Assert.Contains("**1980s** The pier was built in the 1980s. \\[3\\]", dates, StringComparison.Ordinal);
        var sources = Assert.Single(embed.Fields, f => f.Name == "Sources").Value;
        Assert.Contains("\\[1\\] [Harbour reopens after storm](https://news.example/harbour) · Example Times, 3 Nov 2025", sources, StringComparison.Ordinal);
        Assert.Contains("\\[3\\] Archive note", sources, StringComparison.Ordinal);
        Assert.DoesNotContain("file://", sources, StringComparison.Ordinal);
        Assert.Equal("12 articles matched · newest 3 Nov 2025", embed.Footer?.Text);
        Assert.Null(message.Flags);
    }

    [Fact]
    public void Render_BriefingWithTooManyLongSentences_DropsWholeItemsAndSaysHowMany()
    {
        var sentence = string.Join(' ', Enumerable.Repeat("harbour", 120));
        var summary = Enumerable.Range(0, 20).Select(i => new SummaryLine(sentence, "a1", i, 1)).ToList();
        var briefing = SampleData.Briefing("harbour") with { Summary = summary };

        var message = DiscordMessageRenderer.Render(new BriefingReply(briefing));

        MessageLimits.AssertValid(message);
        var shown = message.Embeds.Sum(e => (e.Description ?? string.Empty).Split('\n').Count(l => l.Length > 0)
            + e.Fields.Where(f => f.Name.StartsWith("Summary", StringComparison.Ordinal)).Sum(f => f.Value.Split('\n').Length));
        Assert.InRange(shown, 1, 19);
        Assert.Contains($"+{20 - shown} more sentences", message.Embeds[^1].Footer?.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_ArticleTextWithMentionsAndMarkdown_IsNeutralized()
    {
        var briefing = SampleData.Briefing("x") with
        {
            Summary = [new SummaryLine("Hey @everyone and @here, <@123> said **this** is _big_ [click](https://evil.example).", "a1", 0, 1)],
        };

        var description = DiscordMessageRenderer.Render(new BriefingReply(briefing)).Embeds[0].Description!;

        Assert.StartsWith("Hey @\u200Beveryone and @\u200Bhere, \\<@123\\> said \\*\\*this\\*\\* is \\_big\\_ \\[click\\](https://evil.example).", description, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_EmptyBriefing_SaysNothingMatched()
    {
        var briefing = new Briefing("nothing", [], [], [], [], 0, null);

        var embed = Assert.Single(DiscordMessageRenderer.Render(new BriefingReply(briefing)).Embeds);

        Assert.Contains("Nothing in the index matches **nothing**", embed.Description, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_QuotesLongerThanAField_ShortenAtWordBoundaryKeepingSpeakerAndCitation()
    {
        var text = string.Join(' ', Enumerable.Repeat("rebuild", 400));
        var quotes = new QuoteList("Ana Ruiz", null, SampleData.Articles, [new QuoteLine(text, "Ana Ruiz", QuoteKind.Direct, "a1", new PartialDate(2025, 11), 1)]);

        var line = DiscordMessageRenderer.Render(new QuotesReply(quotes)).Embeds[0].Description!;

        Assert.True(line.Length <= DiscordLimits.FieldValue);
        Assert.Contains("rebuild…” — **Ana Ruiz**, Nov 2025 [[1]](https://news.example/harbour)", line, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_ErrorMessage_IsEphemeralAndKeepsCodeMarkdown()
    {
        var message = DiscordMessageRenderer.Render(MessageReply.Error("Oops", "Try `brief <topic>` instead, <@1>."));

        Assert.Equal(DiscordMessage.EphemeralFlag, message.Flags);
        Assert.Equal("Try `brief <topic>` instead, \\<@1>.", message.Embeds[0].Description);
    }

    [Theory]
    [InlineData("2025-01-26", DatePrecision.Day, "26 Jan 2025")]
    [InlineData("2025-09", DatePrecision.Month, "Sep 2025")]
    [InlineData("2025", DatePrecision.Year, "2025")]
    [InlineData("198", DatePrecision.Decade, "1980s")]
    [InlineData("19", DatePrecision.Century, "20th century")]
    [InlineData("2025-SU", DatePrecision.Season, "summer 2025")]
    [InlineData("2025-Q1", DatePrecision.Quarter, "Q1 2025")]
    [InlineData("2025-W11", DatePrecision.Week, "week 11, 2025")]
    [InlineData("2025-01-26T10:30", DatePrecision.Time, "26 Jan 2025 10:30")]
    [InlineData("PAST_REF", DatePrecision.Year, "PAST_REF")]
    public void Format_TimexValue_ShowsItsPrecision(string value, DatePrecision precision, string expected)
    {
        Assert.Equal(expected, DiscordDates.Format(value, precision));
    }

    [Theory]
    [InlineData("short", 10, "short")]
    [InlineData("one two three four", 12, "one two…")]
    [InlineData("abcdefghijklmnop", 6, "abcde…")]
    [InlineData("ab\\*cdef", 4, "ab…")]
    [InlineData("a😀😀😀", 4, "a😀…")]
    public void Fit_LongText_ShortensAtWordOrElementBoundary(string text, int max, string expected)
    {
        var fitted = DiscordMarkdown.Fit(text, max);
        Assert.Equal(expected, fitted);
        Assert.True(fitted.Length <= max);
    }
}
