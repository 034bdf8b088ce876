namespace BriefingBot.Core.Digests;

/// <summary>
/// A composed digest: one message per subscription and period, topics with news first, then one
/// "nothing new" line per quiet topic (when <see cref="DigestOptions.ShowNothingNew"/>).
/// </summary>
/// <param name="Since">Articles indexed since this instant were considered (the previous digest's cut-off).</param>
/// <param name="Until">Content cut-off, when it was composed.</param>
/// <param name="Late">Sent after downtime, noticeably later than <paramref name="ScheduledAt"/>.</param>
public sealed record Digest(
    string SubscriptionId,
    DigestTarget Target,
    string PeriodKey,
    string TimeZoneId,
    DateTimeOffset ScheduledAt,
    DateTimeOffset Since,
    DateTimeOffset Until,
    bool Late,
    IReadOnlyList<DigestSection> Sections)
{
    public IEnumerable<DigestSection> WithNews => Sections.Where(s => s.HasNews);

    public IEnumerable<string> QuietTopics => Sections.Where(s => !s.HasNews).Select(s => s.Topic);

    public bool HasNews => Sections.Any(s => s.HasNews);
}
