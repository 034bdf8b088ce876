namespace BriefingBot.Nlp.Quotes;

/// <summary>
/// Pairs quotation marks (curly, straight, guillemets) paragraph by paragraph. A quote left open at the end of a
/// paragraph stops there; when the next paragraph opens with a quotation mark, that quote continues the open one.
/// </summary>
internal static class QuoteMarkScanner
{
    public static List<MarkedSpan> Scan(string text, int from)
    {
        var spans = new List<MarkedSpan>();
        var open = -1;
        var openChar = '\0';
        var pendingContinuation = false; // the previous paragraph ended inside a quote
        var paragraphStart = true;
        for (var i = from; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '\n')
            {
                if (open >= 0)
                {
                    Add(spans, text, open, -1, i, pendingContinuation);
                    open = -1;
                    pendingContinuation = true;
                }
                paragraphStart = true;
                continue;
            }
            if (paragraphStart && !char.IsWhiteSpace(c))
            {
                paragraphStart = false;
                if (!IsOpening(text, i, c)) pendingContinuation = false;
            }
            if (open < 0)
            {
                if (IsOpening(text, i, c))
                {
                    open = i;
                    openChar = c;
                }
                continue;
            }
            var doubled = IsDoubledSingleClose(text, i, openChar);
            if (doubled || IsClosing(text, i, c, openChar))
            {
                // the closing mark of a doubled apostrophe pair is its second half
                Add(spans, text, open, doubled ? i + 1 : i, i, pendingContinuation);
                if (doubled) i++;
                pendingContinuation = false;
                open = -1;
            }
            else if (c == '“' && openChar == '“')
            {
                // A new opening mark before any close: the previous quote lost its closing mark.
                Add(spans, text, open, -1, i, pendingContinuation);
                pendingContinuation = false;
                open = i;
            }
        }
        if (open >= 0) Add(spans, text, open, -1, text.Length, pendingContinuation);
        return spans;
    }

    private static bool IsOpening(string text, int i, char c) => c switch
    {
        '“' or '«' or '„' => true,
        '"' => (i == 0 || !char.IsLetterOrDigit(text[i - 1]) && text[i - 1] is not ('.' or ',' or '!' or '?'))
               && i + 1 < text.Length && !char.IsWhiteSpace(text[i + 1]),
        _ => false,
    };

    private static bool IsClosing(string text, int i, char c, char openChar) => (openChar, c) switch
    {
        ('“', '”') or ('„', '“') or ('„', '”') or ('«', '»') => true,
        ('"', '"') => i > 0 && !char.IsWhiteSpace(text[i - 1]),
        ('“', '"') => i > 0 && !char.IsWhiteSpace(text[i - 1]), // mixed marks from sloppy editing
        _ => false,
    };

    /// <summary>Two apostrophes typed for a closing double mark ("…,’’ says X" / "…,'' says X").</summary>
    private static bool IsDoubledSingleClose(string text, int i, char openChar) =>
        openChar is '“' or '"' && text[i] is '’' or '\'' && i + 1 < text.Length && text[i + 1] == text[i]
        && i > 0 && !char.IsWhiteSpace(text[i - 1]) && (i + 2 >= text.Length || !char.IsLetterOrDigit(text[i + 2]));

    private static void Add(List<MarkedSpan> spans, string text, int open, int close, int end, bool continues)
    {
        var start = open + 1;
        while (start < end && char.IsWhiteSpace(text[start])) start++;
        while (end > start && char.IsWhiteSpace(text[end - 1])) end--;
        if (end > start) spans.Add(new MarkedSpan(open, close, start, end, continues));
    }
}
