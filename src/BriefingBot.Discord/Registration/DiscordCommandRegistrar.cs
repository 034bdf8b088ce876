using BriefingBot.Discord.Rest;
using Microsoft.Extensions.Logging;

namespace BriefingBot.Discord.Registration;

/// <summary>Registers BriefingBot's slash commands (<c>briefingbot discord register [--guild ID]</c>).</summary>
public sealed class DiscordCommandRegistrar(DiscordRestClient client, ILogger<DiscordCommandRegistrar> logger)
{
    /// <summary>
    /// Overwrites the commands of one guild (immediate; for testing) or, when <paramref name="guildId"/> is null, the
    /// global commands (may take up to an hour to show everywhere). Returns the registered definitions.
    /// Throws <see cref="DiscordApiException"/> when Discord refuses and <see cref="InvalidOperationException"/>
    /// when <c>Discord:ApplicationId</c> or <c>Discord:BotToken</c> is missing.
    /// </summary>
    public async Task<IReadOnlyList<DiscordApplicationCommand>> RegisterAsync(string? guildId, CancellationToken cancellationToken)
    {
        var commands = DiscordCommandDefinitions.All;
        if (guildId is null) await client.BulkOverwriteGlobalCommandsAsync(commands, cancellationToken);
        else await client.BulkOverwriteGuildCommandsAsync(guildId, commands, cancellationToken);
        logger.LogInformation("Registered {Count} Discord commands ({Scope})", commands.Count, guildId is null ? "global" : "guild " + guildId);
        return commands;
    }
}
