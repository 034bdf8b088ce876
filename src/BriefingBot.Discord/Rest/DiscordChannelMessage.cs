using System.Text.Json;

namespace BriefingBot.Discord.Rest;

/// <summary>The parts of a channel message the digest sender reads back: who wrote it and its embed footers.</summary>
public sealed record DiscordChannelMessage(string Id, string? AuthorId, bool AuthorIsBot, IReadOnlyList<string> EmbedFooters)
{
    internal static DiscordChannelMessage From(JsonElement json)
    {
        string? Text(JsonElement e, string name) =>
            e.ValueKind == JsonValueKind.Object && e.TryGetProperty(name, out var p) && p.ValueKind == JsonValueKind.String ? p.GetString() : null;

        var author = json.ValueKind == JsonValueKind.Object && json.TryGetProperty("author", out var a) ? a : default;
        var isBot = author.ValueKind == JsonValueKind.Object && author.TryGetProperty("bot", out var b) && b.ValueKind == JsonValueKind.True;
        var footers = new List<string>();
        if (json.ValueKind == JsonValueKind.Object && json.TryGetProperty("embeds", out var embeds) && embeds.ValueKind == JsonValueKind.Array)
        {
            foreach (var embed in embeds.EnumerateArray())
            {
                if (embed.ValueKind == JsonValueKind.Object && embed.TryGetProperty("footer", out var footer) && Text(footer, "text") is { } text)
                    footers.Add(text);
            }
        }
        return new DiscordChannelMessage(Text(json, "id") ?? string.Empty, Text(author, "id"), isBot, footers);
    }
}
