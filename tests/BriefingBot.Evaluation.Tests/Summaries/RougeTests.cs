using BriefingBot.Evaluation.Summaries;

namespace BriefingBot.Evaluation.Tests.Summaries;

public sealed class RougeTests
{
    private const double Precision = 1e-9;

    [Fact]
    public void Tokenize_MixedText_LowerCasedAlphanumericRuns()
    {
        Assert.Equal(["profits", "rose", "76", "to", "1", "13bn", "don", "t"], Rouge.Tokenize("Profits ROSE 76% to $1.13bn! Don't"));
    }

    [Fact]
    public void Score_OneWordSwapped_HandComputedValues()
    {
        // the cat sat on the mat / the cat lay on the mat:
        // unigrams 5 of 6 match both ways; bigrams "the cat", "on the", "the mat" = 3 of 5; LCS "the cat on the mat" = 5 of 6.
        var scores = Rouge.Score("The cat sat on the mat.", "The cat lay on the mat.");

        Assert.Equal(5.0 / 6, scores.Rouge1, Precision);
        Assert.Equal(3.0 / 5, scores.Rouge2, Precision);
        Assert.Equal(5.0 / 6, scores.RougeL, Precision);
    }

    [Fact]
    public void Score_RepeatedWord_CountsAreClipped()
    {
        // "the" three times against once: 1 match; P = 1/3, R = 1/2, F1 = 0.4.
        Assert.Equal(0.4, Rouge.Score("the the the", "the cat").Rouge1, Precision);
    }

    [Fact]
    public void Score_ReversedOrder_OnlyRougeLDrops()
    {
        // Same words, reversed: all unigrams match, no bigram does, the LCS is one token of four.
        var scores = Rouge.Score("alpha beta gamma delta", "delta gamma beta alpha");

        Assert.Equal(1.0, scores.Rouge1, Precision);
        Assert.Equal(0.0, scores.Rouge2, Precision);
        Assert.Equal(0.25, scores.RougeL, Precision);
    }

    [Fact]
    public void Score_DifferentLengths_F1BalancesPrecisionAndRecall()
    {
        // Candidate 2 tokens, reference 4, both match: P = 1, R = 1/2, F1 = 2/3; one bigram of 1 and 3: F1 = 2·1·(1/3)/(4/3) = 1/2.
        var scores = Rouge.Score("red apple", "a red apple pie");

        Assert.Equal(2.0 / 3, scores.Rouge1, Precision);
        Assert.Equal(0.5, scores.Rouge2, Precision);
        Assert.Equal(2.0 / 3, scores.RougeL, Precision);
    }

    [Fact]
    public void Score_EmptyCandidate_IsZero()
    {
        var scores = Rouge.Score(string.Empty, "anything at all");

        Assert.Equal(0, scores.Rouge1);
        Assert.Equal(0, scores.Rouge2);
        Assert.Equal(0, scores.RougeL);
    }

    [Fact]
    public void LcsLength_InterleavedSequences_FindsLongestSubsequence()
    {
        Assert.Equal(4, Rouge.LcsLength(["a", "b", "c", "b", "d", "a", "b"], ["b", "d", "c", "a", "b", "a"]));
    }
}
