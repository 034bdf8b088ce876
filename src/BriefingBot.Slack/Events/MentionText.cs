using System.Text.RegularExpressions;

namespace BriefingBot.Slack.Events;

/// <summary>Turns "&lt;@UBOT&gt; brief colombia" into "brief colombia".</summary>
internal static partial class MentionText
{
    public static string StripMentions(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var withoutMentions = UserMention().Replace(text, " ");
        // Slack sends & < > escaped inside event text; the command parser wants what the user typed.
        var unescaped = withoutMentions.Replace("&lt;", "<", StringComparison.Ordinal)
            .Replace("&gt;", ">", StringComparison.Ordinal)
            .Replace("&amp;", "&", StringComparison.Ordinal);
        return Spaces().Replace(unescaped, " ").Trim();
    }

    [GeneratedRegex(@"<@[UW][A-Z0-9]+(?:\|[^>]*)?>")]
    private static partial Regex UserMention();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}
