using System.CommandLine;
using BriefingBot.Cli.Output;
using BriefingBot.Core.Briefings;
using Microsoft.Extensions.DependencyInjection;

namespace BriefingBot.Cli.Verbs;

internal static class BriefVerb
{
    public static Command Create(CliRuntime runtime)
    {
        var topic = TopicArgument.Create("The topic, e.g. colombia or \"airbus a380\".");
        var summary = new Option<int>("--sentences") { Description = "How many summary sentences (1-10).", DefaultValueFactory = _ => 5 };
        summary.Validators.Add(r => { if (r.GetValueOrDefault<int>() is < 1 or > 10) r.AddError("--sentences must be between 1 and 10."); });
        var command = new Command("brief", "The briefing for a topic: cited summary, key quotes, timeline.") { topic, summary };
        command.SetAction((parseResult, ct) => runtime.RunAsync(parseResult, answersQuestions: true, async context =>
        {
            var service = context.Services.GetRequiredService<IBriefingService>();
            var request = new BriefingRequest(TopicArgument.Read(parseResult, topic), MaxSummarySentences: parseResult.GetValue(summary));
            var briefing = await service.BriefAsync(request, context.CancellationToken);
            if (context.Settings.Json) JsonOutput.Write(AnswerJson.Briefing(briefing));
            else new ConsoleView(context.Console).Briefing(briefing);
            return ExitCodes.Success;
        }, ct));
        return command;
    }
}
