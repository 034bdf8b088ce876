namespace BriefingBot.Discord.Registration;

/// <summary>An option of a slash command (or a subcommand, whose own options nest one level).</summary>
public sealed record DiscordCommandOption(
    DiscordOptionType Type,
    string Name,
    string Description,
    bool? Required = null,
    bool? Autocomplete = null,
    int? MaxLength = null,
    IReadOnlyList<DiscordCommandOption>? Options = null,
    IReadOnlyList<DiscordCommandChoice>? Choices = null);
