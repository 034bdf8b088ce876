namespace BriefingBot.Discord.Rendering;

public sealed record DiscordEmbedField(string Name, string Value, bool Inline = false);
