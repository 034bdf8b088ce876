using System.Globalization;

namespace BriefingBot.Discord.Registration;

/// <summary>
/// BriefingBot's slash commands, defined in code so names, parser and definitions cannot drift apart.
/// Required options come first (Discord rejects the other order).
/// </summary>
public static class DiscordCommandDefinitions
{
    /// <summary>MANAGE_CHANNELS (1 &lt;&lt; 4): only members who may manage a channel see /digest.</summary>
    public static readonly string ManageChannels = (1 << 4).ToString(CultureInfo.InvariantCulture);

    /// <summary>Longest topic or speaker accepted; matches the dispatcher's limit.</summary>
    private const int MaxArgument = 200;

    public static IReadOnlyList<DiscordApplicationCommand> All { get; } =
    [
        new("brief", "What is going on: cited summary, key quotes and dates", [Topic("What to brief on, e.g. colombia", required: true)]),
        new("quotes", "What a person said, verbatim, newest first",
        [
            new(DiscordOptionType.String, "speaker", "Who said it, e.g. petro", Required: true, Autocomplete: true, MaxLength: MaxArgument),
            Topic("Only quotes from articles about this", required: false),
        ]),
        new("timeline", "Dated events for a topic, oldest first", [Topic("What the timeline is about", required: true)]),
        new("sources", "What the article index holds"),
        new("help", "How to use BriefingBot"),
        new("digest", "Daily digests in this channel", [
            new(DiscordOptionType.SubCommand, "subscribe", "Post a digest of these topics every day", Options:
            [
                new(DiscordOptionType.String, "topics", "Comma-separated topics, e.g. colombia, farc", Required: true, Autocomplete: true, MaxLength: 500),
                new(DiscordOptionType.String, "time", "Local time HH:mm, e.g. 08:00", MaxLength: 5),
                new(DiscordOptionType.String, "timezone", "IANA time zone, e.g. America/Bogota", MaxLength: 64),
                new(DiscordOptionType.String, "cadence", "How often", Choices: [new("daily", "daily"), new("weekdays", "weekdays")]),
            ]),
            new(DiscordOptionType.SubCommand, "list", "This channel's digests"),
            new(DiscordOptionType.SubCommand, "unsubscribe", "Stop a digest", Options:
            [
                new(DiscordOptionType.String, "id", "The id shown by /digest list", Required: true, MaxLength: 64),
            ]),
            new(DiscordOptionType.SubCommand, "preview", "Show what the next digest would say now", Options:
            [
                new(DiscordOptionType.String, "id", "The id shown by /digest list (default: the first)", MaxLength: 64),
            ]),
        ], DefaultMemberPermissions: ManageChannels, Contexts: [0]),
    ];

    private static DiscordCommandOption Topic(string description, bool required) =>
        new(DiscordOptionType.String, "topic", description, Required: required ? true : null, Autocomplete: true, MaxLength: MaxArgument);
}
