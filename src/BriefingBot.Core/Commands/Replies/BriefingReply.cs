using BriefingBot.Core.Briefings;

namespace BriefingBot.Core.Commands.Replies;

public sealed record BriefingReply(Briefing Briefing, bool Ephemeral = false) : BotReply(Ephemeral);
