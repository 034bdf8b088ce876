namespace BriefingBot.Discord.Rendering;

public sealed record DiscordEmbedFooter(string Text);
