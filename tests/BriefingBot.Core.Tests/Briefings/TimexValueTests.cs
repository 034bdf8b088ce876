using BriefingBot.Core.Time;

namespace BriefingBot.Core.Tests.Briefings;

public sealed class TimexValueTests
{
    [Theory]
    [InlineData("2025-01-26", DatePrecision.Day, "26 Jan 2025")]
    [InlineData("2025-09", DatePrecision.Month, "Sep 2025")]
    [InlineData("2025", DatePrecision.Year, "2025")]
    [InlineData("198", DatePrecision.Decade, "the 1980s")]
    [InlineData("19", DatePrecision.Century, "the 20th century")]
    [InlineData("2025-W11", DatePrecision.Week, "week 11 of 2025")]
    [InlineData("2025-Q1", DatePrecision.Quarter, "Q1 2025")]
    [InlineData("2025-SU", DatePrecision.Season, "summer 2025")]
    public void Describe_CalendarValues_KeepPrecision(string value, DatePrecision precision, string described)
    {
        Assert.True(TimexValue.TryParse(value, out _, out var p));
        Assert.Equal(precision, p);
        Assert.Equal(described, TimexValue.Describe(value));
    }

    [Theory]
    [InlineData("PRESENT_REF")]
    [InlineData("P30Y")]
    [InlineData("2025-13")]
    [InlineData("")]
    public void TryParse_NotACalendarDate_ReturnsFalse(string value) => Assert.False(TimexValue.TryParse(value, out _, out _));

    [Fact]
    public void SortKey_MixedPrecisions_OrdersByStart()
    {
        string[] values = ["2025-01-26", "198", "2025", "2024-12"];
        Assert.Equal(["198", "2024-12", "2025", "2025-01-26"], values.OrderBy(v => TimexValue.SortKey(v)).ToArray());
    }
}
