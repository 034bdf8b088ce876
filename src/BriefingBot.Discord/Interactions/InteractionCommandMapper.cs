using BriefingBot.Core.Commands;

namespace BriefingBot.Discord.Interactions;

/// <summary>Turns a slash command's typed options into a Core <see cref="BotCommand"/>.</summary>
internal static class InteractionCommandMapper
{
    public static BotCommand ToCommand(string name, IReadOnlyList<InteractionOption> options) => name switch
    {
        "brief" => Value(options, "topic") is { } topic ? new BriefCommand(topic) : new HelpCommand("`/brief` needs a topic, e.g. `/brief colombia`."),
        "quotes" => Value(options, "speaker") is { } speaker ? new QuotesCommand(speaker, Value(options, "topic")) : new HelpCommand("`/quotes` needs a speaker, e.g. `/quotes petro`."),
        "timeline" => Value(options, "topic") is { } topic ? new TimelineCommand(topic) : new HelpCommand("`/timeline` needs a topic, e.g. `/timeline farc`."),
        "sources" => new SourcesCommand(),
        "help" => new HelpCommand(),
        "digest" => Digest(options),
        _ => new HelpCommand($"Unknown command `/{Shorten(name)}`."),
    };

    /// <summary>Whether a deferred answer should be private. Ephemerality is fixed when deferring, so decide from the command.</summary>
    public static bool DeferEphemeral(BotCommand command) => command is not (BriefCommand or QuotesCommand or TimelineCommand);

    private static BotCommand Digest(IReadOnlyList<InteractionOption> options)
    {
        var sub = options.FirstOrDefault(o => o.Type == 1);
        var args = sub?.Options ?? [];
        switch (sub?.Name)
        {
            case "subscribe":
                var topics = (Value(args, "topics") ?? string.Empty)
                    .Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
                return topics.Length == 0
                    ? new HelpCommand("`/digest subscribe` needs topics, e.g. `colombia, farc`.")
                    : new DigestSubscribeCommand(topics, Value(args, "time"), Value(args, "timezone"), Value(args, "cadence"));
            case "list":
                return new DigestListCommand();
            case "unsubscribe":
                return Value(args, "id") is { } id ? new DigestUnsubscribeCommand(id) : new HelpCommand("`/digest unsubscribe` needs the id shown by `/digest list`.");
            case "preview":
                return new DigestPreviewCommand(Value(args, "id"));
            default:
                return new HelpCommand("Use `/digest subscribe`, `/digest list`, `/digest unsubscribe` or `/digest preview`.");
        }
    }

    private static string? Value(IReadOnlyList<InteractionOption> options, string name) =>
        options.FirstOrDefault(o => o.Name == name)?.Value?.Trim() is { Length: > 0 } v ? v : null;

    private static string Shorten(string s) => s.Length <= 32 ? s : s[..32] + "…";
}
