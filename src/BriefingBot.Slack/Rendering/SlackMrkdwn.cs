using System.Text;

namespace BriefingBot.Slack.Rendering;

/// <summary>
/// mrkdwn building blocks. Everything that is not ours (article text, titles, speakers, typed topics) goes
/// through <see cref="Escape"/> or <see cref="EscapeArticle"/>, so <c>&lt;!channel&gt;</c> in an article pings nobody.
/// </summary>
internal static class SlackMrkdwn
{
    /// <summary>Zero-width space: placed before a formatting character it keeps the text verbatim on screen but stops Slack pairing it with another.</summary>
    private const char Breaker = '\u200B';

    private const int MaxUrlLength = 1000;

    /// <summary>Slack's three control characters; enough for our own texts (help keeps its `code` spans).</summary>
    public static string Escape(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var sb = new StringBuilder(text.Length + 16);
        foreach (var c in text) AppendEscaped(sb, c);
        return sb.ToString();
    }

    /// <summary>Control characters escaped and formatting characters (* _ ~ `) defused, for text taken from articles.</summary>
    public static string EscapeArticle(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var sb = new StringBuilder(text.Length + 16);
        foreach (var c in text)
        {
            if (c is '*' or '_' or '~' or '`') sb.Append(Breaker);
            AppendEscaped(sb, c);
        }
        return sb.ToString();
    }

    /// <summary>Bold text whose content cannot end the bold early.</summary>
    public static string Bold(string text) => "*" + EscapeArticle(text.Replace('*', ' ').Trim()) + "*";

    /// <summary>A link <c>&lt;url|label&gt;</c> for http(s) URLs; null for anything else (javascript:, relative, malformed).</summary>
    /// <param name="label">Already-escaped mrkdwn.</param>
    public static string? Link(string? url, string label)
    {
        if (!TryCleanUrl(url, out var clean)) return null;
        return $"<{clean}|{label}>";
    }

    /// <summary>A numbered citation: <c>&lt;url|[n]&gt;</c>, or plain <c>[n]</c> when the source has no usable URL.</summary>
    public static string Citation(string? url, int number)
    {
        var label = $"[{number}]";
        return Link(url, label) ?? label;
    }

    private static bool TryCleanUrl(string? url, out string clean)
    {
        clean = string.Empty;
        if (string.IsNullOrWhiteSpace(url)) return false;
        if (!Uri.TryCreate(url.Trim(), UriKind.Absolute, out var uri)) return false;
        if (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps) return false;
        // AbsoluteUri percent-encodes spaces and most specials; '|' and the control characters must not survive
        // either or they would end the link early and let the rest of the URL render as text.
        var sb = new StringBuilder(uri.AbsoluteUri.Length);
        foreach (var c in uri.AbsoluteUri)
        {
            switch (c)
            {
                case '|': sb.Append("%7C"); break;
                case '<': sb.Append("%3C"); break;
                case '>': sb.Append("%3E"); break;
                case '&': sb.Append("&amp;"); break;
                default:
                    if (!char.IsWhiteSpace(c) && !char.IsControl(c)) sb.Append(c);
                    break;
            }
        }
        clean = sb.ToString();
        // A link longer than this would crowd out the message (and tracking junk is all it adds).
        return clean.Length <= MaxUrlLength;
    }

    private static void AppendEscaped(StringBuilder sb, char c)
    {
        switch (c)
        {
            case '&': sb.Append("&amp;"); break;
            case '<': sb.Append("&lt;"); break;
            case '>': sb.Append("&gt;"); break;
            default: sb.Append(c); break;
        }
    }
}
