using BriefingBot.Storage.Sqlite.Search;

namespace BriefingBot.Storage.Sqlite.Tests;

public sealed class FtsQueryTests
{
    [Theory]
    [InlineData("colombia", "\"colombia\"")]
    [InlineData("  Gustavo   Petro ", "\"gustavo\" \"petro\"")]
    [InlineData("NEAR(a b)", "\"near\" \"a\" \"b\"")]
    [InlineData("\"x\" * -y", "\"x\" \"y\"")]
    [InlineData("U.S. trade", "\"u\" \"s\" \"trade\"")]
    [InlineData("e\u0301lan", "\"\u00e9lan\"")]
    [InlineData("petro petro", "\"petro\"")]
    public void Parse_UserText_QuotesEachDistinctWordAndDropsSyntax(string text, string expected)
    {
        Assert.Equal(expected, FtsQuery.Parse(text).AllTokens);
    }

    [Fact]
    public void Strategies_SeveralWords_AllThenAny()
    {
        Assert.Equal(["\"a\" \"b\"", "\"a\" OR \"b\""], FtsQuery.Parse("a b").Strategies());
        Assert.Equal(["\"a\""], FtsQuery.Parse("a").Strategies());
        Assert.Empty(FtsQuery.Parse("*()").Strategies());
    }

    [Fact]
    public void Parse_VeryLongText_KeepsAtMostSixteenWords()
    {
        var text = string.Join(' ', Enumerable.Range(0, 100).Select(i => $"w{i}"));

        Assert.Equal(16, FtsQuery.Parse(text).Tokens.Count);
    }
}
