using BriefingBot.Core.Analysis;
using BriefingBot.Core.Time;
using BriefingBot.Nlp.Temporal;

namespace BriefingBot.Nlp.Tests.Temporal;

public sealed class DatedEventBuilderTests
{
    [Fact]
    public void Build_CalendarDates_OneEventPerSentenceAndValueWithPrecision()
    {
        const string text = "The war ended in 1998. Talks resumed on March 3, 2008 and again on March 3, 2008. Trade grew in the 1980s.";
        var sentences = new List<TextSpan> { new(0, 22), new(23, 81), new(82, text.Length) };
        var timexes = TemporalTagger.Tag(text, 0, new PartialDate(2009, 1, 1));

        var events = DatedEventBuilder.Build(text, sentences, timexes);

        Assert.Collection(events,
            e => { Assert.Equal("1998", e.Date); Assert.Equal(DatePrecision.Year, e.Precision); Assert.Equal(0, e.Sentence); Assert.Equal("The war ended in 1998.", e.Text); },
            e => { Assert.Equal("2008-03-03", e.Date); Assert.Equal(DatePrecision.Day, e.Precision); Assert.Equal(1, e.Sentence); },
            e => { Assert.Equal("198", e.Date); Assert.Equal(DatePrecision.Decade, e.Precision); Assert.Equal(2, e.Sentence); });
    }

    [Theory]
    [InlineData("2025-09", DatePrecision.Month)]
    [InlineData("2025-W11", DatePrecision.Week)]
    [InlineData("2025-SU", DatePrecision.Season)]
    [InlineData("2025-Q1", DatePrecision.Quarter)]
    [InlineData("19", DatePrecision.Century)]
    [InlineData("2008-01-09TMO", DatePrecision.Day)]
    public void Build_ValueShapes_MapToPrecision(string value, DatePrecision precision)
    {
        var timex = new TimeExpression("x", 0, 1, "DATE", value, null, null);
        var e = Assert.Single(DatedEventBuilder.Build("x.", [new TextSpan(0, 2)], [timex]));
        Assert.Equal(precision, e.Precision);
    }

    [Theory]
    [InlineData("DATE", "PRESENT_REF")]
    [InlineData("DATE", "PAST_REF")]
    [InlineData("DURATION", "P30Y")]
    [InlineData("SET", "P1W")]
    [InlineData("DATE", "FY2024")]
    public void Build_ReferencesDurationsAndSets_MakeNoEvent(string type, string value)
    {
        var timex = new TimeExpression("x", 0, 1, type, value, null, null);
        Assert.Empty(DatedEventBuilder.Build("x.", [new TextSpan(0, 2)], [timex]));
    }
}
