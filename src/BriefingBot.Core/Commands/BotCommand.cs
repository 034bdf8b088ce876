namespace BriefingBot.Core.Commands;

/// <summary>A platform-neutral command, parsed by an adapter from a slash command, a mention or the CLI.</summary>
public abstract record BotCommand;

public sealed record BriefCommand(string Topic) : BotCommand;

public sealed record QuotesCommand(string Speaker, string? Topic) : BotCommand;

public sealed record TimelineCommand(string Topic) : BotCommand;

public sealed record SourcesCommand : BotCommand;

/// <param name="Problem">Why help is shown (an unknown verb, a missing argument), or null when asked for.</param>
public sealed record HelpCommand(string? Problem = null) : BotCommand;

/// <param name="Time">Local time as typed (HH:mm), or null for the default.</param>
/// <param name="TimeZone">IANA zone as typed, or null for the default.</param>
public sealed record DigestSubscribeCommand(IReadOnlyList<string> Topics, string? Time, string? TimeZone, string? Cadence = null) : BotCommand;

public sealed record DigestListCommand : BotCommand;

public sealed record DigestUnsubscribeCommand(string SubscriptionId) : BotCommand;

/// <param name="SubscriptionId">The subscription to preview, or null for the channel's first.</param>
public sealed record DigestPreviewCommand(string? SubscriptionId) : BotCommand;
