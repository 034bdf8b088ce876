namespace BriefingBot.Discord.Rendering;

public sealed record DiscordEmbedAuthor(string Name);
