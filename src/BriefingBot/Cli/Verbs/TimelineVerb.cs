using System.CommandLine;
using BriefingBot.Cli.Output;
using BriefingBot.Core.Briefings;
using Microsoft.Extensions.DependencyInjection;

namespace BriefingBot.Cli.Verbs;

internal static class TimelineVerb
{
    public static Command Create(CliRuntime runtime)
    {
        var topic = TopicArgument.Create("The topic to follow.");
        var limit = new Option<int>("--limit") { Description = "How many events (1-100).", DefaultValueFactory = _ => 20 };
        limit.Validators.Add(r => { if (r.GetValueOrDefault<int>() is < 1 or > 100) r.AddError("--limit must be between 1 and 100."); });
        var command = new Command("timeline", "Dated events for a topic, oldest first, with the precision of each date.") { topic, limit };
        command.SetAction((parseResult, ct) => runtime.RunAsync(parseResult, answersQuestions: true, async context =>
        {
            var service = context.Services.GetRequiredService<IBriefingService>();
            var timeline = await service.TimelineAsync(TopicArgument.Read(parseResult, topic), parseResult.GetValue(limit), context.CancellationToken);
            if (context.Settings.Json) JsonOutput.Write(AnswerJson.Timeline(timeline));
            else new ConsoleView(context.Console).Timeline(timeline);
            return ExitCodes.Success;
        }, ct));
        return command;
    }
}
