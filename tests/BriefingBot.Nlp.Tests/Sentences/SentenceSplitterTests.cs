using BriefingBot.Nlp.Sentences;

namespace BriefingBot.Nlp.Tests.Sentences;

public sealed class SentenceSplitterTests
{
    private static List<string> Split(string text) => SentenceSplitter.Split(text).Select(s => text[s.Start..s.End]).ToList();

    [Fact]
    public void Split_TitlesMonthsAndInitials_DoNotEndSentences()
    {
        var sentences = Split("Sen. Mary Ross met Gen. Li on Jan. 5 with J. R. Hale present. They talked.");

        Assert.Equal(["Sen. Mary Ross met Gen. Li on Jan. 5 with J. R. Hale present.", "They talked."], sentences);
    }

    [Fact]
    public void Split_AcronymMidSentence_StaysButEndsBeforeSentenceStarter()
    {
        var sentences = Split("The U.S. Army left. Officials moved to the U.S. The next day was calm.");

        Assert.Equal(["The U.S. Army left.", "Officials moved to the U.S.", "The next day was calm."], sentences);
    }

    [Fact]
    public void Split_DecimalsAndInnerEllipsis_DoNotSplit()
    {
        var sentences = Split("Growth was 3.5 per cent... or so they say. Next one.");

        Assert.Equal(["Growth was 3.5 per cent... or so they say.", "Next one."], sentences);
    }

    [Fact]
    public void Split_PeriodInsideClosingQuote_EndsAfterTheQuote()
    {
        var sentences = Split("She said, “We are done.” He left. “Really?” he asked.");

        Assert.Equal(["She said, “We are done.”", "He left.", "“Really?” he asked."], sentences);
    }

    [Fact]
    public void Split_ParagraphBreak_AlwaysEndsSentence()
    {
        var text = "A heading without a period\n\n  Body text starts here.  ";
        var spans = SentenceSplitter.Split(text);

        Assert.Equal(["A heading without a period", "Body text starts here."], spans.Select(s => text[s.Start..s.End]));
        Assert.All(spans, s => Assert.False(char.IsWhiteSpace(text[s.Start]) || char.IsWhiteSpace(text[s.End - 1])));
    }
}
