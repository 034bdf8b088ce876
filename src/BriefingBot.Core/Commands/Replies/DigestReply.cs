using BriefingBot.Core.Digests;

namespace BriefingBot.Core.Commands.Replies;

/// <summary>A composed digest shown as an answer (<c>digest preview</c>); adapters render it like the posted digest.</summary>
public sealed record DigestReply(Digest Digest, bool Ephemeral = false) : BotReply(Ephemeral);
