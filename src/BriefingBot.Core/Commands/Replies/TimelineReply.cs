using BriefingBot.Core.Briefings;

namespace BriefingBot.Core.Commands.Replies;

public sealed record TimelineReply(Timeline Timeline, bool Ephemeral = false) : BotReply(Ephemeral);
