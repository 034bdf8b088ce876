using BriefingBot.Core.Analysis;
using BriefingBot.Core.Time;
using BriefingBot.Nlp.Temporal;

namespace BriefingBot.Nlp.Tests.Temporal;

public sealed class TemporalTaggerTests
{
    private static readonly PartialDate November15 = new(2025, 11, 15);

    private static IReadOnlyList<TimeExpression> Tag(string text, PartialDate? dct = null) => TemporalTagger.Tag(text, 0, dct ?? November15);

    private static TimeExpression Find(string text, string surface, PartialDate? dct = null)
    {
        var all = Tag(text, dct);
        var hit = all.FirstOrDefault(t => t.Text == surface);
        Assert.True(hit is not null, $"'{surface}' not tagged in: {text}\nGot: {string.Join(" | ", all.Select(t => $"{t.Text}={t.Value}"))}");
        return hit;
    }

    [Theory]
    [InlineData("The treaty was signed on January 26 in the capital.", "January 26", "2025-01-26")]
    [InlineData("In September, the ministry cut the budget.", "September", "2025-09")]
    [InlineData("The agency was founded in 2024 by two engineers.", "2024", "2024")]
    [InlineData("The first talks took place on Monday, March 3, 2008 in Geneva.", "Monday, March 3, 2008", "2008-03-03")]
    [InlineData("The form dated 03/02/2009 was lost.", "03/02/2009", "2009-03-02")]
    [InlineData("The plant opened on 11 December 2019.", "11 December 2019", "2019-12-11")]
    [InlineData("Exports grew in November 2006 and again later.", "November 2006", "2006-11")]
    [InlineData("Trade boomed in the 1980s across the region.", "the 1980s", "198")]
    [InlineData("The bridge was a marvel of the 20th century.", "the 20th century", "19")]
    [InlineData("Sales fell in the first quarter of 2009.", "the first quarter of 2009", "2009-Q1")]
    [InlineData("The company posted losses for FY2024 again.", "FY2024", "FY2024")]
    [InlineData("The merger was announced in the summer of 2018.", "summer of 2018", "2018-SU")]
    [InlineData("The ban lasted until '82 when it was lifted.", "'82", "1982")]
    public void Tag_AbsoluteAndMonthDates_NormalizesValue(string text, string surface, string value)
    {
        var t = Find(text, surface);
        Assert.Equal("DATE", t.Type);
        Assert.Equal(value, t.Value);
    }

    [Theory]
    [InlineData("The minister resigned yesterday after the vote.", "yesterday", "2025-11-14", "dct")]
    [InlineData("The council meets today to decide.", "today", "2025-11-15", "dct")]
    [InlineData("The results are due tomorrow.", "tomorrow", "2025-11-16", "dct")]
    [InlineData("The president spoke to reporters earlier this month.", "earlier this month", "2025-11", "dct")]
    [InlineData("Prices rose sharply last year.", "last year", "2024", "dct")]
    [InlineData("The strike started last week.", "last week", "2025-W45", "dct")]
    [InlineData("The law takes effect next month.", "next month", "2025-12", "dct")]
    [InlineData("The factory closed two years ago.", "two years ago", "2023", "dct")]
    public void Tag_RelativeToDocumentDate_ResolvesAgainstDct(string text, string surface, string value, string anchor)
    {
        var t = Find(text, surface);
        Assert.Equal(value, t.Value);
        Assert.Equal(anchor, t.Anchor);
    }

    [Fact]
    public void Tag_FollowingMonth_AnchorsOnPreviousDate()
    {
        var all = Tag("In September, the regulator opened an inquiry. The following month, it fined the bank.");
        var following = Assert.Single(all, t => t.Text == "The following month");
        Assert.Equal("2025-10", following.Value);
        Assert.Equal("previous", following.Anchor);
    }

    [Fact]
    public void Tag_NextDay_AnchorsOnPreviousDay()
    {
        var t = Find("The ship docked on June 3. The next day, the crew left.", "The next day");
        Assert.Equal("2025-06-04", t.Value);
        Assert.Equal("previous", t.Anchor);
    }

    [Fact]
    public void Tag_WeekLater_ShiftsPreviousDate()
    {
        var t = Find("The vote took place on March 3. A week later the cabinet fell.", "A week later");
        Assert.Equal("2025-03-10", t.Value);
        Assert.Equal("previous", t.Anchor);
    }

    [Fact]
    public void Tag_WeekLaterAfterCoarseDate_StaysAtThatPrecision()
    {
        var t = Find("The treaty lapsed on January 26. Officials met earlier this month. A week later they left.", "A week later");
        Assert.Equal("2025-11", t.Value);
        Assert.Equal("previous", t.Anchor);
    }

    [Fact]
    public void Tag_LateNineties_DecadeWithEndMod()
    {
        var t = Find("By the late 1990s, the rebels controlled the south.", "the late 1990s");
        Assert.Equal("199", t.Value);
        Assert.Equal("END", t.Mod);
    }

    [Fact]
    public void Tag_EarlyYear_YearWithStartMod()
    {
        var t = Find("He took leave in early 2009 to recover.", "early 2009");
        Assert.Equal("2009", t.Value);
        Assert.Equal("START", t.Mod);
    }

    [Theory]
    [InlineData("It was the first such ruling in nearly 30 years.", "nearly 30 years", "P30Y", "APPROX")]
    [InlineData("Cooperation developed over the last four decades.", "over the last four decades", "P40Y", null)]
    [InlineData("The flight took 12 hours.", "12 hours", "PT12H", null)]
    [InlineData("They waited for three days.", "three days", "P3D", null)]
    [InlineData("The crisis is the worst in more than 20 years.", "more than 20 years", "P20Y", "MORE_THAN")]
    [InlineData("The programme is almost two and a half years late.", "almost two and a half years", "P2.5Y", "APPROX")]
    [InlineData("The lease is a 25-year contract.", "25-year", "P25Y", null)]
    public void Tag_Durations_NormalizesPeriod(string text, string surface, string value, string? mod)
    {
        var t = Find(text, surface);
        Assert.Equal("DURATION", t.Type);
        Assert.Equal(value, t.Value);
        Assert.Equal(mod, t.Mod);
    }

    [Theory]
    [InlineData("The committee meets every week.", "every week", "P1W")]
    [InlineData("The paper is printed daily in two cities.", "daily", "P1D")]
    [InlineData("The plant makes 15 a year.", "a year", "P1Y")]
    public void Tag_Sets_NormalizesFrequency(string text, string surface, string value)
    {
        var t = Find(text, surface);
        Assert.Equal("SET", t.Type);
        Assert.Equal(value, t.Value);
    }

    [Theory]
    [InlineData("The index is now at a record.", "now", "PRESENT_REF")]
    [InlineData("The firm recently hired a new chief.", "recently", "PAST_REF")]
    [InlineData("More cuts may come in the future.", "in the future", "FUTURE_REF")]
    public void Tag_VagueReferences_UseRefValues(string text, string surface, string value) =>
        Assert.Equal(value, Find(text, surface).Value);

    [Theory]
    [InlineData("The meeting starts at 3 p.m. sharp.", "3 p.m.", "2025-11-15T15:00")]
    [InlineData("The launch was at 10:30 GMT.", "10:30 GMT", "2025-11-15T10:30Z")]
    [InlineData("Talks resumed at noon.", "noon", "2025-11-15T12:00")]
    public void Tag_ClockTimes_AreTimesOnTheCurrentDay(string text, string surface, string value)
    {
        var t = Find(text, surface);
        Assert.Equal("TIME", t.Type);
        Assert.Equal(value, t.Value);
    }

    [Fact]
    public void Tag_WeekdayInPastClause_IsMostRecentPastDay()
    {
        // 2025-11-15 is a Saturday: the Tuesday before it is the 11th.
        Assert.Equal("2025-11-11", Find("The senator said on Tuesday that she resigned.", "Tuesday").Value);
    }

    [Fact]
    public void Tag_WeekdayInFutureClause_IsNextDay()
    {
        Assert.Equal("2025-11-18", Find("The court will rule on Tuesday.", "Tuesday").Value);
    }

    [Fact]
    public void Tag_ReportedSpeechWithFutureVerb_WeekdayStaysPast()
    {
        Assert.Equal("2025-11-14", Find("The company said Friday it will close the plant.", "Friday").Value);
    }

    [Theory]
    [InlineData("The state paid nearly $590 million in aid.")]
    [InlineData("Rebels built a 14,000-member army.")]
    [InlineData("Smugglers moved more than 80 tons of cocaine.")]
    [InlineData("The firm will hire 1500 people next to the port.")]
    [InlineData("The Dow closed at 1200 points, flight 1549 landed, and a second plane followed.")]
    [InlineData("The march may go ahead, officials say.")]
    public void Tag_NumbersThatAreNotDates_AreNotTagged(string text) =>
        Assert.DoesNotContain(Tag(text), t => t.Type is "DATE" or "TIME");

    [Fact]
    public void Tag_LaterMonthInPastClause_IsLastYear()
    {
        // Written in February: a December that already happened is last year's.
        Assert.Equal("2024-12", Find("Sales collapsed in December.", "December", new PartialDate(2025, 2, 10)).Value);
    }

    [Fact]
    public void Tag_EarlyMonthInFutureClauseNearYearEnd_IsNextYear()
    {
        Assert.Equal("2026-01", Find("The new law will take effect in January.", "January", new PartialDate(2025, 12, 5)).Value);
    }

    [Fact]
    public void Tag_EarlyMonthInPastClauseNearYearEnd_IsThisYear()
    {
        Assert.Equal("2025-01", Find("The law took effect in January.", "January", new PartialDate(2025, 12, 5)).Value);
    }

    [Fact]
    public void Tag_UpcomingMonthWithoutTenseCue_IsThisYear()
    {
        Assert.Equal("2025-06-01", Find("The firm faces a June 1 deadline.", "June 1", new PartialDate(2025, 5, 28)).Value);
    }

    [Fact]
    public void Tag_EventYearDiffersFromPublicationYear_KeepsEventYear()
    {
        var t = Find("The company was founded on June 3, 1998, in Ohio.", "June 3, 1998");
        Assert.Equal("1998-06-03", t.Value);
        Assert.Null(t.Anchor);
    }

    [Fact]
    public void Tag_Spans_AreOffsetsIntoTheTextAndRespectBodyStart()
    {
        const string text = "Headline 2019\nIn 2024, the firm grew.";
        var all = TemporalTagger.Tag(text, 14, November15);
        var t = Assert.Single(all);
        Assert.Equal("2024", t.Text);
        Assert.Equal(text[t.Start..t.End], t.Text);
    }

    [Fact]
    public void Tag_BlankedBoilerplateSpaces_DoNotBreakSpans()
    {
        const string text = "On January 26,                 days later the crisis began.";
        var t = Find(text, "January 26");
        Assert.Equal(3, t.Start);
    }

    [Fact]
    public void Tag_SeedStyleArticle_MatchesExpectedValues()
    {
        const string text = "On January 26, the president refused the flights. In September, the country was decertified for the first time in nearly 30 years. " +
            "The following month, aid was cut. (In 2024, the donor provided $590 million.) Cooperation began in the 1980s. By the late 1990s, the insurgency grew.";
        var byText = Tag(text).ToDictionary(t => t.Text, t => t);
        Assert.Equal("2025-01-26", byText["January 26"].Value);
        Assert.Equal("2025-09", byText["September"].Value);
        Assert.Equal("2025-10", byText["The following month"].Value);
        Assert.Equal("previous", byText["The following month"].Anchor);
        Assert.Equal("2024", byText["2024"].Value);
        Assert.Equal("198", byText["the 1980s"].Value);
        Assert.Equal("199", byText["the late 1990s"].Value);
        Assert.Equal("END", byText["the late 1990s"].Mod);
        Assert.DoesNotContain(byText.Values, t => t.Text.Contains("590", StringComparison.Ordinal));
    }

    [Fact]
    public void Tag_WithoutDocumentDate_UsesDatelineAsAnchor()
    {
        var t = TemporalTagger.Tag("Markets fall\nMarch 5, 2009\nShares fell yesterday.", 0, null).Single(x => x.Text == "yesterday");
        Assert.Equal("2009-03-04", t.Value);
    }
}
