namespace BriefingBot.Discord.Registration;

/// <summary>A CHAT_INPUT (slash) command as sent to the bulk-overwrite endpoints.</summary>
/// <param name="DefaultMemberPermissions">Permission bit set (decimal string) a member needs to see the command; null for everyone.</param>
/// <param name="Contexts">0 guild, 1 bot DM, 2 private channel; null for Discord's default.</param>
public sealed record DiscordApplicationCommand(
    string Name,
    string Description,
    IReadOnlyList<DiscordCommandOption>? Options = null,
    string? DefaultMemberPermissions = null,
    IReadOnlyList<int>? Contexts = null)
{
    /// <summary>1 = CHAT_INPUT.</summary>
    public int Type { get; init; } = 1;
}
