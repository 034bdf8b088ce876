using BriefingBot.Ingest.Sources;

namespace BriefingBot.Ingest.Tests.Sources;

public sealed class SimHashTests
{
    [Fact]
    public void Distance_SyndicatedCopyWithDatelineAndCredit_IsWithinTheThreshold()
    {
        var original = SimHash.Compute(WebFixtures.Story)!.Value;
        var copy = SimHash.Compute(WebFixtures.SyndicatedStory)!.Value;

        Assert.InRange(SimHash.Distance(original, copy), 0, SimHash.MaxDistance);
    }

    [Fact]
    public void Distance_DifferentStories_IsFarAboveTheThreshold()
    {
        var a = SimHash.Compute(WebFixtures.Story)!.Value;
        var b = SimHash.Compute(WebFixtures.OtherStory)!.Value;

        Assert.True(SimHash.Distance(a, b) > 2 * SimHash.MaxDistance, $"distance {SimHash.Distance(a, b)}");
    }

    [Fact]
    public void Compute_ShortText_IsNull() => Assert.Null(SimHash.Compute("Too short to fingerprint."));
}
