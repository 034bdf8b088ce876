using BriefingBot.Core.Index;

namespace BriefingBot.Core.Tests.Index;

public sealed class SpeakerNamesTests
{
    [Theory]
    [InlineData("petro", "Gustavo Petro", true)]
    [InlineData("President Petro", "Gustavo Petro", true)]
    [InlineData("GUSTAVO PETRO", "Gustavo Petro", true)]
    [InlineData("pétro", "Gustavo Petro", true)]
    [InlineData("juan petro", "Gustavo Petro", false)]
    [InlineData("gustavo", "Gustavo Petro", true)]
    [InlineData("trump", "Gustavo Petro", false)]
    [InlineData("", "Gustavo Petro", false)]
    public void Matches_TypedNames_ResolveToCanonical(string typed, string canonical, bool expected) =>
        Assert.Equal(expected, SpeakerNames.Matches(typed, canonical));

    [Fact]
    public void Words_TitlesOnly_KeepsTheWords() => Assert.Equal(["president"], SpeakerNames.Words("President"));
}
