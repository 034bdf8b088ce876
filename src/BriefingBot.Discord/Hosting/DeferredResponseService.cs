using System.Collections.Concurrent;
using BriefingBot.Core.Commands.Replies;
using BriefingBot.Discord.Rendering;
using BriefingBot.Discord.Rest;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace BriefingBot.Discord.Hosting;

/// <summary>
/// Finishes deferred interactions: waits for each reply and edits the "thinking…" message with it. Every deferred
/// interaction ends in a message (the answer, an error, or "restarting"), never in silence. On shutdown it stops
/// taking work and gives in-flight replies a short grace to be delivered.
/// </summary>
internal sealed class DeferredResponseService(
    DeferredInteractionQueue queue,
    IServiceScopeFactory scopes,
    TimeProvider time,
    ILogger<DeferredResponseService> logger) : BackgroundService
{
    /// <summary>Interaction tokens live 15 minutes; stop waiting a little before.</summary>
    internal static readonly TimeSpan ReplyTimeout = TimeSpan.FromMinutes(14);

    private static readonly TimeSpan SendTimeout = TimeSpan.FromSeconds(10);

    private readonly ConcurrentDictionary<Task, byte> _inFlight = new();

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            await foreach (var item in queue.Reader.ReadAllAsync(stoppingToken))
            {
                var task = CompleteAsync(item, stoppingToken);
                _inFlight.TryAdd(task, 0);
                _ = task.ContinueWith(t => _inFlight.TryRemove(t, out _), CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Shutting down: drain what is already queued so those users get an answer too.
            while (queue.Reader.TryRead(out var item)) _inFlight.TryAdd(CompleteAsync(item, stoppingToken), 0);
        }
        await Task.WhenAll(_inFlight.Keys);
    }

    /// <summary>Never throws: failures are logged, the user gets the best message that can still be sent.</summary>
    internal async Task CompleteAsync(DeferredInteraction item, CancellationToken stoppingToken)
    {
        BotReply reply;
        try
        {
            reply = await item.Reply.WaitAsync(ReplyTimeout, time, stoppingToken);
        }
        catch (TimeoutException)
        {
            reply = MessageReply.Error("That took too long", "The answer was not ready in time. Please try again, perhaps with a narrower topic.");
        }
        catch (OperationCanceledException)
        {
            reply = MessageReply.Error("BriefingBot is restarting", "Your request was interrupted. Please try again in a minute.");
        }

        // Not linked to stoppingToken: during shutdown we still want the final edit to go out, briefly.
        using var send = new CancellationTokenSource(SendTimeout, time);
        await using var scope = scopes.CreateAsyncScope();
        var rest = scope.ServiceProvider.GetRequiredService<DiscordRestClient>();
        var message = DiscordMessageRenderer.Render(reply);
        try
        {
            if (reply.Ephemeral && !item.DeferredEphemeral && await TryReplacePrivatelyAsync(rest, item, message, send.Token)) return;
            await rest.EditOriginalResponseAsync(item.Token, message, send.Token);
        }
#pragma warning disable CA1031 // A background delivery must not take the host down; the failure is logged.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            logger.LogError(ex, "Could not deliver the deferred answer to /{Command}", item.CommandName);
        }
    }

    /// <summary>
    /// The deferral was public but the reply is private (an error, a refusal): delete the public "thinking…" and send
    /// an ephemeral follow-up, so others do not see someone else's error.
    /// </summary>
    private async Task<bool> TryReplacePrivatelyAsync(DiscordRestClient rest, DeferredInteraction item, DiscordMessage message, CancellationToken cancellationToken)
    {
        try
        {
            await rest.DeleteOriginalResponseAsync(item.Token, cancellationToken);
        }
        catch (DiscordApiException ex)
        {
            logger.LogWarning(ex, "Could not delete the public deferral of /{Command}; editing it instead", item.CommandName);
            return false;
        }
        await rest.CreateFollowupAsync(item.Token, message with { Flags = DiscordMessage.EphemeralFlag }, cancellationToken);
        return true;
    }
}
