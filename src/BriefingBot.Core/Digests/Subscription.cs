using BriefingBot.Core.Commands;

namespace BriefingBot.Core.Digests;

/// <summary>A channel's digest: which topics, when (local time, IANA zone, cadence), who set it up.</summary>
/// <param name="Id">Short id users type in `digest unsubscribe id`.</param>
/// <param name="TenantId">Discord guild or Slack team; null for a DM or the CLI.</param>
/// <param name="LocalTime">Time of day in <paramref name="TimeZoneId"/>; cron cadences carry their own time.</param>
/// <param name="UpdatedAt">Last change to topics, time, zone, cadence or pause state.</param>
public sealed record Subscription(
    string Id,
    ChatPlatform Platform,
    string? TenantId,
    string ChannelId,
    IReadOnlyList<string> Topics,
    TimeOnly LocalTime,
    string TimeZoneId,
    DigestCadence Cadence,
    string CreatedBy,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt,
    bool Paused = false)
{
    public DigestTarget Target => new(Platform, TenantId, ChannelId);
}
