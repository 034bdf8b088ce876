using BriefingBot.Core.Briefings;

namespace BriefingBot.Core.Tests.Briefings;

public sealed class TopicSummarySelectorTests
{
    private static readonly DateTimeOffset Day = new(2025, 11, 3, 9, 0, 0, TimeSpan.Zero);

    private static SummaryCandidate C(string article, int sentence, string text, double relevance = 1, int rank = 0, DateTimeOffset? published = null) =>
        new(article, sentence, text, relevance, published ?? Day, rank);

    private static readonly SummaryCandidate[] ThreeOutlets =
    [
        C("a", 0, "The central bank raised interest rates by half a point to curb inflation.", 0.9),
        C("a", 3, "Mortgage holders will pay more each month after the central bank decision.", 0.9, rank: 1),
        C("b", 1, "The central bank raised interest rates by half a point to curb inflation.", 0.8),
        C("b", 2, "Shares in property developers fell sharply after the rate rise.", 0.8, rank: 1),
        C("c", 0, "Economists had expected the central bank to hold interest rates steady.", 0.7),
        C("c", 4, "A local football club unveiled its new stadium on Saturday.", 0.7, rank: 1),
    ];

    [Fact]
    public void Select_SyndicatedSentence_IsPickedOnce()
    {
        var chosen = TopicSummarySelector.Select(ThreeOutlets, 4);

        Assert.Single(chosen, c => c.Text.StartsWith("The central bank raised", StringComparison.Ordinal));
    }

    [Fact]
    public void Select_NearDuplicateWithSmallEdits_IsPickedOnce()
    {
        SummaryCandidate[] candidates =
        [
            C("a", 0, "The central bank raised interest rates by half a point on Monday to curb inflation."),
            C("b", 0, "The central bank has raised interest rates by half a point to curb rising inflation."),
            C("c", 0, "Mortgage holders will pay more each month after the decision."),
        ];

        var chosen = TopicSummarySelector.Select(candidates, 3);

        Assert.Equal(2, chosen.Count);
        Assert.Contains(chosen, c => c.ArticleId == "c");
    }

    [Fact]
    public void Select_ChosenSentences_KeepTheirCitation()
    {
        var chosen = TopicSummarySelector.Select(ThreeOutlets, 4);

        Assert.Equal(4, chosen.Count);
        Assert.All(chosen, c => Assert.Contains(ThreeOutlets, o => o == c));
    }

    [Fact]
    public void Select_MoreRelevantArticle_IsFavoured()
    {
        SummaryCandidate[] candidates =
        [
            C("weak", 0, "Wind farms off the coast produced a record share of power last winter.", relevance: 0.1),
            C("strong", 0, "Offshore turbines supplied more electricity than gas plants for the first time.", relevance: 1.0),
        ];

        var chosen = TopicSummarySelector.Select(candidates, 1);

        Assert.Equal("strong", Assert.Single(chosen).ArticleId);
    }

    [Fact]
    public void Select_NewerArticle_WinsWhenAllElseIsEqual()
    {
        SummaryCandidate[] candidates =
        [
            C("old", 0, "The ferry operator cancelled crossings because of the storm.", published: Day.AddDays(-10)),
            C("new", 0, "Harbour cranes stood idle as dockworkers began a strike.", published: Day),
        ];

        var chosen = TopicSummarySelector.Select(candidates, 1);

        Assert.Equal("new", Assert.Single(chosen).ArticleId);
    }

    [Fact]
    public void Select_SeveralArticles_SpreadsAcrossThem()
    {
        SummaryCandidate[] candidates =
        [
            C("a", 0, "The river burst its banks after three days of rain.", relevance: 1.0),
            C("a", 1, "Rescue boats evacuated two hundred families from low streets.", relevance: 1.0, rank: 1),
            C("a", 2, "Schools across the valley stayed shut on Friday.", relevance: 1.0, rank: 2),
            C("b", 0, "Insurers estimate the damage from the floods at forty million.", relevance: 0.9),
            C("c", 0, "Forecasters warn that more heavy rain will arrive next week.", relevance: 0.9),
        ];

        var chosen = TopicSummarySelector.Select(candidates, 3);

        Assert.Equal(3, chosen.Select(c => c.ArticleId).Distinct().Count());
    }

    [Fact]
    public void Select_InputOrderShuffled_SameResult()
    {
        var forward = TopicSummarySelector.Select(ThreeOutlets, 3);
        var backward = TopicSummarySelector.Select(ThreeOutlets.Reverse().ToList(), 3);

        Assert.Equal(forward, backward);
    }

    [Fact]
    public void Select_OffTopicSentence_IsNotAmongTheFirst()
    {
        var chosen = TopicSummarySelector.Select(ThreeOutlets, 3);

        Assert.DoesNotContain(chosen, c => c.Text.Contains("football", StringComparison.Ordinal));
    }

    [Fact]
    public void Select_NothingToPick_ReturnsEmpty()
    {
        Assert.Empty(TopicSummarySelector.Select([], 3));
        Assert.Empty(TopicSummarySelector.Select(ThreeOutlets, 0));
        Assert.Empty(TopicSummarySelector.Select([C("a", 0, "   ")], 2));
    }
}
