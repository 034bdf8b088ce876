using System.CommandLine;
using BriefingBot.Cli.Output;
using BriefingBot.Core.Briefings;
using Microsoft.Extensions.DependencyInjection;

namespace BriefingBot.Cli.Verbs;

internal static class SourcesVerb
{
    public static Command Create(CliRuntime runtime)
    {
        var command = new Command("sources", "What the index holds: article count, newest date, articles per source.");
        command.SetAction((parseResult, ct) => runtime.RunAsync(parseResult, answersQuestions: false, async context =>
        {
            var stats = await context.Services.GetRequiredService<IBriefingService>().SourcesAsync(context.CancellationToken);
            if (context.Settings.Json) JsonOutput.Write(AnswerJson.Sources(stats));
            else new ConsoleView(context.Console).Sources(stats);
            return ExitCodes.Success;
        }, ct));
        return command;
    }
}
