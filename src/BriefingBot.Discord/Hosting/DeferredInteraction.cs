using BriefingBot.Core.Commands.Replies;

namespace BriefingBot.Discord.Hosting;

/// <summary>A command answered with "thinking…" (type 5) whose reply is still being computed.</summary>
/// <param name="Reply">The running dispatch; it never faults (failures become error replies).</param>
/// <param name="DeferredEphemeral">Whether the "thinking…" message was ephemeral; edits cannot change that.</param>
internal sealed record DeferredInteraction(string Token, Task<BotReply> Reply, bool DeferredEphemeral, string CommandName);
