using BriefingBot.Core.Analysis;

namespace BriefingBot.Nlp.Tests.Quotes;

/// <summary>Speaker patterns of news attribution: descriptions, organization nominals, pronoun gender, modifiers before a name.</summary>
public sealed class SpeakerResolutionTests
{
    private static IReadOnlyList<Quote> Analyze(string text) =>
        new TextAnalyzer().Analyze(new DocumentInput(text)).Analysis.Quotes;

    private static Quote Find(IReadOnlyList<Quote> quotes, string startsWith) =>
        Assert.Single(quotes, q => q.Text.StartsWith(startsWith, StringComparison.Ordinal));

    [Fact]
    public void Extract_OrganizationNominal_ResolvesToOrganizationNamedBefore()
    {
        var quotes = Analyze("The Harbour Transit Authority opened a new ferry terminal on the east shore. "
            + "“Ridership on the crossing has doubled in two years,” the agency said in a release.");

        var quote = Find(quotes, "Ridership");
        Assert.Equal("Harbour Transit Authority", quote.Speaker);
        Assert.Equal("the agency", quote.SpeakerSurface);
    }

    [Fact]
    public void Extract_DescriptiveNounPhrase_ResolvesToPersonNamedBefore()
    {
        var quotes = Analyze("Peter Brell opened his bakery on the corner twelve years ago. "
            + "“Every loaf is still shaped by hand here,” says the soft-spoken proprietor.");

        Assert.Equal("Peter Brell", Find(quotes, "Every loaf").Speaker);
    }

    [Fact]
    public void Extract_AnonymousOfficial_StaysAsWritten()
    {
        var quotes = Analyze("Minister Carla Venn announced the plan on Monday. "
            + "“The timeline is very ambitious for this kind of work,” the official said.");

        Assert.NotEqual("Carla Venn", Find(quotes, "The timeline").Speaker);
    }

    [Fact]
    public void Extract_PlaceBeforeRoleAndName_PersonIsTheSpeaker()
    {
        var quotes = Analyze("“Nobody wanted my drawings at first,” says Lisbon illustrator Ruy Mendes.");

        Assert.Equal("Ruy Mendes", Find(quotes, "Nobody wanted").Speaker);
    }

    [Fact]
    public void Extract_DoubledApostropheClose_EndsQuoteAndAttributes()
    {
        var quotes = Analyze("“We print every book right here in the shop,’’ says Jo Kilner, who runs the press. “Come and see.”");

        var quote = Find(quotes, "We print every book");
        Assert.EndsWith("shop,", quote.Text, StringComparison.Ordinal);
        Assert.Equal("Jo Kilner", quote.Speaker);
    }

    [Fact]
    public void Extract_PronounGenderFromText_SkipsPersonOfOtherGender()
    {
        // neither first name is in the name lists: the pronouns after each mention give the genders
        var quotes = Analyze("Dr. Oyelaran Adeyemi runs the clinic, and she has done so for a decade. "
            + "Her colleague Kwabena Mensah said he joined in 2019. "
            + "The clinic sees forty patients a day. "
            + "“We never turn anyone away,” she said.");

        Assert.Equal("Oyelaran Adeyemi", Find(quotes, "We never turn").Speaker);
    }

    [Fact]
    public void Extract_PronounFarFromName_ResolvesToMainPersonOfThatGender()
    {
        var filler = string.Concat(Enumerable.Repeat("The river rose again in the night. ", 14));
        var quotes = Analyze("Mark Dunmore has fished the river for forty years. " + filler + "“I have never seen it this high,” he said.");

        Assert.Equal("Mark Dunmore", Find(quotes, "I have never seen").Speaker);
    }
    [Fact]
    public void Extract_PluralPronoun_ResolvesToOrganizationNamedBefore()
    {
        var quotes = Analyze("The Harbour Transit Authority reviewed the ferry schedule this week. "
            + "“We will add two crossings every morning,” they said.");

        Assert.Equal("Harbour Transit Authority", Find(quotes, "We will add").Speaker);
    }

    [Fact]
    public void Extract_MalePronounAfterBrandName_SkipsTheOrganization()
    {
        var quotes = Analyze("Councillor Peter Brell criticised the transit plan on Monday. QuickLink said the trains would run late. "
            + "“The delays are simply unacceptable for riders,” he said.");

        Assert.Equal("Peter Brell", Find(quotes, "The delays").Speaker);
    }
    [Fact]
    public void Extract_SaidBeforeOrganizationName_ReportsTheClause()
    {
        var quotes = Analyze("Councillor Peter Brell spoke after the vote. Brell said Harbour Transit Authority would cut three ferry routes next spring.");

        var quote = Find(quotes, "Harbour Transit Authority would");
        Assert.Equal(QuoteKind.Indirect, quote.Kind);
        Assert.Equal("Peter Brell", quote.Speaker);
    }

    [Fact]
    public void Extract_SaidWeekdayWithoutThat_ReportsTheClause()
    {
        var quotes = Analyze("Councillor Peter Brell said Tuesday the ferry terminal would close for two months.");

        Assert.Equal("Peter Brell", Find(quotes, "the ferry terminal would close").Speaker);
    }

    [Fact]
    public void Extract_TrailingAttributionWithWeekday_ReportsTheClause()
    {
        var quotes = Analyze("The ferry terminal will close for two months of repairs, Councillor Peter Brell said Tuesday.");

        Assert.Equal("Peter Brell", Find(quotes, "The ferry terminal will close").Speaker);
    }
    [Fact]
    public void Extract_TrailingAttributionOverClauseWithQuotedWords_ReportsWholeClause()
    {
        var quotes = Analyze("Councillor Peter Brell spoke after the vote. The new ferry schedule is meant to give riders “a real choice” every morning, Brell says.");

        var quote = Assert.Single(quotes, q => q.Text.StartsWith("The new ferry schedule", StringComparison.Ordinal));
        Assert.Equal(QuoteKind.Indirect, quote.Kind);
        Assert.Equal("Peter Brell", quote.Speaker);
    }
    [Fact]
    public void Extract_ParticipleAfterReportedClause_IsASecondQuoteBySameSpeaker()
    {
        var quotes = Analyze("Councillor Peter Brell said the ferry terminal would close for repairs, noting that the work had been delayed for three years.");

        var first = Find(quotes, "the ferry terminal would close");
        var second = Find(quotes, "the work had been delayed");
        Assert.Equal("Peter Brell", first.Speaker);
        Assert.Equal("Peter Brell", second.Speaker);
        Assert.DoesNotContain("noting", first.Text, StringComparison.Ordinal);
    }
    [Fact]
    public void Extract_FamilyNameFirst_ShortReferenceResolvesToFullName()
    {
        var quotes = Analyze("Ministry spokeswoman Tang Weiyue met reporters on Monday. "
            + "“The talks will continue next week as planned,” Tang said.");

        Assert.Equal("Tang Weiyue", Find(quotes, "The talks will").Speaker);
    }
}
