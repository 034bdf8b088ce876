using System.CommandLine;
using System.Globalization;
using System.Text.Json.Nodes;
using BriefingBot.Cli.Output;
using BriefingBot.Core.Commands;
using BriefingBot.Core.Digests;
using Microsoft.Extensions.DependencyInjection;
using Spectre.Console;

namespace BriefingBot.Cli.Verbs;

/// <summary><c>digest list|add|remove|preview|run-due</c>: manage channel digests from the terminal.</summary>
internal static class DigestVerb
{
    public static Command Create(CliRuntime runtime)
    {
        var command = new Command("digest", "Manage scheduled channel digests.");
        command.Subcommands.Add(List(runtime));
        command.Subcommands.Add(Add(runtime));
        command.Subcommands.Add(Remove(runtime));
        command.Subcommands.Add(Preview(runtime));
        command.Subcommands.Add(RunDue(runtime));
        return command;
    }

    private static Command List(CliRuntime runtime)
    {
        var command = new Command("list", "List subscriptions with their next run.");
        command.SetAction((parseResult, ct) => runtime.RunAsync(parseResult, answersQuestions: false, async context =>
        {
            var digests = context.Services.GetRequiredService<DigestService>();
            var subscriptions = await digests.ListAsync(null, context.CancellationToken);
            if (context.Settings.Json)
            {
                JsonOutput.Write(new JsonArray(subscriptions.Select(s => (JsonNode)SubscriptionJson(s, digests.NextRun(s))).ToArray()));
                return ExitCodes.Success;
            }
            if (subscriptions.Count == 0)
            {
                context.Console.MarkupLine("No digest subscriptions. Add one with [bold]digest add --platform slack --channel C123 --topics \"colombia\"[/].");
                return ExitCodes.Success;
            }
            var table = new Table().Border(TableBorder.Simple)
                .AddColumns("Id", "Where", "Topics", "When", "Next run (UTC)");
            foreach (var s in subscriptions)
            {
                table.AddRow(
                    Markup.Escape(s.Id),
                    Markup.Escape($"{s.Platform.ToString().ToLowerInvariant()} {s.ChannelId}"),
                    Markup.Escape(string.Join(", ", s.Topics)),
                    Markup.Escape($"{s.LocalTime:HH\\:mm} {s.TimeZoneId} {s.Cadence}{(s.Paused ? " (paused)" : string.Empty)}"),
                    Markup.Escape(digests.NextRun(s)?.ToUniversalTime().ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture) ?? "-"));
            }
            context.Console.Write(table);
            return ExitCodes.Success;
        }, ct));
        return command;
    }

    private static Command Add(CliRuntime runtime)
    {
        var platform = new Option<string>("--platform") { Description = "discord or slack.", Required = true };
        platform.AcceptOnlyFromAmong("discord", "slack");
        var channel = new Option<string>("--channel") { Description = "The channel id.", Required = true };
        var tenant = new Option<string?>("--tenant") { Description = "Discord guild id or Slack team id." };
        var topics = new Option<string>("--topics") { Description = "Comma-separated topics (1-10).", Required = true };
        var time = new Option<string?>("--time") { Description = "Local time HH:mm (default from Digests:DefaultTime)." };
        var zone = new Option<string?>("--tz") { Description = "IANA time zone, e.g. America/Bogota (default from Digests:DefaultTimeZone)." };
        var cadence = new Option<string?>("--cadence") { Description = "daily (default), weekdays, or a cron expression." };
        var command = new Command("add", "Subscribe a channel to a digest.") { platform, channel, tenant, topics, time, zone, cadence };
        command.SetAction((parseResult, ct) => runtime.RunAsync(parseResult, answersQuestions: false, async context =>
        {
            var request = new DigestSubscriptionRequest(
                parseResult.GetRequiredValue(platform) == "discord" ? ChatPlatform.Discord : ChatPlatform.Slack,
                parseResult.GetValue(tenant),
                parseResult.GetRequiredValue(channel),
                parseResult.GetRequiredValue(topics).Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries),
                parseResult.GetValue(time),
                parseResult.GetValue(zone),
                parseResult.GetValue(cadence),
                CreatedBy: "cli:" + Environment.UserName);
            var digests = context.Services.GetRequiredService<DigestService>();
            Subscription subscription;
            try
            {
                subscription = await digests.AddAsync(request, context.CancellationToken);
            }
            catch (DigestValidationException ex)
            {
                throw new UserErrorException(ex.Message, ExitCodes.UsageError);
            }
            if (context.Settings.Json) JsonOutput.Write(SubscriptionJson(subscription, digests.NextRun(subscription)));
            else context.Console.MarkupLine($"Added digest [bold]{Markup.Escape(subscription.Id)}[/]; next run {digests.NextRun(subscription)?.ToUniversalTime():yyyy-MM-dd HH:mm} UTC.");
            return ExitCodes.Success;
        }, ct));
        return command;
    }

    private static Command Remove(CliRuntime runtime)
    {
        var id = new Argument<string>("id") { Description = "The subscription id shown by `digest list`." };
        var command = new Command("remove", "Remove a subscription.") { id };
        command.SetAction((parseResult, ct) => runtime.RunAsync(parseResult, answersQuestions: false, async context =>
        {
            var removed = await context.Services.GetRequiredService<DigestService>().RemoveAsync(parseResult.GetRequiredValue(id), context.CancellationToken);
            if (!removed) throw new UserErrorException($"No digest subscription with id '{parseResult.GetRequiredValue(id)}'.");
            if (context.Settings.Json) JsonOutput.Write(new JsonObject { ["removed"] = parseResult.GetRequiredValue(id) });
            else context.Console.MarkupLine($"Removed digest [bold]{Markup.Escape(parseResult.GetRequiredValue(id))}[/].");
            return ExitCodes.Success;
        }, ct));
        return command;
    }

    private static Command Preview(CliRuntime runtime)
    {
        var id = new Argument<string>("id") { Description = "The subscription id shown by `digest list`." };
        var command = new Command("preview", "Show the digest a subscription would get now (nothing is sent).") { id };
        command.SetAction((parseResult, ct) => runtime.RunAsync(parseResult, answersQuestions: true, async context =>
        {
            var digest = await context.Services.GetRequiredService<DigestService>().PreviewAsync(parseResult.GetRequiredValue(id), context.CancellationToken)
                ?? throw new UserErrorException($"No digest subscription with id '{parseResult.GetRequiredValue(id)}'.");
            if (context.Settings.Json)
            {
                JsonOutput.Write(new JsonObject
                {
                    ["subscription"] = digest.SubscriptionId,
                    ["since"] = digest.Since.ToString("O", CultureInfo.InvariantCulture),
                    ["sections"] = new JsonArray(digest.Sections.Select(s => (JsonNode)AnswerJson.Briefing(s.Briefing)).ToArray()),
                });
                return ExitCodes.Success;
            }
            context.Console.MarkupLine($"[bold]{Markup.Escape(DigestText.Title(digest))}[/]");
            foreach (var line in DigestText.Lines(digest)) context.Console.WriteLine(line);
            return ExitCodes.Success;
        }, ct));
        return command;
    }

    private static Command RunDue(CliRuntime runtime)
    {
        var command = new Command("run-due", "Deliver every digest due now through the configured platforms, then exit.");
        command.SetAction((parseResult, ct) => runtime.RunAsync(parseResult, answersQuestions: false, async context =>
        {
            var report = await context.Services.GetRequiredService<DigestService>().RunDueAsync(context.CancellationToken);
            if (context.Settings.Json)
            {
                JsonOutput.Write(new JsonObject
                {
                    ["at"] = report.At.ToString("O", CultureInfo.InvariantCulture),
                    ["sent"] = report.Sent,
                    ["backlog"] = report.Backlog,
                    ["results"] = new JsonArray(report.Results.Select(r => (JsonNode)new JsonObject
                    {
                        ["delivery"] = r.DeliveryId, ["subscription"] = r.SubscriptionId, ["period"] = r.PeriodKey,
                        ["status"] = r.Status.ToString().ToLowerInvariant(), ["late"] = r.Late, ["attempts"] = r.Attempts,
                        ["nextAttemptAt"] = r.NextAttemptAt?.ToString("O", CultureInfo.InvariantCulture), ["detail"] = r.Detail,
                    }).ToArray()),
                });
            }
            else
            {
                context.Console.MarkupLine($"{report.Results.Count} due, {report.Sent} sent, backlog {report.Backlog}.");
                foreach (var r in report.Results)
                    context.Console.MarkupLine(Markup.Escape($"  {r.SubscriptionId} {r.PeriodKey}: {r.Status.ToString().ToLowerInvariant()}{(r.Detail is null ? string.Empty : " — " + r.Detail)}"));
            }
            return report.Results.Any(r => r.Status == DeliveryStatus.Failed) ? ExitCodes.InputError : ExitCodes.Success;
        }, ct));
        return command;
    }

    private static JsonObject SubscriptionJson(Subscription s, DateTimeOffset? nextRun) => new()
    {
        ["id"] = s.Id,
        ["platform"] = s.Platform.ToString().ToLowerInvariant(),
        ["tenant"] = s.TenantId,
        ["channel"] = s.ChannelId,
        ["topics"] = new JsonArray(s.Topics.Select(t => (JsonNode)JsonValue.Create(t)!).ToArray()),
        ["time"] = s.LocalTime.ToString("HH:mm", CultureInfo.InvariantCulture),
        ["timeZone"] = s.TimeZoneId,
        ["cadence"] = s.Cadence.ToString(),
        ["paused"] = s.Paused,
        ["nextRun"] = nextRun?.ToUniversalTime().ToString("O", CultureInfo.InvariantCulture),
    };
}
