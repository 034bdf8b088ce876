using System.CommandLine;
using System.Globalization;
using System.Text.Json.Nodes;
using BriefingBot.Cli.Output;
using BriefingBot.Core.Briefings;
using BriefingBot.Core.Sources;
using BriefingBot.Ingest.Sources;
using Microsoft.Extensions.DependencyInjection;
using Spectre.Console;

namespace BriefingBot.Cli.Verbs;

/// <summary>
/// <c>sources</c>: what the index holds and which feeds and pages are polled; <c>sources add|list|remove|enable</c>
/// manage the polled sources.
/// </summary>
internal static class SourcesVerb
{
    public static Command Create(CliRuntime runtime)
    {
        var command = new Command("sources", "What the index holds, and the feeds and pages it polls.");
        command.SetAction((parseResult, ct) => runtime.RunAsync(parseResult, answersQuestions: false, async context =>
        {
            var stats = await context.Services.GetRequiredService<IBriefingService>().SourcesAsync(context.CancellationToken);
            var feeds = await ListFeedsAsync(context);
            if (context.Settings.Json)
            {
                var json = AnswerJson.Sources(stats);
                json["feeds"] = new JsonArray(feeds.Select(f => (JsonNode)FeedJson(f)).ToArray());
                JsonOutput.Write(json);
                return ExitCodes.Success;
            }
            new ConsoleView(context.Console).Sources(stats);
            if (feeds.Count > 0) WriteFeeds(context.Console, feeds);
            return ExitCodes.Success;
        }, ct));
        command.Subcommands.Add(Add(runtime));
        command.Subcommands.Add(List(runtime));
        command.Subcommands.Add(Remove(runtime));
        command.Subcommands.Add(Enable(runtime));
        return command;
    }

    private static Command Add(CliRuntime runtime)
    {
        var url = new Argument<string>("url") { Description = "An RSS/Atom/JSON feed or a web page (http or https)." };
        var every = new Option<string?>("--every") { Description = "Polling interval, e.g. 15m, 1h, 1h30m, 1d (default from Sources:DefaultInterval)." };
        every.Validators.Add(r => { if (r.GetValueOrDefault<string?>() is { } e && !IntervalText.TryParse(e, out _)) r.AddError($"--every '{e}' is not an interval such as 15m, 1h or 1d."); });
        var command = new Command("add", "Poll a feed or page and index what it publishes.") { url, every };
        command.SetAction((parseResult, ct) => runtime.RunAsync(parseResult, answersQuestions: false, async context =>
        {
            TimeSpan? interval = parseResult.GetValue(every) is { } e && IntervalText.TryParse(e, out var i) ? i : null;
            var change = await WithValidation(() => Service(context).AddAsync(parseResult.GetRequiredValue(url), interval, context.CancellationToken));
            if (context.Settings.Json) JsonOutput.Write(FeedJson(change.Source));
            else context.Console.MarkupLine($"{(change.Added ? "Added" : "Updated")} source [bold]{Markup.Escape(change.Source.Id)}[/] ({Markup.Escape(change.Source.Url)}), every {IntervalText.Format(change.Source.Interval)}.");
            return ExitCodes.Success;
        }, ct));
        return command;
    }

    private static Command List(CliRuntime runtime)
    {
        var command = new Command("list", "List polled sources with their state (disabled ones say why).");
        command.SetAction((parseResult, ct) => runtime.RunAsync(parseResult, answersQuestions: false, async context =>
        {
            var feeds = await ListFeedsAsync(context);
            if (context.Settings.Json) JsonOutput.Write(new JsonArray(feeds.Select(f => (JsonNode)FeedJson(f)).ToArray()));
            else if (feeds.Count == 0) context.Console.MarkupLine("No polled sources. Add one with [bold]sources add <url> --every 15m[/].");
            else WriteFeeds(context.Console, feeds);
            return ExitCodes.Success;
        }, ct));
        return command;
    }

    private static Command Remove(CliRuntime runtime)
    {
        var id = new Argument<string>("id-or-url") { Description = "The source id (from `sources list`) or its URL." };
        var command = new Command("remove", "Stop polling a source (its articles stay indexed).") { id };
        command.SetAction((parseResult, ct) => runtime.RunAsync(parseResult, answersQuestions: false, async context =>
        {
            var which = parseResult.GetRequiredValue(id);
            if (!await Service(context).RemoveAsync(which, context.CancellationToken)) throw new UserErrorException($"No polled source '{which}'.");
            if (context.Settings.Json) JsonOutput.Write(new JsonObject { ["removed"] = which });
            else context.Console.MarkupLine($"Removed source [bold]{Markup.Escape(which)}[/].");
            return ExitCodes.Success;
        }, ct));
        return command;
    }

    private static Command Enable(CliRuntime runtime)
    {
        var id = new Argument<string>("id-or-url") { Description = "The source id (from `sources list`) or its URL." };
        var command = new Command("enable", "Re-enable a source disabled after repeated failures.") { id };
        command.SetAction((parseResult, ct) => runtime.RunAsync(parseResult, answersQuestions: false, async context =>
        {
            var which = parseResult.GetRequiredValue(id);
            var source = await Service(context).EnableAsync(which, context.CancellationToken) ?? throw new UserErrorException($"No polled source '{which}'.");
            if (context.Settings.Json) JsonOutput.Write(FeedJson(source));
            else context.Console.MarkupLine($"Enabled source [bold]{Markup.Escape(source.Id)}[/]; next poll {source.NextPollAt:yyyy-MM-dd HH:mm} UTC.");
            return ExitCodes.Success;
        }, ct));
        return command;
    }

    private static SourceService Service(VerbContext context) =>
        context.Services.GetService<SourceService>()
        ?? throw new UserErrorException("Polled sources are not available with this storage engine yet (use the SQLite index).", ExitCodes.UsageError);

    private static async Task<IReadOnlyList<WebSource>> ListFeedsAsync(VerbContext context) =>
        context.Services.GetService<SourceService>() is { } service ? await service.ListAsync(context.CancellationToken) : [];

    private static async Task<T> WithValidation<T>(Func<Task<T>> action)
    {
        try
        {
            return await action();
        }
        catch (SourceValidationException ex)
        {
            throw new UserErrorException(ex.Message, ExitCodes.UsageError);
        }
    }

    private static void WriteFeeds(IAnsiConsole console, IReadOnlyList<WebSource> feeds)
    {
        var table = new Table().Border(TableBorder.Simple).AddColumns("Id", "Source", "Every", "State", "Items");
        foreach (var f in feeds)
        {
            var state = f.DisabledReason is { } why ? $"disabled: {why}" : f.LastError is { } error ? $"failing ({f.ConsecutiveFailures}): {error}" : "ok";
            table.AddRow(Markup.Escape(f.Id), Markup.Escape(f.Title ?? f.Url), IntervalText.Format(f.Interval), Markup.Escape(state), f.ItemsIngested.ToString(CultureInfo.InvariantCulture));
        }
        console.Write(table);
    }

    private static JsonObject FeedJson(WebSource f) => new()
    {
        ["id"] = f.Id, ["url"] = f.Url, ["kind"] = f.Kind.ToString().ToLowerInvariant(), ["title"] = f.Title,
        ["every"] = IntervalText.Format(f.Interval), ["enabled"] = f.Enabled, ["disabledReason"] = f.DisabledReason,
        ["lastError"] = f.LastError, ["consecutiveFailures"] = f.ConsecutiveFailures, ["itemsIngested"] = f.ItemsIngested,
        ["lastSuccessAt"] = f.LastSuccessAt?.ToString("O", CultureInfo.InvariantCulture), ["nextPollAt"] = f.NextPollAt?.ToString("O", CultureInfo.InvariantCulture),
    };
}
