using BriefingBot.Core.Briefings;

namespace BriefingBot.Core.Commands.Replies;

public sealed record QuotesReply(QuoteList Quotes, bool Ephemeral = false) : BotReply(Ephemeral);
