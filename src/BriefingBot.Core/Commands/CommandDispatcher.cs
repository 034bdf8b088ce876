using BriefingBot.Core.Briefings;
using BriefingBot.Core.Commands.Replies;
using Microsoft.Extensions.Logging;

namespace BriefingBot.Core.Commands;

/// <summary>Runs commands against the briefing service; the /digest family goes to the digest feature when it is registered.</summary>
public sealed class CommandDispatcher(
    IBriefingService briefings,
    ILogger<CommandDispatcher> logger,
    IDigestCommandHandler? digests = null) : ICommandDispatcher
{
    /// <summary>How long a topic or speaker may be; longer input is a user error, not a query.</summary>
    public const int MaxArgumentLength = 200;

    public async Task<BotReply> ExecuteAsync(BotCommand command, CommandContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);
        ArgumentNullException.ThrowIfNull(context);
        if (TooLong(command) is { } problem) return MessageReply.Error("That is too long", problem);
        try
        {
            return command switch
            {
                BriefCommand brief => new BriefingReply(await briefings.BriefAsync(new BriefingRequest(brief.Topic), cancellationToken)),
                QuotesCommand quotes => new QuotesReply(await briefings.QuotesAsync(quotes.Speaker, quotes.Topic, 10, cancellationToken)),
                TimelineCommand timeline => new TimelineReply(await briefings.TimelineAsync(timeline.Topic, 15, cancellationToken)),
                SourcesCommand => new SourcesReply(await briefings.SourcesAsync(cancellationToken)),
                HelpCommand help => Help(help),
                DigestSubscribeCommand or DigestListCommand or DigestUnsubscribeCommand or DigestPreviewCommand => await DigestAsync(command, context, cancellationToken),
                _ => Help(new HelpCommand("That command is not known.")),
            };
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            throw;
        }
#pragma warning disable CA1031 // The chat user must get an answer whatever failed; the failure is logged with its stack.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            logger.LogError(ex, "Command {Command} failed on {Platform}", command.GetType().Name, context.Platform);
            return MessageReply.Error("Something went wrong", "The request could not be answered. It has been logged; please try again shortly.");
        }
    }

    private Task<BotReply> DigestAsync(BotCommand command, CommandContext context, CancellationToken cancellationToken) =>
        digests is null
            ? Task.FromResult<BotReply>(MessageReply.Error("Digests are not available yet", "This BriefingBot instance has no digest scheduler configured."))
            : digests.ExecuteAsync(command, context, cancellationToken);

    private static MessageReply Help(HelpCommand help)
    {
        var lines = new List<string>();
        if (help.Problem is not null) lines.Add(help.Problem);
        lines.AddRange(HelpText.Lines);
        return new MessageReply("BriefingBot help", lines, help.Problem is null ? MessageTone.Info : MessageTone.Error);
    }

    private static string? TooLong(BotCommand command)
    {
        IEnumerable<string?> args = command switch
        {
            BriefCommand b => [b.Topic],
            QuotesCommand q => [q.Speaker, q.Topic],
            TimelineCommand t => [t.Topic],
            DigestSubscribeCommand d => d.Topics.Cast<string?>(),
            _ => [],
        };
        return args.Any(a => a is { Length: > MaxArgumentLength })
            ? $"Topics and names are limited to {MaxArgumentLength} characters."
            : null;
    }
}
