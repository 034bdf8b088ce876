using System.CommandLine;
using BriefingBot.Cli.Output;
using BriefingBot.Core.Briefings;
using Microsoft.Extensions.DependencyInjection;

namespace BriefingBot.Cli.Verbs;

internal static class QuotesVerb
{
    public static Command Create(CliRuntime runtime)
    {
        var speaker = new Option<string?>("--speaker") { Description = "Who said it; aliases resolve (petro = Gustavo Petro)." };
        var limit = new Option<int>("--limit") { Description = "How many quotes (1-100).", DefaultValueFactory = _ => 20 };
        limit.Validators.Add(r => { if (r.GetValueOrDefault<int>() is < 1 or > 100) r.AddError("--limit must be between 1 and 100."); });
        var topic = TopicArgument.Create("Restrict to articles about this topic.", required: false);
        var command = new Command("quotes", "Quotes, newest first, by speaker and/or topic.") { speaker, limit, topic };
        command.Validators.Add(r =>
        {
            if (r.GetValue(speaker) is null && (r.GetValue(topic) ?? []).Length == 0) r.AddError("Give --speaker NAME, a topic, or both.");
        });
        command.SetAction((parseResult, ct) => runtime.RunAsync(parseResult, answersQuestions: true, async context =>
        {
            var service = context.Services.GetRequiredService<IBriefingService>();
            var topicText = TopicArgument.Read(parseResult, topic);
            var quotes = await service.QuotesAsync(parseResult.GetValue(speaker), topicText.Length == 0 ? null : topicText, parseResult.GetValue(limit), context.CancellationToken);
            if (context.Settings.Json) JsonOutput.Write(AnswerJson.QuoteList(quotes));
            else new ConsoleView(context.Console).QuoteList(quotes);
            return ExitCodes.Success;
        }, ct));
        return command;
    }
}
