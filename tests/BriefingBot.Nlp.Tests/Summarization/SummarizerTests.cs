using BriefingBot.Nlp.Summarization;

namespace BriefingBot.Nlp.Tests.Summarization;

public sealed class SummarizerTests
{
    private static readonly string[] BridgeStory =
    [
        "The city council voted on Tuesday to close the old harbour bridge for repairs to its rusting steel cables.",
        "Engineers found that the bridge cables had lost a third of their strength since the last inspection.",
        "A local bakery also announced a new range of sourdough loaves for the winter.",
        "Traffic from the harbour bridge will be diverted through the tunnel while the cables are replaced.",
        "The council expects the bridge repairs to cost twelve million and to last until the autumn.",
        "Residents near the tunnel worry that the diverted bridge traffic will clog their streets.",
    ];

    [Fact]
    public void Summarize_OffTopicSentence_IsNotChosen()
    {
        var doc = TestDocument.Of(BridgeStory);

        var summary = Summarizer.Summarize(doc.Text, doc.Sentences, 3);

        Assert.Equal(3, summary.Count);
        Assert.DoesNotContain(2, summary);
    }

    [Fact]
    public void Summarize_ReturnsDistinctIndicesInRange()
    {
        var doc = TestDocument.Of(BridgeStory);

        var summary = Summarizer.Summarize(doc.Text, doc.Sentences, 4);

        Assert.Equal(summary.Count, summary.Distinct().Count());
        Assert.All(summary, i => Assert.InRange(i, 0, BridgeStory.Length - 1));
    }

    [Fact]
    public void Summarize_SameInput_SameOutput()
    {
        var doc = TestDocument.Of(BridgeStory);

        Assert.Equal(Summarizer.Summarize(doc.Text, doc.Sentences, 3), Summarizer.Summarize(doc.Text, doc.Sentences, 3));
    }

    [Fact]
    public void Summarize_CountAboveSentences_ReturnsEverySentenceOnce()
    {
        var doc = TestDocument.Of(BridgeStory[0], BridgeStory[1]);

        var summary = Summarizer.Summarize(doc.Text, doc.Sentences, 5);

        Assert.Equal([0, 1], summary.Order());
    }

    [Fact]
    public void Summarize_NothingAsked_ReturnsEmpty()
    {
        var doc = TestDocument.Of(BridgeStory);

        Assert.Empty(Summarizer.Summarize(doc.Text, doc.Sentences, 0));
        Assert.Empty(Summarizer.Summarize(string.Empty, [], 3));
    }

    [Fact]
    public void Summarize_HeadlineLine_IsNotASummarySentence()
    {
        var doc = TestDocument.WithHeadline("Harbour bridge closed for cable repairs", BridgeStory);

        var summary = Summarizer.Summarize(doc.Text, doc.Sentences, 3);

        Assert.DoesNotContain(0, summary);
    }

    [Fact]
    public void Summarize_SentenceRepeatedVerbatim_IsChosenOnce()
    {
        var doc = TestDocument.Of([.. BridgeStory, BridgeStory[1]]);

        var summary = Summarizer.Summarize(doc.Text, doc.Sentences, 4);

        Assert.False(summary.Contains(1) && summary.Contains(BridgeStory.Length), "the repeated sentence was chosen twice");
    }

    [Fact]
    public void Summarize_QuestionWithTheSameWords_LosesToTheStatement()
    {
        var doc = TestDocument.Of(
            "Will the harbour bridge cables be replaced before the bridge repairs run over budget?",
            "The harbour bridge cables will be replaced before the bridge repairs start in spring.",
            "Harbour traffic on the bridge was light on Tuesday, the council said.");

        var summary = Summarizer.Summarize(doc.Text, doc.Sentences, 1);

        Assert.Equal([1], summary);
    }

    [Fact]
    public void Summarize_BoilerplateLine_IsNotChosen()
    {
        var doc = TestDocument.Of(
            [.. BridgeStory[..2], "Click here to subscribe to our bridge and harbour newsletter for cable repairs news.", .. BridgeStory[3..]]);

        var summary = Summarizer.Summarize(doc.Text, doc.Sentences, 3);

        Assert.DoesNotContain(2, summary);
    }

    [Fact]
    public void Summarize_VeryShortFragment_IsNotChosen()
    {
        var doc = TestDocument.Of([BridgeStory[0], "Bridge cables.", .. BridgeStory[1..]]);

        var summary = Summarizer.Summarize(doc.Text, doc.Sentences, 3);

        Assert.DoesNotContain(1, summary);
    }
}
