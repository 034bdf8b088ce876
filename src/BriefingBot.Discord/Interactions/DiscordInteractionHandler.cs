using BriefingBot.Core.Briefings;
using BriefingBot.Core.Commands;
using BriefingBot.Core.Commands.Replies;
using BriefingBot.Discord.Hosting;
using BriefingBot.Discord.Rendering;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace BriefingBot.Discord.Interactions;

/// <summary>
/// <c>POST /discord/interactions</c>: reads the raw body, verifies the signature before anything else, then answers
/// PINGs, commands (inline within <see cref="DiscordOptions.DeferAfter"/>, else deferred) and autocompletes.
/// Bad input gets 4xx with a reason; nothing here answers 500 for what a client sent.
/// </summary>
internal sealed class DiscordInteractionHandler(
    DiscordSignatureVerifier verifier,
    DeferredInteractionQueue queue,
    IServiceScopeFactory scopes,
    IHostApplicationLifetime lifetime,
    TimeProvider time,
    IOptions<DiscordOptions> options,
    ILogger<DiscordInteractionHandler> logger)
{
    private const int PongType = 1;
    private const int MessageType = 4;
    private const int DeferredMessageType = 5;
    private const int AutocompleteResultType = 8;
    private const int MaxChoices = 25;
    private const int MaxChoiceLength = 100;
    private static readonly TimeSpan AutocompleteBudget = TimeSpan.FromSeconds(2);

    public async Task<IResult> HandleAsync(HttpContext http)
    {
        ArgumentNullException.ThrowIfNull(http);
        var max = options.Value.MaxBodyBytes;
        if (http.Request.ContentLength > max) return Error(StatusCodes.Status413PayloadTooLarge, $"body larger than {max} bytes");
        var body = await RawBody.ReadAsync(http.Request, max, http.RequestAborted);
        if (body is null) return Error(StatusCodes.Status413PayloadTooLarge, $"body larger than {max} bytes");

        var headers = http.Request.Headers;
        if (!verifier.Verify(headers["X-Signature-Ed25519"], headers["X-Signature-Timestamp"], body.Value.Span))
            return Error(StatusCodes.Status401Unauthorized, "invalid request signature");

        if (!InteractionReader.TryRead(body.Value, out var interaction, out var problem))
        {
            logger.LogWarning("Signed Discord interaction rejected: {Problem}", problem);
            return Error(StatusCodes.Status400BadRequest, problem);
        }
        return interaction.Type switch
        {
            InteractionType.Ping => Json(new InteractionResponse(PongType)),
            InteractionType.ApplicationCommand => await CommandAsync(interaction, http.RequestAborted),
            InteractionType.Autocomplete => await AutocompleteAsync(interaction, http.RequestAborted),
            _ => Reply(MessageReply.Error("Not supported", "BriefingBot has no buttons or forms; use its slash commands.")),
        };
    }

    private async Task<IResult> CommandAsync(Interaction interaction, CancellationToken requestAborted)
    {
        var command = InteractionCommandMapper.ToCommand(interaction.CommandName!, interaction.Options);
        var work = DispatchAsync(command, interaction.Context!, lifetime.ApplicationStopping);
        if (!work.IsCompleted)
        {
            try
            {
                await work.WaitAsync(options.Value.DeferAfter, time, requestAborted);
            }
            catch (TimeoutException)
            {
                // Slow: defer below.
            }
            catch (OperationCanceledException) when (requestAborted.IsCancellationRequested)
            {
                // Discord gave up on us; still finish in the background so the user gets an answer.
            }
        }
        if (work.IsCompleted) return Reply(await work);

        var ephemeral = InteractionCommandMapper.DeferEphemeral(command);
        if (!queue.TryEnqueue(new DeferredInteraction(interaction.Token!, work, ephemeral, interaction.CommandName!)))
        {
            logger.LogWarning("Deferred queue full; refusing /{Command}", interaction.CommandName);
            return Reply(MessageReply.Error("BriefingBot is busy", "Too many requests are being answered right now. Please try again in a minute."));
        }
        return Json(new InteractionResponse(DeferredMessageType, new DeferredData(ephemeral ? DiscordMessage.EphemeralFlag : null)));
    }

    /// <summary>Runs the command in its own scope (it may outlive the request) and never faults.</summary>
    private async Task<BotReply> DispatchAsync(BotCommand command, CommandContext context, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        try
        {
            var dispatcher = scope.ServiceProvider.GetRequiredService<ICommandDispatcher>();
            return await dispatcher.ExecuteAsync(command, context, cancellationToken);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            return MessageReply.Error("BriefingBot is restarting", "Your request was interrupted. Please try again in a minute.");
        }
#pragma warning disable CA1031 // The user must get an answer whatever failed; the failure is logged with its stack.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            logger.LogError(ex, "Discord command {Command} failed", command.GetType().Name);
            return MessageReply.Error("Something went wrong", "The request could not be answered. It has been logged; please try again shortly.");
        }
    }

    private async Task<IResult> AutocompleteAsync(Interaction interaction, CancellationToken requestAborted)
    {
        var focused = Focused(interaction.Options);
        var kind = focused?.Name switch
        {
            "speaker" => SuggestionKind.Speaker,
            "topic" or "topics" => SuggestionKind.Topic,
            _ => (SuggestionKind?)null,
        };
        var choices = new List<AutocompleteChoice>();
        if (focused is not null && kind is not null)
        {
            var typed = focused.Value ?? string.Empty;
            // "topics" is a comma list: complete its last element and keep the ones before.
            var comma = focused.Name == "topics" ? typed.LastIndexOf(',') : -1;
            var head = comma >= 0 ? typed[..(comma + 1)] + " " : string.Empty;
            var prefix = typed[(comma + 1)..].Trim();
            foreach (var suggestion in await SuggestAsync(kind.Value, prefix, requestAborted))
            {
                var value = head + suggestion.Trim();
                if (suggestion.Trim().Length == 0 || value.Length > MaxChoiceLength || choices.Any(c => c.Value == value)) continue;
                choices.Add(new AutocompleteChoice(value, value));
                if (choices.Count == MaxChoices) break;
            }
        }
        return Json(new InteractionResponse(AutocompleteResultType, new AutocompleteData(choices)));
    }

    private async Task<IReadOnlyList<string>> SuggestAsync(SuggestionKind kind, string prefix, CancellationToken requestAborted)
    {
        using var budget = CancellationTokenSource.CreateLinkedTokenSource(requestAborted);
        budget.CancelAfter(AutocompleteBudget);
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var briefings = scope.ServiceProvider.GetRequiredService<IBriefingService>();
            return await briefings.SuggestAsync(kind, prefix, MaxChoices, budget.Token);
        }
#pragma warning disable CA1031 // Autocomplete is best effort: no suggestions beat an error popup.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            logger.LogWarning(ex, "Autocomplete for {Kind} failed", kind);
            return [];
        }
    }

    private static InteractionOption? Focused(IReadOnlyList<InteractionOption> options) =>
        options.FirstOrDefault(o => o.Focused) ?? options.Select(o => Focused(o.Options)).FirstOrDefault(o => o is not null);

    private static IResult Reply(BotReply reply) =>
        Json(new InteractionResponse(MessageType, DiscordMessageRenderer.Render(reply)));

    private static IResult Json(InteractionResponse response) => Results.Json(response, DiscordJson.Options);

    private static IResult Error(int status, string reason) =>
        Results.Json(new ErrorBody(reason), DiscordJson.Options, statusCode: status);

    private sealed record ErrorBody(string Error);

    private sealed record DeferredData(int? Flags);

    private sealed record AutocompleteData(IReadOnlyList<AutocompleteChoice> Choices);

    private sealed record AutocompleteChoice(string Name, string Value);
}
