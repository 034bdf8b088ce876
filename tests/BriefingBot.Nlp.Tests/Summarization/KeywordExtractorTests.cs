using BriefingBot.Core.Analysis;
using BriefingBot.Nlp.Summarization;

namespace BriefingBot.Nlp.Tests.Summarization;

public sealed class KeywordExtractorTests
{
    private static readonly TestDocument Story = TestDocument.Of(
        "The Northport Harbour Authority raised port tariffs on grain shipments this spring.",
        "Farmers said the higher tariff would hurt grain exporters across the region.",
        "The authority defended the tariff as the only way to pay for dredging the harbour.",
        "Grain traders plan to meet the authority again before the harvest.");

    private static Entity Org(string name, int mentions, params string[] aliases) => new(name, EntityKind.Organization, aliases, null, mentions);

    [Fact]
    public void Extract_Entities_ComeFirstByMentions()
    {
        var entities = new[] { Org("Grain Traders Guild", 1), Org("Northport Harbour Authority", 3, "authority") };

        var keywords = KeywordExtractor.Extract(Story.Text, Story.Sentences, entities, 3);

        Assert.Equal(["Northport Harbour Authority", "Grain Traders Guild"], keywords.Take(2));
    }

    [Fact]
    public void Extract_WordsOfAnEntity_AreNotRepeated()
    {
        var entities = new[] { Org("Northport Harbour Authority", 3, "authority") };

        var keywords = KeywordExtractor.Extract(Story.Text, Story.Sentences, entities, 10);

        Assert.DoesNotContain("harbour", keywords);
        Assert.DoesNotContain("authority", keywords);
    }

    [Fact]
    public void Extract_SameNameDifferentCase_AppearsOnce()
    {
        var entities = new[] { Org("Northport", 2), Org("NORTHPORT", 1) };

        var keywords = KeywordExtractor.Extract(Story.Text, Story.Sentences, entities, 10);

        Assert.Single(keywords, k => k.Equals("northport", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public void Extract_FrequentWords_FollowEntitiesWithoutStopwords()
    {
        var keywords = KeywordExtractor.Extract(Story.Text, Story.Sentences, [], 3);

        // Three words occur three times each: ties go to the word seen first.
        Assert.Equal(["authority", "tariff", "grain"], keywords);
    }

    [Fact]
    public void Extract_PluralAndSingular_FoldIntoOneTerm()
    {
        var keywords = KeywordExtractor.Extract(Story.Text, Story.Sentences, [], 10);

        Assert.Contains("tariff", keywords);
        Assert.DoesNotContain("tariffs", keywords);
        Assert.DoesNotContain("the", keywords);
        Assert.DoesNotContain("said", keywords);
    }

    [Fact]
    public void Extract_CountZero_ReturnsEmpty() =>
        Assert.Empty(KeywordExtractor.Extract(Story.Text, Story.Sentences, [Org("Northport", 2)], 0));
}
