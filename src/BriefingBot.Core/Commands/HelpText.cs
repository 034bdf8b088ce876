namespace BriefingBot.Core.Commands;

/// <summary>The help every platform shows; one text so the platforms never disagree.</summary>
public static class HelpText
{
    public static IReadOnlyList<string> Lines { get; } =
    [
        "`brief <topic>`: what is going on, with a citation on every sentence, key quotes and dates.",
        "`quotes <speaker> [about <topic>]`: what a person said, verbatim, newest first.",
        "`timeline <topic>`: dated events, oldest first, each date with its precision.",
        "`sources`: what the index holds.",
        "`digest subscribe <topics> [HH:mm] [Area/City] [daily|weekdays]`, `digest list`, `digest unsubscribe <id>`, `digest preview [id]`: a daily digest in this channel.",
    ];
}
