using System.Text.Json.Serialization;

namespace BriefingBot.Discord.Rendering;

public sealed record DiscordEmbed(
    string? Title,
    string? Description,
    IReadOnlyList<DiscordEmbedField> Fields,
    DiscordEmbedFooter? Footer = null,
    int? Color = null,
    Uri? Url = null,
    DiscordEmbedAuthor? Author = null)
{
    /// <summary>The characters Discord counts toward the 6000 per-message embed total.</summary>
    [JsonIgnore]
    public int TextLength =>
        (Title?.Length ?? 0) + (Description?.Length ?? 0) + (Footer?.Text.Length ?? 0) + (Author?.Name.Length ?? 0)
        + Fields.Sum(f => f.Name.Length + f.Value.Length);
}
