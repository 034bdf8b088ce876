using BriefingBot.Core.Commands;

namespace BriefingBot.Core.Digests;

/// <summary>A new subscription as typed (chat or CLI); <see cref="DigestService.AddAsync"/> validates it.</summary>
/// <param name="Time">"HH:mm", or null for <see cref="DigestOptions.DefaultTime"/>.</param>
/// <param name="TimeZone">IANA id, or null for <see cref="DigestOptions.DefaultTimeZone"/>.</param>
/// <param name="Cadence">"daily" (default), "weekdays" or a cron expression.</param>
public sealed record DigestSubscriptionRequest(
    ChatPlatform Platform,
    string? TenantId,
    string ChannelId,
    IReadOnlyList<string> Topics,
    string? Time,
    string? TimeZone,
    string? Cadence,
    string CreatedBy);
