using System.CommandLine;
using BriefingBot.Serve;
using Microsoft.AspNetCore.Builder;

namespace BriefingBot.Cli.Verbs;

internal static class ServeVerb
{
    public static Command Create(CliRuntime runtime)
    {
        var urls = new Option<string[]>("--urls") { Description = "Listen addresses, e.g. http://127.0.0.1:5080 (default: ASPNETCORE_URLS or http://localhost:5000).", AllowMultipleArgumentsPerToken = true };
        var command = new Command("serve", "Run the bot: Discord and Slack endpoints, /healthz, digest scheduler.") { urls };
        command.SetAction(async (parseResult, ct) =>
        {
            var settings = runtime.Global.Read(parseResult);
            try
            {
                await using var app = ServeApplication.Build(settings, parseResult.GetValue(urls) ?? []);
                await app.RunAsync(ct);
                return ExitCodes.Success;
            }
            catch (Microsoft.Extensions.Options.OptionsValidationException ex)
            {
                await Console.Error.WriteLineAsync($"briefingbot: configuration is invalid: {ex.Message}");
                return ExitCodes.UsageError;
            }
        });
        return command;
    }
}
