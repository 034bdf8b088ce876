using BriefingBot.Bench;

namespace BriefingBot.Bench.Tests;

public sealed class SyntheticWorldTests
{
    [Fact]
    public void QueryTopics_EachOccursInAGeneratedCorpus()
    {
        var texts = SyntheticCorpus.Generate(400).Select(a => a.Title + "\n" + a.Text).ToList();
        var missing = SyntheticWorld.QueryTopics
            .Where(t => !texts.Any(x => x.Contains(t, StringComparison.OrdinalIgnoreCase)))
            .ToList();
        Assert.Empty(missing);
    }

    [Fact]
    public void QuerySpeakers_SurnamesOccurInAGeneratedCorpus()
    {
        var texts = SyntheticCorpus.Generate(400).Select(a => a.Text).ToList();
        var found = SyntheticWorld.QuerySpeakers.Count(s => texts.Any(x => x.Contains(s.Split(' ')[^1], StringComparison.Ordinal)));
        Assert.Equal(SyntheticWorld.QuerySpeakers.Count, found);
    }
}
