using BriefingBot.Core.Index;

namespace BriefingBot.Core.Commands.Replies;

public sealed record SourcesReply(IndexStatistics Statistics, bool Ephemeral = true) : BotReply(Ephemeral);
