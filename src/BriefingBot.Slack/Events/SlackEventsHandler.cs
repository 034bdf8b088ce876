using System.Text.Json;
using System.Text.Json.Nodes;
using BriefingBot.Core.Commands;
using BriefingBot.Core.Commands.Replies;
using BriefingBot.Slack.Hosting;
using BriefingBot.Slack.Signing;
using BriefingBot.Slack.WebApi;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace BriefingBot.Slack.Events;

/// <summary>
/// POST /slack/events: url_verification, and app_mention answered in its thread. Acks at once (Slack retries
/// after 3 s) and does the work in the background; retries and duplicate event ids are handled once.
/// </summary>
internal sealed class SlackEventsHandler(
    SlackRequestReader reader,
    ISlackEventDeduplicator deduplicator,
    ICommandDispatcher dispatcher,
    SlackBackgroundWork background,
    SlackWebApiClient webApi,
    Commands.SlackChannelManagers managers,
    ILogger<SlackEventsHandler> logger)
{
    public async Task<IResult> HandleAsync(HttpContext http)
    {
        var aborted = http.RequestAborted;
        var body = await reader.ReadBodyAsync(http.Request, aborted);
        if (body is null) return Results.StatusCode(StatusCodes.Status413PayloadTooLarge);
        if (!reader.IsAuthentic(http.Request, body)) return Results.Unauthorized();

        JsonObject? payload;
        try
        {
            payload = JsonNode.Parse(body) as JsonObject;
        }
        catch (JsonException)
        {
            payload = null;
        }
        if (payload is null) return Results.BadRequest();

        switch (Str(payload, "type"))
        {
            case "url_verification":
                return SlackJsonResult.From(new JsonObject { ["challenge"] = Str(payload, "challenge") ?? string.Empty });
            case "event_callback":
                await OnEventAsync(payload, http.Request.Headers["X-Slack-Retry-Num"].ToString(), aborted);
                return Results.Ok();
            default:
                return Results.Ok();
        }
    }

    private async Task OnEventAsync(JsonObject payload, string retryNum, CancellationToken cancellationToken)
    {
        if (payload["event"] is not JsonObject ev || Str(ev, "type") != "app_mention") return;
        // Our own posts (and other bots') must never trigger answers: that is how bot loops start.
        if (ev["bot_id"] is not null || Str(ev, "subtype") == "bot_message") return;
        var eventId = Str(payload, "event_id");
        if (eventId is null || !await deduplicator.TryClaimAsync(eventId, cancellationToken))
        {
            logger.LogInformation("Slack event {EventId} already handled (retry {Retry})", eventId, retryNum);
            return;
        }

        var channel = Str(ev, "channel");
        var user = Str(ev, "user");
        var ts = Str(ev, "ts");
        if (channel is null || user is null || ts is null) return;
        var threadTs = Str(ev, "thread_ts") ?? ts;
        var command = CommandTextParser.Parse(MentionText.StripMentions(Str(ev, "text") ?? string.Empty));
        var context = new CommandContext(ChatPlatform.Slack, Str(payload, "team_id"), channel, user, managers.IsListed(user));
        logger.LogInformation("Slack mention {Command} from {User} in {Channel}", command.GetType().Name, user, channel);

        try
        {
            background.Enqueue("app_mention answer", async token =>
            {
                var ctx = Commands.SlackChannelManagers.Matters(command) ? context with { CanManageChannel = await managers.CanManageAsync(user, webApi, token) } : context;
                BotReply reply = await dispatcher.ExecuteAsync(command, ctx, token);
                await webApi.PostReplyAsync(channel, reply, threadTs, token);
            });
        }
        catch (OperationCanceledException)
        {
            logger.LogWarning("Slack mention {EventId} dropped: shutting down", eventId);
        }
    }

    private static string? Str(JsonObject json, string name) =>
        json[name] is JsonValue value && value.TryGetValue<string>(out var s) ? s : null;
}
