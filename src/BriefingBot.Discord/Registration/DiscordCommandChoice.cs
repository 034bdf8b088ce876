namespace BriefingBot.Discord.Registration;

public sealed record DiscordCommandChoice(string Name, string Value);
