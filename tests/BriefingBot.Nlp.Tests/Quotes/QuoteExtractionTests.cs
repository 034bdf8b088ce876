using BriefingBot.Core.Analysis;

namespace BriefingBot.Nlp.Tests.Quotes;

public sealed class QuoteExtractionTests
{
    private static (string Text, IReadOnlyList<Quote> Quotes) Analyze(string text) =>
        (text, new TextAnalyzer().Analyze(new DocumentInput(text)).Analysis.Quotes);

    private static Quote Find(IReadOnlyList<Quote> quotes, string startsWith) =>
        Assert.Single(quotes, q => q.Text.StartsWith(startsWith, StringComparison.Ordinal));

    [Fact]
    public void Extract_SplitQuote_OneSpeakerForBothParts()
    {
        var (text, quotes) = Analyze("Mayor Lena Ortiz visited the site. “We will rebuild,” she said, “and we will do it fast.”");

        Assert.Equal("Lena Ortiz", Find(quotes, "We will rebuild").Speaker);
        Assert.Equal("Lena Ortiz", Find(quotes, "and we will do it fast").Speaker);
        Assert.All(quotes, q => Assert.Equal(q.Text, text[q.Start..q.End]));
    }

    [Fact]
    public void Extract_StraightQuotesAndSaidName_Attributed()
    {
        var (_, quotes) = Analyze("\"The numbers do not add up at all,\" said Omar Haddad, a city auditor.");

        var quote = Find(quotes, "The numbers");
        Assert.Equal("Omar Haddad", quote.Speaker);
        Assert.Equal(QuoteKind.Direct, quote.Kind);
        Assert.Equal("said", quote.Cue);
    }

    [Fact]
    public void Extract_HeAdded_ResolvesPronounToSubjectOfPreviousSentence()
    {
        var (_, quotes) = Analyze("Responding online, Ana Ruiz invited Tom Kell to visit the plant. She added, “Come and see the work for yourself.”");

        var quote = Find(quotes, "Come and see");
        Assert.Equal("Ana Ruiz", quote.Speaker);
        Assert.Equal("She", quote.SpeakerSurface);
        Assert.Equal("added", quote.Cue);
    }

    [Fact]
    public void Extract_ColonAfterObject_SpeakerIsSentenceSubject()
    {
        var (_, quotes) = Analyze("Speaking later, Paul Brandt doubled down, singling out Ivo Marsh: “He had better step aside soon.”");

        Assert.Equal("Paul Brandt", Find(quotes, "He had better").Speaker);
    }

    [Fact]
    public void Extract_ContinuationAfterAttributedQuote_KeepsSpeaker()
    {
        var (_, quotes) = Analyze("“The harbour is full of ships,” Greta Lind told reporters on Friday. “We cannot unload them all this week.”");

        Assert.Equal("Greta Lind", Find(quotes, "The harbour").Speaker);
        Assert.Equal("Greta Lind", Find(quotes, "We cannot unload").Speaker);
    }

    [Fact]
    public void Extract_QuoteSpanningParagraphs_ContinuesWithSameSpeaker()
    {
        var text = "Coach Dan Reyes was blunt. “We played badly for most of the night,” Reyes said. “Nobody could finish a play.\n\n“We will practise harder before the next game.”";
        var (_, quotes) = Analyze(text);

        var second = Find(quotes, "We will practise");
        Assert.Equal("Dan Reyes", second.Speaker);
        Assert.Equal("Dan Reyes", Find(quotes, "Nobody could finish").Speaker);
    }

    [Fact]
    public void Extract_ScareQuotesAndTitles_AreNotQuotes()
    {
        var (_, quotes) = Analyze("Critics called the plan a “gift” to developers. She reviewed “The Long Road Home” for the paper.");

        Assert.Empty(quotes);
    }

    [Fact]
    public void Extract_IndirectSpeech_SaidThatAndTrailingAttribution()
    {
        var (_, quotes) = Analyze("Nora Pike said that the clinic would close next spring. The budget is far too small this year, Pike said.");

        var first = Find(quotes, "the clinic would close");
        Assert.Equal(QuoteKind.Indirect, first.Kind);
        Assert.Equal("Nora Pike", first.Speaker);
        var second = Find(quotes, "The budget is far too small");
        Assert.Equal(QuoteKind.Indirect, second.Kind);
        Assert.Equal("Nora Pike", second.Speaker);
    }

    [Fact]
    public void Extract_AccordingTo_IsIndirect()
    {
        var (_, quotes) = Analyze("According to Ravi Menon, the new line will carry twice as many riders.");

        var quote = Find(quotes, "the new line will carry");
        Assert.Equal(QuoteKind.Indirect, quote.Kind);
        Assert.Equal("Ravi Menon", quote.Speaker);
    }

    [Fact]
    public void Extract_RoleNoun_ResolvesToEarlierRoleMention()
    {
        var (_, quotes) = Analyze("Freedonian President Rufus Tyler arrived late. “We will not pay for this wall,” the Freedonian president said.");

        Assert.Equal("Rufus Tyler", Find(quotes, "We will not pay").Speaker);
    }

    [Fact]
    public void Extract_Apposition_SpeakerIsTheName()
    {
        var (_, quotes) = Analyze("“The talks are over for now,” Ines Varga, the trade minister, said on Monday.");

        Assert.Equal("Ines Varga", Find(quotes, "The talks are over").Speaker);
    }
}
