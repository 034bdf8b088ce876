using BriefingBot.Core.Commands.Replies;

namespace BriefingBot.Core.Commands;

/// <summary>Handles the /digest family; registered by the digest feature. Without it the dispatcher says digests are unavailable.</summary>
public interface IDigestCommandHandler
{
    Task<BotReply> ExecuteAsync(BotCommand command, CommandContext context, CancellationToken cancellationToken);
}
