using System.Collections.Frozen;
using BriefingBot.Core.Analysis;

namespace BriefingBot.Nlp.Sentences;

/// <summary>
/// Rule-based sentence boundaries: survives titles and month abbreviations, initials, dotted acronyms, decimals
/// and inner ellipses; a sentence ending inside a closing quotation mark ends after the mark; paragraph breaks
/// always end a sentence. Spans exclude surrounding whitespace.
/// </summary>
public static class SentenceSplitter
{
    /// <summary>Abbreviations after which a period never ends a sentence (a name or a number follows).</summary>
    private static readonly FrozenSet<string> NeverFinal = FrozenSet.Create(StringComparer.Ordinal,
        "Mr", "Mrs", "Ms", "Mx", "Dr", "Prof", "Sen", "Rep", "Gov", "Gen", "Lt", "Col", "Sgt", "Capt", "Cmdr", "Adm",
        "Maj", "Cpl", "Pvt", "Gens", "Sens", "Reps", "Rev", "Hon", "Pres", "Supt", "Insp", "Det", "Const", "Cpt", "St", "Ste", "Mt", "Ft",
        "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec",
        "No", "Nos", "Vol", "vs", "v", "approx", "Fig", "ca", "cf", "e.g", "i.e", "Messrs", "Mme", "Mlle", "Jr", "Sr");

    /// <summary>Words that start sentences: after an acronym ("the U.S. The next day") they mark a boundary.</summary>
    private static readonly FrozenSet<string> SentenceStarters = FrozenSet.Create(StringComparer.Ordinal,
        "The", "A", "An", "He", "She", "It", "They", "We", "I", "You", "This", "That", "These", "Those", "There", "In", "On",
        "At", "But", "And", "Or", "So", "Yet", "If", "When", "While", "After", "Before", "Since", "As", "His", "Her", "Its",
        "Their", "Our", "My", "Meanwhile", "However", "Still", "Now", "Then", "Some", "Many", "Most", "Last", "Next", "For");

    /// <summary>Sentence spans of <paramref name="text"/> from <paramref name="start"/> on.</summary>
    public static IReadOnlyList<TextSpan> Split(string text, int start = 0)
    {
        ArgumentNullException.ThrowIfNull(text);
        var sentences = new List<TextSpan>();
        var begin = -1;
        for (var i = Math.Clamp(start, 0, text.Length); i < text.Length; i++)
        {
            var c = text[i];
            if (c == '\n')
            {
                if (begin >= 0 && IsParagraphBreak(text, i)) { Add(sentences, text, begin, i); begin = -1; }
                continue;
            }
            if (begin < 0)
            {
                if (!char.IsWhiteSpace(c)) begin = i;
                else continue;
            }
            if (c is not ('.' or '!' or '?' or '…')) continue;
            var end = EndOfTerminator(text, i);
            if (!IsBoundary(text, begin, i, end)) { i = end - 1; continue; }
            Add(sentences, text, begin, end);
            begin = -1;
            i = end - 1;
        }
        if (begin >= 0) Add(sentences, text, begin, text.Length);
        return sentences;
    }

    /// <summary>Index of the sentence containing <paramref name="offset"/> (or the nearest before it), -1 when none.</summary>
    public static int IndexOf(IReadOnlyList<TextSpan> sentences, int offset)
    {
        ArgumentNullException.ThrowIfNull(sentences);
        int lo = 0, hi = sentences.Count - 1, found = -1;
        while (lo <= hi)
        {
            var mid = (lo + hi) / 2;
            if (sentences[mid].Start <= offset) { found = mid; lo = mid + 1; }
            else hi = mid - 1;
        }
        return found;
    }

    /// <summary>A line break ends a paragraph unless it merely wraps a long line in mid-sentence.</summary>
    private static bool IsParagraphBreak(string text, int newline)
    {
        var next = newline + 1;
        while (next < text.Length && text[next] is ' ' or '\t' or '\r') next++;
        if (next >= text.Length || text[next] == '\n') return true;
        var prev = newline - 1;
        while (prev >= 0 && text[prev] is ' ' or '\t' or '\r') prev--;
        if (prev < 0) return true;
        var lineStart = text.LastIndexOf('\n', prev) + 1;
        var wrapped = prev - lineStart > 60 && char.IsLower(text[next]) && char.IsLetter(text[prev]);
        return !wrapped;
    }

    /// <summary>The end (exclusive) of a terminator run: repeated marks, then closing quotes and brackets.</summary>
    private static int EndOfTerminator(string text, int i)
    {
        var j = i + 1;
        while (j < text.Length && (text[j] is '.' or '!' or '?' or '…' || (text[j] == ' ' && j + 1 < text.Length && text[j + 1] == '.' && text[j - 1] == '.'))) j++;
        while (j < text.Length && text[j] is '"' or '”' or '’' or '\'' or ')' or ']' or '»') j++;
        return j;
    }

    private static bool IsBoundary(string text, int begin, int mark, int end)
    {
        if (end >= text.Length) return true;
        if (!char.IsWhiteSpace(text[end])) return false; // 3.5, U.S.-led, example.com
        var next = end;
        while (next < text.Length && text[next] is ' ' or '\t' or '\r') next++;
        if (next >= text.Length || text[next] == '\n') return true;
        var n = text[next];
        var startsSentence = char.IsUpper(n) || char.IsDigit(n) || n is '"' or '“' or '‘' or '\'' or '(' or '[' or '¿' or '¡';
        if (!startsSentence) return false;
        if (text[mark] != '.' || end - mark > 1 && text[end - 1] == '.') return true; // "!", "?", "…", "..."
        if (end - mark > 1) return true; // period inside a closing quote
        var word = WordBefore(text, begin, mark);
        if (word.Length == 0) return true;
        if (NeverFinal.Contains(word.ToString())) return false;
        var isInitial = word.Length == 1 && char.IsUpper(word[0]);
        var isAcronym = word.Length >= 3 && word.Contains('.') && char.IsUpper(word[0]);
        if (isInitial || isAcronym)
        {
            var nextWord = WordAt(text, next);
            return SentenceStarters.Contains(nextWord.ToString());
        }
        return true;
    }

    private static ReadOnlySpan<char> WordBefore(string text, int begin, int mark)
    {
        var s = mark;
        while (s > begin && (char.IsLetter(text[s - 1]) || (text[s - 1] == '.' && s - 2 >= begin && char.IsLetter(text[s - 2])))) s--;
        return text.AsSpan(s, mark - s);
    }

    private static ReadOnlySpan<char> WordAt(string text, int start)
    {
        var e = start;
        while (e < text.Length && char.IsLetter(text[e])) e++;
        return text.AsSpan(start, e - start);
    }

    private static void Add(List<TextSpan> sentences, string text, int begin, int end)
    {
        while (end > begin && char.IsWhiteSpace(text[end - 1])) end--;
        while (begin < end && char.IsWhiteSpace(text[begin])) begin++;
        if (end > begin) sentences.Add(new TextSpan(begin, end));
    }
}
