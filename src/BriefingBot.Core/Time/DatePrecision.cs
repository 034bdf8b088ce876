namespace BriefingBot.Core.Time;

/// <summary>How much of a date is known. Ordered from coarsest to finest.</summary>
public enum DatePrecision
{
    Century,
    Decade,
    Year,
    Season,
    Quarter,
    Month,
    Week,
    Day,
    Time,
}
