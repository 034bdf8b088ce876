using Microsoft.Extensions.Configuration;

namespace BriefingBot.Discord;

/// <summary>Questions the host asks about configuration before wiring Discord in.</summary>
public static class DiscordConfiguration
{
    /// <summary>
    /// True when the interactions endpoint can work: <c>Discord:PublicKey</c> and <c>Discord:ApplicationId</c> are set.
    /// The host maps <c>/discord/interactions</c> only then, so an instance without Discord answers 404 instead of 401s.
    /// </summary>
    public static bool IsEnabled(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var section = configuration.GetSection(DiscordOptions.SectionName);
        return !string.IsNullOrWhiteSpace(section[nameof(DiscordOptions.PublicKey)])
            && !string.IsNullOrWhiteSpace(section[nameof(DiscordOptions.ApplicationId)]);
    }

    /// <summary>True when REST calls that need a bot (command registration, digest posts) can be made.</summary>
    public static bool CanUseBotApi(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var section = configuration.GetSection(DiscordOptions.SectionName);
        return !string.IsNullOrWhiteSpace(section[nameof(DiscordOptions.BotToken)])
            && !string.IsNullOrWhiteSpace(section[nameof(DiscordOptions.ApplicationId)]);
    }
}
