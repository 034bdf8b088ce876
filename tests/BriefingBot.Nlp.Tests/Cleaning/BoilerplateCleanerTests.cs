using BriefingBot.Nlp.Cleaning;

namespace BriefingBot.Nlp.Tests.Cleaning;

public sealed class BoilerplateCleanerTests
{
    private const string Body = "The council met on Tuesday. It approved the budget after a long debate. Critics said the plan";

    [Fact]
    public void Clean_TruncationLeader_DropsDanglingFragmentAndFlagsTruncation()
    {
        var text = Body + "........";
        var result = BoilerplateCleaner.Clean(text, 0);

        Assert.True(result.Truncated);
        var span = Assert.Single(result.Removed);
        Assert.Equal("truncation", span.Reason);
        Assert.Equal("Critics said the plan........", text[span.Start..span.End]);
        Assert.Equal(text.Length, result.Text.Length);
        Assert.StartsWith("The council met on Tuesday. It approved the budget after a long debate.", result.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Critics", result.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Clean_TrailingNamesAfterBlankGap_RemovedAsNameList()
    {
        var text = "A full paragraph of reporting ends here.\n\n\n\n\nAnna Berg\nTom O. Vance\nLi Wei\n";
        var result = BoilerplateCleaner.Clean(text, 0);

        var span = Assert.Single(result.Removed);
        Assert.Equal("trailing name list", span.Reason);
        Assert.Contains("Tom O. Vance", text[span.Start..span.End], StringComparison.Ordinal);
        Assert.DoesNotContain("Vance", result.Text, StringComparison.Ordinal);
        Assert.False(result.Truncated);
    }

    [Fact]
    public void Clean_NamesAfterSingleParagraphBreak_AreKept()
    {
        var text = "The award went to two people.\n\nAnna Berg\nTom Vance\n";
        var result = BoilerplateCleaner.Clean(text, 0);

        Assert.Empty(result.Removed);
        Assert.Equal(text, result.Text);
    }

    [Fact]
    public void Clean_BylineDatelineAndRelatedBlock_AreRemovedWithOffsetsIntoOriginal()
    {
        var text = "By Jane Doe\nLONDON (Reuters) - Prices rose sharply in May.\nRelated:\nMarkets slide again\nWhy rates matter\n\nAnalysts expect more.";
        var result = BoilerplateCleaner.Clean(text, 0);

        Assert.Contains(result.Removed, s => s.Reason == "byline" && text[s.Start..s.End] == "By Jane Doe");
        Assert.Contains(result.Removed, s => s.Reason == "dateline" && text[s.Start..s.End].StartsWith("LONDON (Reuters) -", StringComparison.Ordinal));
        Assert.Contains(result.Removed, s => s.Reason == "related links" && text[s.Start..s.End].Contains("Why rates matter", StringComparison.Ordinal));
        Assert.Contains("Prices rose sharply in May.", result.Text, StringComparison.Ordinal);
        Assert.Contains("Analysts expect more.", result.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Clean_CookieAndSubscribeStubs_AreRemoved()
    {
        var text = "The storm passed overnight.\nWe use cookies to improve your experience.\nSubscribe now for unlimited access";
        var result = BoilerplateCleaner.Clean(text, 0);

        Assert.Contains(result.Removed, s => s.Reason == "cookie notice");
        Assert.Contains(result.Removed, s => s.Reason == "subscription stub");
        Assert.Contains("The storm passed overnight.", result.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Clean_TextBeforeBodyStart_IsNeverTouched()
    {
        var text = "By The Numbers\nThe body starts here and is plain.";
        var result = BoilerplateCleaner.Clean(text, text.IndexOf('\n', StringComparison.Ordinal) + 1);

        Assert.Empty(result.Removed);
    }
}
