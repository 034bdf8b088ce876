using BriefingBot.Core.Briefings;
using BriefingBot.Core.Index;
using BriefingBot.Core.Tests.Fakes;

namespace BriefingBot.Core.Tests.Index;

public sealed class SpeakerAliasesTests
{
    private static readonly SpeakerAliases Aliases = new(new Dictionary<string, IReadOnlyList<string>>
    {
        ["Ana María Ruiz"] = ["La Jefa", "the harbour master"],
    });

    [Theory]
    [InlineData("la jefa", "Ana María Ruiz")]
    [InlineData("The  Harbour Master", "Ana María Ruiz")]
    [InlineData("ana maria ruiz", "Ana María Ruiz")]
    [InlineData("someone else", "someone else")]
    public void Resolve_AliasOrUnknown(string typed, string expected) => Assert.Equal(expected, Aliases.Resolve(typed));

    [Fact]
    public async Task QuotesAsync_TypedAlias_FindsTheCanonicalSpeaker()
    {
        var index = new InMemoryArticleIndex(DateTimeOffset.UnixEpoch);
        await index.UpsertAsync(new ArticleFactory()
            .Sentence("“The quay reopens Monday,” Ana María Ruiz said.")
            .Quote(0, "The quay reopens Monday,", "Ana María Ruiz")
            .Build("a1", "Quay reopens", "2025-01-01"), CancellationToken.None);

        var quotes = await new BriefingService(index, Aliases).QuotesAsync("the harbour master", null, 10, CancellationToken.None);

        Assert.Equal("Ana María Ruiz", Assert.Single(quotes.Quotes).Speaker);
    }

    [Theory]
    [InlineData("Gustavo Petro", "Petro", true)]
    [InlineData("Juan Petro", "Petro", true)]
    [InlineData("Gustavo Petro", "Gustavo", false)]
    public void Matches_SurnameOnlyStoredName_MatchesTypedFullName(string typed, string stored, bool expected) =>
        Assert.Equal(expected, SpeakerNames.Matches(typed, stored));
}
