using System.Text.Json.Serialization;

namespace BriefingBot.Discord.Rendering;

/// <summary>
/// A message payload as Discord's API expects it (create message, interaction response data, webhook edit).
/// <see cref="AllowedMentions"/> is always "parse nothing" so text from articles can never ping anyone.
/// </summary>
public sealed record DiscordMessage(string? Content, IReadOnlyList<DiscordEmbed> Embeds, int? Flags = null)
{
    /// <summary>Message flag EPHEMERAL: only the invoking user sees the message.</summary>
    public const int EphemeralFlag = 1 << 6;

    public DiscordAllowedMentions AllowedMentions { get; init; } = DiscordAllowedMentions.None;

    [JsonIgnore]
    public bool IsEphemeral => Flags is { } f && (f & EphemeralFlag) != 0;
}
