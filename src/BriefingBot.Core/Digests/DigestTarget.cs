using BriefingBot.Core.Commands;

namespace BriefingBot.Core.Digests;

/// <summary>Where a digest goes.</summary>
public sealed record DigestTarget(ChatPlatform Platform, string? TenantId, string ChannelId);
