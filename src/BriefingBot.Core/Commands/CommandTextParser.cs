using System.Text.RegularExpressions;

namespace BriefingBot.Core.Commands;

/// <summary>
/// Parses the free text of a Slack slash command, an app mention or a chat line ("brief colombia",
/// "quotes petro about colombia", "digest subscribe colombia, farc 07:30 America/Bogota weekdays").
/// Discord sends typed options and does not need this.
/// </summary>
public static partial class CommandTextParser
{
    public const string HelpHint = "Try `brief <topic>`, `quotes <speaker> [about <topic>]`, `timeline <topic>`, `sources` or `digest subscribe <topics> [HH:mm] [Area/City]`.";

    /// <summary>Parses "verb rest…".</summary>
    public static BotCommand Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var trimmed = text.Trim();
        if (trimmed.Length == 0) return new HelpCommand();
        var space = trimmed.IndexOfAny([' ', '\t', '\n']);
        var verb = (space < 0 ? trimmed : trimmed[..space]).TrimStart('/').ToLowerInvariant();
        var rest = space < 0 ? string.Empty : trimmed[(space + 1)..].Trim();
        return Parse(verb, rest);
    }

    /// <summary>Parses the arguments of a known verb (a Slack command's name without the slash, and its text).</summary>
    public static BotCommand Parse(string verb, string arguments)
    {
        ArgumentNullException.ThrowIfNull(verb);
        var rest = (arguments ?? string.Empty).Trim();
        return verb.TrimStart('/').ToLowerInvariant() switch
        {
            "brief" or "briefing" => rest.Length == 0 ? new HelpCommand("`brief` needs a topic, e.g. `brief colombia`.") : new BriefCommand(rest),
            "timeline" => rest.Length == 0 ? new HelpCommand("`timeline` needs a topic, e.g. `timeline farc`.") : new TimelineCommand(rest),
            "quotes" or "quote" => ParseQuotes(rest),
            "sources" => new SourcesCommand(),
            "help" or "" => new HelpCommand(),
            "digest" => ParseDigest(rest),
            var other => new HelpCommand($"Unknown command `{Shorten(other)}`."),
        };
    }

    private static BotCommand ParseQuotes(string rest)
    {
        if (rest.Length == 0) return new HelpCommand("`quotes` needs a speaker, e.g. `quotes petro`.");
        var quoted = QuotedSpeaker().Match(rest);
        if (quoted.Success)
        {
            var topic = rest[quoted.Length..].Trim();
            topic = AboutPrefix().Replace(topic, string.Empty).Trim();
            return new QuotesCommand(quoted.Groups["name"].Value.Trim(), topic.Length == 0 ? null : topic);
        }
        var split = SpeakerTopicSeparator().Match(rest);
        if (split.Success && split.Index > 0)
        {
            var topic = rest[(split.Index + split.Length)..].Trim();
            return new QuotesCommand(rest[..split.Index].Trim(), topic.Length == 0 ? null : topic);
        }
        return new QuotesCommand(rest, null);
    }

    private static BotCommand ParseDigest(string rest)
    {
        var space = rest.IndexOf(' ', StringComparison.Ordinal);
        var sub = (space < 0 ? rest : rest[..space]).ToLowerInvariant();
        var args = space < 0 ? string.Empty : rest[(space + 1)..].Trim();
        switch (sub)
        {
            case "list" or "":
                return new DigestListCommand();
            case "unsubscribe" or "remove" or "delete":
                return args.Length == 0 ? new HelpCommand("`digest unsubscribe` needs the id shown by `digest list`.") : new DigestUnsubscribeCommand(args);
            case "preview":
                return new DigestPreviewCommand(args.Length == 0 ? null : args);
            case "subscribe" or "add":
                return ParseSubscribe(args);
            default:
                return new HelpCommand($"Unknown digest action `{Shorten(sub)}`: use subscribe, list, unsubscribe or preview.");
        }
    }

    private static BotCommand ParseSubscribe(string args)
    {
        string? time = null, zone = null, cadence = null;
        var topicWords = new List<string>();
        foreach (var word in args.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (time is null && TimeOfDay().IsMatch(word)) time = word;
            else if (zone is null && (word.Contains('/', StringComparison.Ordinal) || word.Equals("UTC", StringComparison.OrdinalIgnoreCase))) zone = word;
            else if (cadence is null && (word.Equals("daily", StringComparison.OrdinalIgnoreCase) || word.Equals("weekdays", StringComparison.OrdinalIgnoreCase))) cadence = word.ToLowerInvariant();
            else if (!word.Equals("at", StringComparison.OrdinalIgnoreCase)) topicWords.Add(word);
        }
        var topics = string.Join(' ', topicWords)
            .Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .ToList();
        return topics.Count == 0
            ? new HelpCommand("`digest subscribe` needs topics, e.g. `digest subscribe colombia, farc 08:00 America/Bogota`.")
            : new DigestSubscribeCommand(topics, time, zone, cadence);
    }

    private static string Shorten(string s) => s.Length <= 32 ? s : s[..32] + "…";

    [GeneratedRegex("""^["“](?<name>[^"”]+)["”]""")]
    private static partial Regex QuotedSpeaker();

    [GeneratedRegex(@"\s+(?:about|on)\s+|\s*[|:]\s*", RegexOptions.IgnoreCase)]
    private static partial Regex SpeakerTopicSeparator();

    [GeneratedRegex(@"^(?:about|on)\s+", RegexOptions.IgnoreCase)]
    private static partial Regex AboutPrefix();

    [GeneratedRegex(@"^\d{1,2}:\d{2}$")]
    private static partial Regex TimeOfDay();
}
