using BriefingBot.Core.Digests;

namespace BriefingBot.Core.Tests.Digests;

public sealed class DigestServiceSchedulingTests
{
    private static readonly TimeSpan Step = TimeSpan.FromMinutes(10);

    [Theory]
    [InlineData("America/Bogota", 3)]
    [InlineData("Europe/London", 3)]
    [InlineData("Europe/London", 10)]
    [InlineData("America/New_York", 3)]
    [InlineData("America/New_York", 10)]
    public async Task RunDue_Daily0800AcrossADstChange_SendsOncePerLocalDayAt0800(string zone, int month)
    {
        // Windows cover 2026's changes: US 8 Mar / 1 Nov, UK 29 Mar / 25 Oct.
        var start = DigestHarness.Utc(2026, month, 1);
        var end = DigestHarness.Utc(2026, month + 1, 3);
        var h = new DigestHarness(start);
        await h.SubscribeAsync("08:00", zone);

        await h.RunUntilAsync(end, Step);

        var tz = TimeZoneInfo.FindSystemTimeZoneById(zone);
        var localDays = Enumerable.Range(0, (end - start).Days).Select(d => DateOnly.FromDateTime(start.AddDays(d).Date)).ToList();
        var sent = h.Sender.Posted.Select(p => TimeZoneInfo.ConvertTime(p.At, tz)).ToList();
        Assert.Equal(localDays.Count, sent.Count);
        Assert.Equal(localDays, sent.Select(s => DateOnly.FromDateTime(s.DateTime)));
        Assert.All(sent, s => Assert.Equal(new TimeOnly(8, 0), TimeOnly.FromDateTime(s.DateTime)));
        Assert.All(h.Sender.Posted, p => Assert.False(p.Message.Digest.Late));
    }

    [Fact]
    public async Task RunDue_0230OnSpringForwardDayInNewYork_SendsAt0300Local()
    {
        var h = new DigestHarness(DigestHarness.Utc(2026, 3, 7, 12));
        await h.SubscribeAsync("02:30", "America/New_York");

        await h.RunUntilAsync(DigestHarness.Utc(2026, 3, 8, 12), TimeSpan.FromMinutes(5));

        var posted = Assert.Single(h.Sender.Posted);
        Assert.Equal(DigestHarness.Local("America/New_York", 2026, 3, 8, 3), posted.At);
        Assert.Equal("2026-03-08", posted.Message.Digest.PeriodKey);
    }

    [Fact]
    public async Task RunDue_0130OnFallBackDayInNewYork_SendsOnce()
    {
        var h = new DigestHarness(DigestHarness.Utc(2026, 10, 31, 12));
        await h.SubscribeAsync("01:30", "America/New_York");

        await h.RunUntilAsync(DigestHarness.Utc(2026, 11, 1, 12), TimeSpan.FromMinutes(5));

        var posted = Assert.Single(h.Sender.Posted);
        Assert.Equal(DigestHarness.Utc(2026, 11, 1, 5, 30), posted.At);
    }

    [Fact]
    public async Task RunDue_Weekdays_SendsMondayToFridayOnly()
    {
        var h = new DigestHarness(DigestHarness.Utc(2026, 3, 2)); // a Monday
        await h.SubscribeAsync("07:30", "Europe/London", "weekdays");

        await h.RunUntilAsync(DigestHarness.Utc(2026, 3, 16), Step);

        Assert.Equal(10, h.Sender.Posted.Count);
        Assert.DoesNotContain(h.Sender.Posted, p => p.At.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday);
    }

    [Fact]
    public async Task RunDue_AfterThreeDayDowntime_SendsOneLateDigestNotThree()
    {
        var h = new DigestHarness(DigestHarness.Utc(2026, 5, 1, 7));
        await h.SubscribeAsync("08:00", "UTC");
        await h.RunAtAsync(DigestHarness.Utc(2026, 5, 1, 8));
        Assert.Single(h.Sender.Posted);

        // Down from 1 May 09:00 until 4 May 10:00: the 2nd, 3rd and 4th were missed.
        h.Restart();
        await h.RunAtAsync(DigestHarness.Utc(2026, 5, 4, 10));
        await h.RunUntilAsync(DigestHarness.Utc(2026, 5, 4, 23), Step);

        Assert.Equal(2, h.Sender.Posted.Count);
        var late = h.Sender.Posted[1].Message.Digest;
        Assert.True(late.Late);
        Assert.Equal("2026-05-04", late.PeriodKey);
        Assert.Equal(DigestHarness.Utc(2026, 5, 4, 10), h.Sender.Posted[1].At);
        var skipped = h.Store.Deliveries.Where(d => d.Status == DeliveryStatus.Skipped).Select(d => d.PeriodKey);
        Assert.Equal(["2026-05-02", "2026-05-03"], skipped);
    }

    [Fact]
    public async Task RunDue_DowntimeLongerThanMaxLateness_SkipsThePeriodAndSendsTheNextOnTime()
    {
        var h = new DigestHarness(DigestHarness.Utc(2026, 5, 1, 7), o => o.MaxLateness = TimeSpan.FromHours(6));
        await h.SubscribeAsync("08:00", "UTC");

        await h.RunAtAsync(DigestHarness.Utc(2026, 5, 1, 15)); // 7 h late
        Assert.Empty(h.Sender.Posted);
        await h.RunUntilAsync(DigestHarness.Utc(2026, 5, 2, 9), Step);

        var posted = Assert.Single(h.Sender.Posted);
        Assert.Equal(DigestHarness.Utc(2026, 5, 2, 8), posted.At);
        var skipped = Assert.Single(h.Store.Deliveries, d => d.Status == DeliveryStatus.Skipped);
        Assert.Equal("2026-05-01", skipped.PeriodKey);
        Assert.Contains("too late", skipped.LastError, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunDue_SubscriptionCreatedAfterTodaysTime_FirstRunsTomorrow()
    {
        var h = new DigestHarness(DigestHarness.Utc(2026, 5, 1, 9));
        await h.SubscribeAsync("08:00", "UTC");

        await h.RunUntilAsync(DigestHarness.Utc(2026, 5, 2, 9), Step);

        Assert.Equal(DigestHarness.Utc(2026, 5, 2, 8), Assert.Single(h.Sender.Posted).At);
    }

    [Fact]
    public async Task RunDue_TimeMovedLaterAfterTodaysDigest_DoesNotSendTwiceTheSameDay()
    {
        var h = new DigestHarness(DigestHarness.Utc(2026, 5, 1, 5));
        var sub = await h.SubscribeAsync("08:00", "Europe/London");
        await h.RunUntilAsync(DigestHarness.Utc(2026, 5, 1, 9), Step);
        Assert.Single(h.Sender.Posted);

        await h.Service.UpdateAsync(sub.Id, new DigestSubscriptionChange(Time: "18:00"), CancellationToken.None);
        await h.RunUntilAsync(DigestHarness.Utc(2026, 5, 2, 18), Step);

        Assert.Equal(2, h.Sender.Posted.Count);
        Assert.Equal(DigestHarness.Local("Europe/London", 2026, 5, 2, 18), h.Sender.Posted[1].At);
    }

    [Fact]
    public async Task RunDue_TimeMovedEarlierBeforeTheRun_SendsOnceAtTheNewTime()
    {
        var h = new DigestHarness(DigestHarness.Utc(2026, 5, 1, 5));
        var sub = await h.SubscribeAsync("08:00", "UTC");
        await h.RunAtAsync(DigestHarness.Utc(2026, 5, 1, 6));

        await h.Service.UpdateAsync(sub.Id, new DigestSubscriptionChange(Time: "07:00", Topics: ["farc"]), CancellationToken.None);
        await h.RunUntilAsync(DigestHarness.Utc(2026, 5, 1, 23), Step);

        var posted = Assert.Single(h.Sender.Posted);
        Assert.Equal(DigestHarness.Utc(2026, 5, 1, 7), posted.At);
        Assert.Equal("farc", Assert.Single(posted.Message.Digest.Sections).Topic);
    }

    [Fact]
    public async Task RunDue_PausedSubscription_SendsNothingUntilResumed()
    {
        var h = new DigestHarness(DigestHarness.Utc(2026, 5, 1, 5));
        var sub = await h.SubscribeAsync("08:00", "UTC");
        await h.Service.UpdateAsync(sub.Id, new DigestSubscriptionChange(Paused: true), CancellationToken.None);

        await h.RunUntilAsync(DigestHarness.Utc(2026, 5, 3, 5), Step);
        Assert.Empty(h.Sender.Posted);
        await h.Service.UpdateAsync(sub.Id, new DigestSubscriptionChange(Paused: false), CancellationToken.None);
        await h.RunUntilAsync(DigestHarness.Utc(2026, 5, 3, 9), Step);

        Assert.Equal(DigestHarness.Utc(2026, 5, 3, 8), Assert.Single(h.Sender.Posted).At);
        Assert.DoesNotContain(h.Store.Deliveries, d => d.Status == DeliveryStatus.Skipped);
    }

    [Fact]
    public async Task RunDue_ConsecutiveDigests_EachCoversWhatWasIndexedSinceThePreviousOne()
    {
        var h = new DigestHarness(DigestHarness.Utc(2026, 5, 1, 7));
        await h.SubscribeAsync("08:00", "UTC");

        await h.RunUntilAsync(DigestHarness.Utc(2026, 5, 2, 9), Step);

        Assert.Equal(2, h.Briefings.Requests.Count);
        Assert.Equal(DigestHarness.Utc(2026, 4, 30, 8), h.Briefings.Requests[0].IndexedSince); // first: last 24 h
        Assert.Equal(DigestHarness.Utc(2026, 5, 1, 8), h.Briefings.Requests[1].IndexedSince);  // then: previous cut-off
        Assert.Equal(DigestHarness.Utc(2026, 5, 1, 8), h.Sender.Posted[1].Message.Digest.Since);
    }

    [Fact]
    public async Task RunDue_OneQuietTopic_LeadsWithNewsAndSaysNothingNew()
    {
        var h = new DigestHarness(DigestHarness.Utc(2026, 5, 1, 7));
        h.Briefings.QuietTopics.Add("farc");
        await h.SubscribeAsync("08:00", "UTC", "daily", "farc", "colombia");

        await h.RunAtAsync(DigestHarness.Utc(2026, 5, 1, 8));

        var digest = Assert.Single(h.Sender.Posted).Message.Digest;
        Assert.Equal(["colombia", "farc"], digest.Sections.Select(s => s.Topic));
        var lines = DigestText.Lines(digest);
        Assert.StartsWith("**colombia**", lines[0], StringComparison.Ordinal);
        Assert.Contains(lines, l => l.EndsWith("[1]", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("Nothing new on farc since", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("[1] Report on colombia", StringComparison.Ordinal));
    }

    [Fact]
    public async Task RunDue_NothingNewAnywhereAndNothingNewLinesOff_SkipsInsteadOfSending()
    {
        var h = new DigestHarness(DigestHarness.Utc(2026, 5, 1, 7), o => o.ShowNothingNew = false);
        h.Briefings.QuietTopics.Add("colombia");
        await h.SubscribeAsync("08:00", "UTC");

        await h.RunAtAsync(DigestHarness.Utc(2026, 5, 1, 8));

        Assert.Empty(h.Sender.Posted);
        Assert.Equal("nothing new", Assert.Single(h.Store.Deliveries).LastError);
    }

    [Fact]
    public async Task RunDue_AfterARun_StatusShowsTickAndBacklog()
    {
        var h = new DigestHarness(DigestHarness.Utc(2026, 5, 1, 7));
        h.Sender.Failures.Enqueue(new DigestSendException("busy", TimeSpan.FromMinutes(1)));
        await h.SubscribeAsync("08:00", "UTC");

        await h.RunAtAsync(DigestHarness.Utc(2026, 5, 1, 8));

        var snapshot = h.Status.Snapshot;
        Assert.Equal(DigestHarness.Utc(2026, 5, 1, 8), snapshot.LastTickAt);
        Assert.Equal(1, snapshot.Backlog);
        Assert.Equal(1, snapshot.Retried);
        Assert.True(snapshot.LastTickSucceeded);
    }
}
