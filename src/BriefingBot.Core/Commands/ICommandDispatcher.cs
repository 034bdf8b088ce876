using BriefingBot.Core.Commands.Replies;

namespace BriefingBot.Core.Commands;

/// <summary>Executes a parsed command. Never throws for user errors: they come back as an ephemeral <see cref="MessageReply"/>.</summary>
public interface ICommandDispatcher
{
    Task<BotReply> ExecuteAsync(BotCommand command, CommandContext context, CancellationToken cancellationToken);
}
