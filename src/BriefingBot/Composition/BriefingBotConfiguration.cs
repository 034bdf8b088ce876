using Microsoft.Extensions.Configuration;

namespace BriefingBot.Composition;

/// <summary>
/// One configuration order for the CLI and the server: bundled defaults, an optional --config file, user secrets,
/// then environment variables (secrets such as Discord__BotToken or Slack__SigningSecret come from the last two).
/// </summary>
internal static class BriefingBotConfiguration
{
    public static void Apply(IConfigurationManager configuration, string? configFile)
    {
        configuration.AddJsonFile(Path.Combine(AppContext.BaseDirectory, "appsettings.json"), optional: true, reloadOnChange: false);
        if (configFile is not null)
        {
            if (!File.Exists(configFile)) throw new FileNotFoundException($"Configuration file '{configFile}' does not exist.", configFile);
            configuration.AddJsonFile(configFile, optional: false, reloadOnChange: false);
        }
        configuration.AddUserSecrets<Program>(optional: true);
        configuration.AddEnvironmentVariables();
        configuration.AddEnvironmentVariables("BRIEFINGBOT_");
    }
}
