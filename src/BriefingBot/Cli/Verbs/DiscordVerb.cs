using System.CommandLine;
using BriefingBot.Cli.Output;
using BriefingBot.Discord;
using BriefingBot.Discord.Registration;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Spectre.Console;

namespace BriefingBot.Cli.Verbs;

/// <summary><c>discord register [--guild ID]</c>: bulk-overwrite the slash command definitions.</summary>
internal static class DiscordVerb
{
    public static Command Create(CliRuntime runtime)
    {
        var guild = new Option<string?>("--guild") { Description = "Register in one guild (immediate) instead of globally (may take up to an hour to appear)." };
        var register = new Command("register", "Register BriefingBot's slash commands with Discord.") { guild };
        register.SetAction((parseResult, ct) => runtime.RunAsync(parseResult, answersQuestions: false, async context =>
        {
            if (!DiscordConfiguration.CanUseBotApi(context.Services.GetRequiredService<IConfiguration>()))
                throw new UserErrorException("Discord is not configured: set Discord__ApplicationId and Discord__BotToken (environment or user secrets).", ExitCodes.UsageError);
            var registered = await context.Services.GetRequiredService<DiscordCommandRegistrar>().RegisterAsync(parseResult.GetValue(guild), context.CancellationToken);
            if (context.Settings.Json)
                JsonOutput.Write(new System.Text.Json.Nodes.JsonArray(registered.Select(c => (System.Text.Json.Nodes.JsonNode)System.Text.Json.Nodes.JsonValue.Create(c.Name)!).ToArray()));
            else
                context.Console.MarkupLine($"Registered {registered.Count} command(s): {Markup.Escape(string.Join(", ", registered.Select(c => "/" + c.Name)))}.");
            return ExitCodes.Success;
        }, ct));
        var command = new Command("discord", "Discord administration.");
        command.Subcommands.Add(register);
        return command;
    }
}
