using BriefingBot.Core.Time;
using BriefingBot.Nlp.Temporal;

namespace BriefingBot.Nlp.Tests.Temporal;

public sealed class PublicationDateInferrerTests
{
    [Fact]
    public void Infer_DatelineWithDash_ReturnsIt()
    {
        Assert.Equal(new PartialDate(2008, 3, 3), PublicationDateInferrer.Infer("March 3, 2008 -- The board met in 1999 style.", 0));
    }

    [Fact]
    public void Infer_DateAloneOnLineUnderHeadline_ReturnsIt()
    {
        Assert.Equal(new PartialDate(2009, 2, 3), PublicationDateInferrer.Infer("Car sales drop\nFebruary 03, 2009\nSales fell in January.", 0));
    }

    [Fact]
    public void Infer_NoDateline_LatestPastFullDateWins()
    {
        const string text = "The firm was founded on June 3, 1998. It was sold on May 2, 2011. It will list on June 1, 2030.";
        Assert.Equal(new PartialDate(2011, 5, 2), PublicationDateInferrer.Infer(text, 0));
    }

    [Fact]
    public void Infer_OnlyYears_LatestYear()
    {
        Assert.Equal(new PartialDate(2024), PublicationDateInferrer.Infer("Cooperation began in the 1980s. In 2024, aid reached $590 million.", 0));
    }

    [Fact]
    public void Infer_NoDates_ReturnsNull()
    {
        Assert.Null(PublicationDateInferrer.Infer("The council met and 80 tons of grain were shipped.", 0));
    }
}
