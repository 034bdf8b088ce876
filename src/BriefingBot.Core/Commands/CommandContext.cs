namespace BriefingBot.Core.Commands;

/// <summary>Who asked, where. Adapters fill it from the verified request.</summary>
/// <param name="TenantId">Discord guild or Slack team; null in a DM.</param>
/// <param name="CanManageChannel">Whether the platform says this user may manage the channel (Discord MANAGE_CHANNELS bit, Slack admin list).</param>
public sealed record CommandContext(ChatPlatform Platform, string? TenantId, string ChannelId, string UserId, bool CanManageChannel);
