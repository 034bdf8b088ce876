using Spectre.Console;

namespace BriefingBot.Cli;

/// <summary>What a verb's body gets: the composed services, the global settings, the console and cancellation.</summary>
internal sealed record VerbContext(IServiceProvider Services, CliSettings Settings, IAnsiConsole Console, CancellationToken CancellationToken);
