using System.Text.Json.Nodes;
using BriefingBot.Core.Commands;
using BriefingBot.Core.Commands.Replies;
using BriefingBot.Slack.Hosting;
using BriefingBot.Slack.Rendering;
using BriefingBot.Slack.Signing;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace BriefingBot.Slack.Commands;

/// <summary>
/// POST /slack/commands: verify, parse, run. Answers inline when the command finishes within
/// <see cref="SlackOptions.InlineBudget"/>; otherwise acks with "Working on it…" and posts the answer to response_url.
/// Every failure the user can cause is a 200 with an ephemeral text.
/// </summary>
internal sealed class SlackCommandHandler(
    SlackRequestReader reader,
    ICommandDispatcher dispatcher,
    SlackBackgroundWork background,
    SlackResponseUrlClient responder,
    ResponseUrlTracker tracker,
    SlackChannelManagers managers,
    WebApi.SlackWebApiClient webApi,
    IOptions<SlackOptions> options,
    TimeProvider time,
    ILogger<SlackCommandHandler> logger)
{
    public const string WorkingText = "Working on it…";

    public async Task<IResult> HandleAsync(HttpContext http)
    {
        var aborted = http.RequestAborted;
        var body = await reader.ReadBodyAsync(http.Request, aborted);
        if (body is null) return Results.StatusCode(StatusCodes.Status413PayloadTooLarge);
        // Slack's ssl_check probe may come unsigned; it triggers nothing, so a bare 200 is safe.
        if (SlashCommandRequest.IsSslCheck(body)) return Results.Ok();
        if (!reader.IsAuthentic(http.Request, body)) return Results.Unauthorized();

        var request = SlashCommandRequest.Parse(body);
        if (request is null) return Reply(MessageReply.Error("Not understood", "Slack sent a command without a channel or user."), publicAllowed: false);

        var command = CommandTextParser.Parse(request.Command, request.Text);
        var context = new CommandContext(ChatPlatform.Slack, request.TeamId, request.ChannelId, request.UserId, managers.IsListed(request.UserId));
        var publicAllowed = options.Value.PublicAnswers && command is BriefCommand or QuotesCommand or TimelineCommand;
        logger.LogInformation("Slack command {Command} from {User} in {Channel}", command.GetType().Name, request.UserId, request.ChannelId);

        Task<BotReply> work;
        try
        {
            // The admin lookup (a Web API call) runs inside the budgeted work: if it is slow, the answer is deferred.
            work = background.Run(async token =>
            {
                var ctx = SlackChannelManagers.Matters(command) ? context with { CanManageChannel = await managers.CanManageAsync(request.UserId, webApi, token) } : context;
                return await dispatcher.ExecuteAsync(command, ctx, token);
            });
        }
        catch (OperationCanceledException)
        {
            return Reply(MessageReply.Error("Restarting", "BriefingBot is restarting; please try again in a moment."), publicAllowed: false);
        }

        using var budget = CancellationTokenSource.CreateLinkedTokenSource(aborted);
        var deadline = Task.Delay(options.Value.InlineBudget, time, budget.Token);
        var first = await Task.WhenAny(work, deadline);
        await budget.CancelAsync();
        if (first == work) return Reply(await SafeAsync(work), publicAllowed);

        if (!ResponseUrlPolicy.IsAllowed(request.ResponseUrl, options.Value.AllowedResponseUrlHosts))
        {
            logger.LogWarning("Slow Slack command cannot be deferred: response_url missing or not allowed");
            return Reply(MessageReply.Error("That took too long", "Please try again in a moment."), publicAllowed: false);
        }
        var responseUrl = request.ResponseUrl!;
        tracker.Register(responseUrl);
        try
        {
            background.Enqueue("slash command follow-up", async token =>
            {
                var reply = await SafeAsync(work);
                await responder.PostAsync(responseUrl, Payload(reply, publicAllowed), token);
            });
        }
        catch (OperationCanceledException)
        {
            return Reply(MessageReply.Error("Restarting", "BriefingBot is restarting; please try again in a moment."), publicAllowed: false);
        }
        return SlackJsonResult.From(new JsonObject { ["response_type"] = "ephemeral", ["text"] = WorkingText });
    }

    /// <summary>The message body plus its visibility: public only for public-safe commands and non-ephemeral replies.</summary>
    internal static JsonObject Payload(BotReply reply, bool publicAllowed)
    {
        var json = SlackBlockRenderer.Render(reply).ToJson();
        json["response_type"] = publicAllowed && !reply.Ephemeral ? "in_channel" : "ephemeral";
        return json;
    }

    private static IResult Reply(BotReply reply, bool publicAllowed) => SlackJsonResult.From(Payload(reply, publicAllowed));

    /// <summary>The dispatcher should never throw, but if it does the user still gets a sentence, not a 500.</summary>
    private async Task<BotReply> SafeAsync(Task<BotReply> work)
    {
        try
        {
            return await work;
        }
        catch (OperationCanceledException)
        {
            return MessageReply.Error("Restarting", "BriefingBot is restarting; please try again in a moment.");
        }
#pragma warning disable CA1031 // The chat user must get an answer whatever failed; the failure is logged.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            logger.LogError(ex, "Slack command failed");
            return MessageReply.Error("Something went wrong", "The request could not be answered. It has been logged; please try again shortly.");
        }
    }
}
