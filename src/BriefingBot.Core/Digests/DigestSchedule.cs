using System.Globalization;

namespace BriefingBot.Core.Digests;

/// <summary>
/// When a subscription runs, computed in its own IANA zone by Cronos: a local time that falls in a
/// DST gap (02:30 on a spring-forward night) runs at the first instant after the gap (03:00); a local
/// time that occurs twice (01:30 on a fall-back night) runs once, at its first occurrence.
/// </summary>
public static class DigestSchedule
{
    /// <summary>The zone of a subscription; throws when the host has no such zone (validated at subscribe time).</summary>
    public static TimeZoneInfo Zone(Subscription subscription)
    {
        ArgumentNullException.ThrowIfNull(subscription);
        return DigestTimeZones.TryResolve(subscription.TimeZoneId, out var zone, out _)
            ? zone
            : throw new TimeZoneNotFoundException($"Time zone '{subscription.TimeZoneId}' is not known on this host.");
    }

    /// <summary>The first run strictly after <paramref name="after"/>, or null when the cadence never runs again.</summary>
    public static DateTimeOffset? NextRun(Subscription subscription, DateTimeOffset after)
    {
        ArgumentNullException.ThrowIfNull(subscription);
        return subscription.Cadence.ToCron(subscription.LocalTime).GetNextOccurrence(after.ToUniversalTime(), Zone(subscription), inclusive: false);
    }

    /// <summary>Runs in (<paramref name="fromExclusive"/>, <paramref name="toInclusive"/>], oldest first.</summary>
    public static IEnumerable<DateTimeOffset> Runs(Subscription subscription, DateTimeOffset fromExclusive, DateTimeOffset toInclusive)
    {
        ArgumentNullException.ThrowIfNull(subscription);
        if (toInclusive <= fromExclusive) return [];
        return subscription.Cadence.ToCron(subscription.LocalTime)
            .GetOccurrences(fromExclusive.ToUniversalTime(), toInclusive.ToUniversalTime(), Zone(subscription), fromInclusive: false, toInclusive: true);
    }

    /// <summary>
    /// The period a run belongs to: its local date in the subscription's zone (daily, weekdays), or
    /// local date and minute for cron cadences, which may run several times a day. One delivery per key.
    /// </summary>
    public static string PeriodKey(Subscription subscription, DateTimeOffset run)
    {
        ArgumentNullException.ThrowIfNull(subscription);
        var local = TimeZoneInfo.ConvertTime(run, Zone(subscription));
        return subscription.Cadence.Kind == DigestCadenceKind.Cron
            ? local.ToString("yyyy-MM-dd'T'HH:mm", CultureInfo.InvariantCulture)
            : local.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
    }

    /// <summary>A run shown to people: local date, time and zone abbreviation-free offset.</summary>
    public static string Describe(Subscription subscription, DateTimeOffset run)
    {
        var local = TimeZoneInfo.ConvertTime(run, Zone(subscription));
        return local.ToString("ddd yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture) + " " + subscription.TimeZoneId
            + local.ToString(" (UTCzzz)", CultureInfo.InvariantCulture);
    }
}
