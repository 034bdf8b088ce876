using BriefingBot.Core.Commands;
using BriefingBot.Core.Digests;

namespace BriefingBot.Core.Tests.Digests;

public sealed class DigestScheduleTests
{
    private static Subscription Sub(string time, string zone, DigestCadence? cadence = null) =>
        new("dtest", ChatPlatform.Discord, "g", "c", ["colombia"], TimeOnly.Parse(time, System.Globalization.CultureInfo.InvariantCulture), zone, cadence ?? DigestCadence.Daily, "u",
            DateTimeOffset.MinValue, DateTimeOffset.MinValue);

    [Theory]
    [InlineData("America/Bogota")]
    [InlineData("Europe/London")]
    [InlineData("America/New_York")]
    public void Runs_Daily0800AcrossBothDstChanges_OnePerLocalDayAlwaysAt0800(string zone)
    {
        var sub = Sub("08:00", zone);
        var tz = TimeZoneInfo.FindSystemTimeZoneById(zone);
        var runs = DigestSchedule.Runs(sub, DigestHarness.Utc(2026, 1, 1), DigestHarness.Utc(2027, 1, 1)).ToList();

        Assert.Equal(365, runs.Count);
        Assert.All(runs, r => Assert.Equal(new TimeOnly(8, 0), TimeOnly.FromDateTime(TimeZoneInfo.ConvertTime(r, tz).DateTime)));
        Assert.Equal(365, runs.Select(r => DigestSchedule.PeriodKey(sub, r)).Distinct().Count());
    }

    [Fact]
    public void NextRun_0230OnSpringForwardDayInNewYork_RunsAt0300Local()
    {
        var sub = Sub("02:30", "America/New_York");

        var next = DigestSchedule.NextRun(sub, DigestHarness.Utc(2026, 3, 8, 0));

        // 2026-03-08 02:00 EST jumps to 03:00 EDT (UTC-4): 03:00 EDT is 07:00 UTC.
        Assert.Equal(DigestHarness.Utc(2026, 3, 8, 7), next);
        Assert.Equal("2026-03-08", DigestSchedule.PeriodKey(sub, next!.Value));
    }

    [Fact]
    public void Runs_0130OnFallBackDayInNewYork_RunsOnceAtTheFirst0130()
    {
        var sub = Sub("01:30", "America/New_York");

        var runs = DigestSchedule.Runs(sub, DigestHarness.Utc(2026, 10, 31, 12), DigestHarness.Utc(2026, 11, 1, 12)).ToList();

        // 01:30 happens at 05:30 UTC (EDT) and again at 06:30 UTC (EST): only the first counts.
        Assert.Equal([DigestHarness.Utc(2026, 11, 1, 5, 30)], runs);
    }

    [Fact]
    public void Runs_Weekdays_SkipSaturdayAndSunday()
    {
        var sub = Sub("08:00", "Europe/London", DigestCadence.Weekdays);

        var runs = DigestSchedule.Runs(sub, DigestHarness.Utc(2026, 3, 2), DigestHarness.Utc(2026, 3, 16)).ToList(); // Mon 2 .. Sun 15

        Assert.Equal(10, runs.Count);
        Assert.DoesNotContain(runs, r => r.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday);
    }

    [Fact]
    public void PeriodKey_LateEveningInBogota_IsTheLocalDateNotTheUtcDate()
    {
        var sub = Sub("23:30", "America/Bogota");

        var run = DigestSchedule.NextRun(sub, DigestHarness.Utc(2026, 5, 1, 12))!.Value;

        Assert.Equal(DigestHarness.Utc(2026, 5, 2, 4, 30), run);
        Assert.Equal("2026-05-01", DigestSchedule.PeriodKey(sub, run));
    }

    [Fact]
    public void PeriodKey_CronCadence_IncludesLocalTimeSoTwoRunsADayDiffer()
    {
        var sub = Sub("08:00", "UTC", DigestCadence.Parse("0 8,17 * * *"));

        var runs = DigestSchedule.Runs(sub, DigestHarness.Utc(2026, 5, 1), DigestHarness.Utc(2026, 5, 2)).ToList();

        Assert.Equal(["2026-05-01T08:00", "2026-05-01T17:00"], runs.Select(r => DigestSchedule.PeriodKey(sub, r)));
    }

    [Theory]
    [InlineData("daily", DigestCadenceKind.Daily)]
    [InlineData("Weekdays", DigestCadenceKind.Weekdays)]
    [InlineData("0 7 * * 1-5", DigestCadenceKind.Cron)]
    [InlineData("cron:0 7 * * 1", DigestCadenceKind.Cron)]
    public void TryParse_ValidCadence_RoundTripsThroughItsStoredForm(string text, DigestCadenceKind kind)
    {
        Assert.True(DigestCadence.TryParse(text, out var cadence, out _));
        Assert.Equal(kind, cadence.Kind);
        Assert.Equal(cadence, DigestCadence.Parse(cadence.ToString()));
    }

    [Theory]
    [InlineData("hourly")]
    [InlineData("*/5 * * * *")]
    [InlineData("0 25 * * *")]
    public void TryParse_InvalidOrTooFrequentCadence_ExplainsTheValidForm(string text)
    {
        Assert.False(DigestCadence.TryParse(text, out _, out var problem));
        Assert.True(problem.Contains("daily", StringComparison.Ordinal) || problem.Contains("minutes", StringComparison.Ordinal), problem);
    }

    [Theory]
    [InlineData("europe/london", "Europe/London")]
    [InlineData("America/Bogota", "America/Bogota")]
    [InlineData("utc", "UTC")]
    public void TryResolve_IanaIdInAnyCase_GivesTheCanonicalId(string text, string expected)
    {
        Assert.True(DigestTimeZones.TryResolve(text, out _, out var id));
        Assert.Equal(expected, id);
    }

    [Theory]
    [InlineData("Mars/Olympus")]
    [InlineData("")]
    [InlineData("+05:00")]
    public void TryResolve_UnknownZone_Fails(string text) => Assert.False(DigestTimeZones.TryResolve(text, out _, out _));
}
