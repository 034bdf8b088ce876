using BriefingBot.Core.Analysis;

namespace BriefingBot.Evaluation.Summaries;

/// <summary>
/// A deliberately simple sentence splitter (line breaks, then ". ", "! ", "? " before a capital or a quote).
/// Used only while the pipeline returns no sentences (its splitter is built in parallel), so the summary
/// metric measures the summarizer from day one; once the pipeline has sentences this is never called.
/// </summary>
internal static class FallbackSentenceSplitter
{
    public static IReadOnlyList<TextSpan> Split(string text)
    {
        var spans = new List<TextSpan>();
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '\n')
            {
                Add(text, start, i, spans);
                start = i + 1;
            }
            else if (text[i] is '.' or '!' or '?' && IsBoundary(text, i))
            {
                var end = i + 1;
                while (end < text.Length && text[end] is '"' or '”' or '\'' or '’' or ')') end++;
                Add(text, start, end, spans);
                start = end;
                i = end - 1;
            }
        }
        Add(text, start, text.Length, spans);
        return spans;
    }

    private static readonly string[] Abbreviations = ["Mr", "Mrs", "Ms", "Dr", "St", "Jr", "Sr", "Prof", "Gen", "Gov", "Sen", "Rep"];

    private static bool IsBoundary(string text, int i)
    {
        if (text[i] == '.' && IsAbbreviation(text, i)) return false;
        var next = i + 1;
        while (next < text.Length && text[next] is '"' or '”' or '\'' or '’' or ')') next++;
        if (next >= text.Length || text[next] != ' ') return false;
        while (next < text.Length && text[next] == ' ') next++;
        return next < text.Length && (char.IsUpper(text[next]) || text[next] is '"' or '“');
    }

    /// <summary>"Mr. Smith", "J. Smith": a title or an initial before the period.</summary>
    private static bool IsAbbreviation(string text, int period)
    {
        var start = period;
        while (start > 0 && char.IsLetter(text[start - 1])) start--;
        var word = text.AsSpan(start, period - start);
        if (word.Length == 1 && char.IsUpper(word[0])) return true;
        foreach (var abbreviation in Abbreviations)
        {
            if (word.SequenceEqual(abbreviation)) return true;
        }
        return false;
    }

    private static void Add(string text, int start, int end, List<TextSpan> spans)
    {
        while (start < end && char.IsWhiteSpace(text[start])) start++;
        while (end > start && char.IsWhiteSpace(text[end - 1])) end--;
        if (end > start) spans.Add(new TextSpan(start, end));
    }
}
