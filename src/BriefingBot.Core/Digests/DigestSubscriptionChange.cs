namespace BriefingBot.Core.Digests;

/// <summary>Changes to a subscription; null members stay as they are. Takes effect from the next run.</summary>
public sealed record DigestSubscriptionChange(
    IReadOnlyList<string>? Topics = null,
    string? Time = null,
    string? TimeZone = null,
    string? Cadence = null,
    bool? Paused = null);
