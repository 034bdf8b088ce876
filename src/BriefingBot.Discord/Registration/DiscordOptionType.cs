namespace BriefingBot.Discord.Registration;

/// <summary>Application command option types (serialized as numbers).</summary>
#pragma warning disable CA1720 // The names mirror Discord's documented option types.
public enum DiscordOptionType
{
    SubCommand = 1,
    SubCommandGroup = 2,
    String = 3,
    Integer = 4,
    Boolean = 5,
    User = 6,
    Channel = 7,
    Role = 8,
    Number = 10,
}
#pragma warning restore CA1720
