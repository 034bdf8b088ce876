using Spectre.Console;

namespace BriefingBot.Cli;

/// <summary>What a verb's body gets: the composed services, the global settings, the console and cancellation.</summary>
internal sealed record VerbContext(IServiceProvider Services, CliSettings Settings, IAnsiConsole Console, CancellationToken CancellationToken)
{
    /// <summary>Writes JSON to stdout without Spectre's wrapping, so scripts can parse it.</summary>
    public void WriteJson(System.Text.Json.Nodes.JsonNode node) =>
        System.Console.Out.WriteLine(node.ToJsonString(Output.AnswerJson.Options));
}
