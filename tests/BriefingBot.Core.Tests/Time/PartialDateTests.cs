using BriefingBot.Core.Time;

namespace BriefingBot.Core.Tests.Time;

public sealed class PartialDateTests
{
    [Theory]
    [InlineData("2025", DatePrecision.Year, "2025")]
    [InlineData("2025-11", DatePrecision.Month, "2025-11")]
    [InlineData("2025-01-26", DatePrecision.Day, "2025-01-26")]
    [InlineData("2025-01-26T13:45:00Z", DatePrecision.Day, "2025-01-26")]
    public void TryParse_ValidForms_KeepPrecision(string text, DatePrecision precision, string roundTrip)
    {
        Assert.True(PartialDate.TryParse(text, out var date));
        Assert.Equal(precision, date.Precision);
        Assert.Equal(roundTrip, date.ToString());
    }

    [Theory]
    [InlineData("")]
    [InlineData("25")]
    [InlineData("2025-13")]
    [InlineData("2025-02-30")]
    [InlineData("03-02-2009")]
    [InlineData("yesterday")]
    public void TryParse_InvalidForms_ReturnsFalse(string text) => Assert.False(PartialDate.TryParse(text, out _));

    [Fact]
    public void CompareTo_SameStart_CoarserFirst()
    {
        Assert.True(PartialDate.Parse("2025-01") < PartialDate.Parse("2025-01-01"));
        Assert.True(PartialDate.Parse("2024-12-31") < PartialDate.Parse("2025"));
    }
}
