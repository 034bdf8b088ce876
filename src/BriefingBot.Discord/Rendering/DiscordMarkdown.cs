using System.Buffers;
using System.Globalization;
using System.Text;

namespace BriefingBot.Discord.Rendering;

/// <summary>
/// Makes untrusted article text safe to show: one line, markdown escaped, mentions defused, and shortened only at
/// word boundaries. Everything here counts UTF-16 units, which is never fewer than the code points Discord counts.
/// </summary>
internal static class DiscordMarkdown
{
    public const string Ellipsis = "…";
    private const char ZeroWidthSpace = '\u200B';
    private const int MaxLinkedUrl = 512;

    /// <summary>Characters that start or end Discord markdown anywhere in a line (and <c>&lt;</c>, which starts mentions).</summary>
    private static readonly SearchValues<char> Special = SearchValues.Create("\\*_~`|[]<>");

    /// <summary>Collapses whitespace to single spaces, escapes markdown and breaks <c>@everyone</c>/<c>@here</c>.</summary>
    public static string Escape(string? text)
    {
        if (string.IsNullOrEmpty(text)) return string.Empty;
        var sb = new StringBuilder(text.Length + 8);
        var pendingSpace = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c) || char.IsControl(c))
            {
                pendingSpace = sb.Length > 0;
                continue;
            }
            if (pendingSpace)
            {
                sb.Append(' ');
                pendingSpace = false;
            }
            if (Special.Contains(c))
            {
                sb.Append('\\').Append(c);
            }
            else if (c == '@' && (Follows(text, i + 1, "everyone") || Follows(text, i + 1, "here")))
            {
                sb.Append('@').Append(ZeroWidthSpace);
            }
            else if (sb.Length == 0 && c is '#' or '-' or '+' or '>')
            {
                // Headings, lists and quotes only start a line; the renderer may put this text first on one.
                sb.Append('\\').Append(c);
            }
            else
            {
                sb.Append(c);
            }
        }
        return sb.ToString();
    }

    /// <summary>Shortens already-escaped text to at most <paramref name="max"/> units, ending at a word boundary with "…".</summary>
    public static string Fit(string text, int max)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentOutOfRangeException.ThrowIfLessThan(max, 1);
        if (text.Length <= max) return text;
        var limit = max - Ellipsis.Length;
        var space = limit > 0 ? text.LastIndexOf(' ', limit) : -1;
        var cut = space > 0 ? space : HardCut(text, limit);
        return text[..cut].TrimEnd() + Ellipsis;
    }

    /// <summary>A word longer than the whole budget must be cut: cut between text elements and never after a lone escape backslash.</summary>
    private static int HardCut(string text, int limit)
    {
        var cut = 0;
        var enumerator = StringInfo.GetTextElementEnumerator(text);
        while (enumerator.MoveNext())
        {
            var end = enumerator.ElementIndex + ((string)enumerator.Current).Length;
            if (end > limit) break;
            cut = end;
        }
        var backslashes = 0;
        for (var i = cut - 1; i >= 0 && text[i] == '\\'; i--) backslashes++;
        return backslashes % 2 == 1 ? cut - 1 : cut;
    }

    /// <summary><c>[[n]](url)</c> for http(s) URLs, else a plain <c>[n]</c>; the number is never split from its brackets.</summary>
    public static string Citation(int number, string? url)
    {
        var n = number.ToString(CultureInfo.InvariantCulture);
        return SafeUrl(url) is { } safe ? $"[[{n}]]({safe})" : $"\\[{n}\\]";
    }

    /// <summary>A masked link <c>[escaped text](url)</c> when the URL is http(s), else the escaped text.</summary>
    public static string Link(string escapedText, string? url) =>
        SafeUrl(url) is { } safe ? $"[{escapedText}]({safe})" : escapedText;

    /// <summary>The URL if it is absolute http(s) and short enough to spend budget on, with characters that end a link encoded.</summary>
    public static string? SafeUrl(string? url)
    {
        if (string.IsNullOrWhiteSpace(url) || url.Length > MaxLinkedUrl) return null;
        if (!Uri.TryCreate(url.Trim(), UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps)) return null;
        var text = uri.AbsoluteUri;
        if (text.Length > MaxLinkedUrl) return null;
        return text.Replace("(", "%28", StringComparison.Ordinal).Replace(")", "%29", StringComparison.Ordinal)
            .Replace(" ", "%20", StringComparison.Ordinal).Replace("<", "%3C", StringComparison.Ordinal).Replace(">", "%3E", StringComparison.Ordinal);
    }

    private static bool Follows(string text, int index, string word) =>
        index + word.Length <= text.Length && string.Compare(text, index, word, 0, word.Length, StringComparison.OrdinalIgnoreCase) == 0;
}
