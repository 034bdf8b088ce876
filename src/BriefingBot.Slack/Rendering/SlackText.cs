using System.Globalization;
using System.Text;

namespace BriefingBot.Slack.Rendering;

/// <summary>Shortening that never cuts inside a word, an escape sequence or a surrogate pair.</summary>
internal static class SlackText
{
    private const string Ellipsis = "…";

    /// <summary>
    /// The longest word-prefix of <paramref name="raw"/> whose escaped form (plus "…" when shortened) fits
    /// <paramref name="maxLength"/>, escaped. Shortening happens on the raw text, so no entity is ever split.
    /// </summary>
    public static string FitEscaped(string raw, int maxLength, Func<string, string> escape)
    {
        ArgumentNullException.ThrowIfNull(raw);
        ArgumentNullException.ThrowIfNull(escape);
        var text = raw.Trim();
        var whole = escape(text);
        if (whole.Length <= maxLength) return whole;
        var room = maxLength - Ellipsis.Length;
        if (room <= 0) return string.Empty;

        // Escaping is per character, so the escaped prefix grows piece by piece (linear, not quadratic).
        var best = new StringBuilder();
        var index = 0;
        while (index < text.Length)
        {
            var nextSpace = text.IndexOf(' ', index + 1);
            var end = nextSpace < 0 ? text.Length : nextSpace;
            var piece = escape(text[index..end]);
            if (best.Length + piece.Length > room) break;
            best.Append(piece);
            index = end;
        }
        var fitted = best.ToString().TrimEnd();
        if (fitted.Length == 0)
        {
            // One giant "word" (a URL pasted as text, a token): cut it by text elements, never mid-pair.
            fitted = CutByTextElements(text, room, escape);
        }
        return fitted.Length == 0 ? string.Empty : fitted + Ellipsis;
    }

    /// <summary>Plain text (headers): the longest word-prefix within <paramref name="maxLength"/>.</summary>
    public static string FitPlain(string raw, int maxLength) => FitEscaped(raw, maxLength, static s => s);

    private static string CutByTextElements(string text, int room, Func<string, string> escape)
    {
        var best = new StringBuilder();
        var enumerator = StringInfo.GetTextElementEnumerator(text);
        while (enumerator.MoveNext())
        {
            var piece = escape((string)enumerator.Current);
            if (best.Length + piece.Length > room) break;
            best.Append(piece);
        }
        return best.ToString();
    }
}
