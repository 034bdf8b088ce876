using BriefingBot.Core.Commands;

namespace BriefingBot.Core.Tests.Commands;

public sealed class CommandTextParserTests
{
    [Fact]
    public void Parse_Brief_TakesTheRestAsTopic() =>
        Assert.Equal(new BriefCommand("colombia us relations"), CommandTextParser.Parse("brief colombia us relations"));

    [Theory]
    [InlineData("quotes petro", "petro", null)]
    [InlineData("quotes petro about colombia", "petro", "colombia")]
    [InlineData("quotes Gustavo Petro on drug policy", "Gustavo Petro", "drug policy")]
    [InlineData("quotes “Gustavo Petro” colombia", "Gustavo Petro", "colombia")]
    [InlineData("quotes petro | farc", "petro", "farc")]
    public void Parse_Quotes_SplitsSpeakerAndTopic(string text, string speaker, string? topic) =>
        Assert.Equal(new QuotesCommand(speaker, topic), CommandTextParser.Parse(text));

    [Fact]
    public void Parse_DigestSubscribe_ReadsTopicsTimeZoneAndCadence()
    {
        var command = Assert.IsType<DigestSubscribeCommand>(CommandTextParser.Parse("digest subscribe colombia, farc at 07:30 America/Bogota weekdays"));
        Assert.Equal(["colombia", "farc"], command.Topics);
        Assert.Equal("07:30", command.Time);
        Assert.Equal("America/Bogota", command.TimeZone);
        Assert.Equal("weekdays", command.Cadence);
    }

    [Theory]
    [InlineData("")]
    [InlineData("brief")]
    [InlineData("frobnicate now")]
    [InlineData("digest subscribe 08:00")]
    [InlineData("digest dance")]
    public void Parse_EmptyOrUnknown_GivesHelp(string text) => Assert.IsType<HelpCommand>(CommandTextParser.Parse(text));

    [Fact]
    public void Parse_UnknownVerb_NamesIt() =>
        Assert.Contains("frobnicate", Assert.IsType<HelpCommand>(CommandTextParser.Parse("frobnicate")).Problem, StringComparison.Ordinal);

    [Fact]
    public void Parse_VerbAndArguments_SlackStyle() =>
        Assert.Equal(new TimelineCommand("farc"), CommandTextParser.Parse("/timeline", "  farc "));
}
