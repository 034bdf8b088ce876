using System.Text;
using System.Text.RegularExpressions;
using BriefingBot.Core.Analysis;

namespace BriefingBot.Nlp.Cleaning;

/// <summary>
/// Finds scraped junk around and after an article body (truncation leaders, trailing name lists, bylines,
/// datelines, "Related"/"Read more" blocks, cookie and subscription stubs) by general layout rules.
/// Pure: offsets of the reported spans point into the original text.
/// </summary>
public static partial class BoilerplateCleaner
{
    private const int MaxNameLineLength = 40;

    /// <summary>Detects boilerplate in <paramref name="text"/> from <paramref name="bodyStart"/> on.</summary>
    public static CleanedText Clean(string text, int bodyStart = 0)
    {
        ArgumentNullException.ThrowIfNull(text);
        bodyStart = Math.Clamp(bodyStart, 0, text.Length);
        var lines = Line.Split(text, bodyStart);
        var spans = new List<BoilerplateSpan>();
        var truncated = false;

        StripTail(text, lines, spans, ref truncated);
        StripLines(text, lines, spans);

        spans.Sort((a, b) => a.Start.CompareTo(b.Start));
        return new CleanedText(Blank(text, spans), spans, truncated);
    }

    /// <summary>Removes junk at the end of the real text, repeatedly, because one kind often follows another.</summary>
    private static void StripTail(string text, List<Line> lines, List<BoilerplateSpan> spans, ref bool truncated)
    {
        var end = lines.Count; // lines[end..] are removed already
        while (true)
        {
            while (end > 0 && lines[end - 1].IsBlank(text)) end--;
            if (end == 0) return;
            var before = end;
            end = StripTrailingNames(text, lines, end, spans);
            if (end == before) end = StripTrailingStubs(text, lines, end, spans);
            if (end == before && StripTruncation(text, lines[end - 1], spans))
            {
                // Whatever precedes the cut is the real text: nothing before it is tail junk.
                truncated = true;
                return;
            }
            if (end == before) return;
        }
    }

    /// <summary>Short name-like lines ("Jane Doe") after a gap of blank lines at the end: author boxes, "most read" lists.</summary>
    private static int StripTrailingNames(string text, List<Line> lines, int end, List<BoilerplateSpan> spans)
    {
        var first = end;
        while (first > 0 && IsNameLine(text.AsSpan(lines[first - 1].Start, lines[first - 1].Length))) first--;
        if (first == end) return end;
        var blanks = 0;
        var gapStart = first;
        while (gapStart > 0 && lines[gapStart - 1].IsBlank(text)) { gapStart--; blanks++; }
        // A real paragraph never ends in a list of bare names after a long gap; one blank line is just a paragraph break.
        if (blanks < 2 || gapStart == 0) return end;
        if (end - first < 2 && blanks < 4) return end;
        spans.Add(new BoilerplateSpan(lines[gapStart].Start, lines[end - 1].End, "trailing name list"));
        return gapStart;
    }

    private static int StripTrailingStubs(string text, List<Line> lines, int end, List<BoilerplateSpan> spans)
    {
        var line = lines[end - 1];
        var content = text.AsSpan(line.Start, line.Length);
        if (content.Length > 200) return end;
        var reason = StubReason(content);
        if (reason is null) return end;
        spans.Add(new BoilerplateSpan(line.Start, line.End, reason));
        return end - 1;
    }

    /// <summary>A word followed by a run of 4+ dots (or ellipsis characters) at the end of the real text.</summary>
    private static bool StripTruncation(string text, Line line, List<BoilerplateSpan> spans)
    {
        var content = text.AsSpan(line.Start, line.Length).TrimEnd();
        var m = TruncationLeader().Match(text, line.Start, content.Length);
        if (!m.Success) return false;
        var leaderEnd = m.Index + m.Length;
        var cut = FragmentStart(text, line.Start, m.Index);
        spans.Add(new BoilerplateSpan(cut, leaderEnd, "truncation"));
        return true;
    }

    /// <summary>Where the dangling sentence fragment before a truncation point begins (after the last complete sentence).</summary>
    private static int FragmentStart(string text, int lineStart, int leader)
    {
        for (var i = leader - 1; i > lineStart; i--)
        {
            var c = text[i];
            if (!char.IsWhiteSpace(c)) continue;
            var j = i - 1;
            while (j > lineStart && IsClosingMark(text[j])) j--;
            if (text[j] is '.' or '!' or '?' && !(j > lineStart && char.IsUpper(text[j - 1]) && (j - 1 == lineStart || !char.IsLetter(text[j - 2]))))
                return i + 1;
        }
        return lineStart;
    }

    private static bool IsClosingMark(char c) => c is '"' or '”' or '’' or '\'' or ')' or ']';

    private static void StripLines(string text, List<Line> lines, List<BoilerplateSpan> spans)
    {
        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i];
            if (line.IsBlank(text) || spans.Exists(s => s.Start <= line.Start && line.Start < s.End)) continue;
            var content = text.AsSpan(line.Start, line.Length);
            if (content.Length <= 80 && Byline().IsMatch(content))
            {
                spans.Add(new BoilerplateSpan(line.Start, line.End, "byline"));
                continue;
            }
            var dateline = Dateline().Match(text, line.Start, line.Length);
            if (dateline.Success)
            {
                spans.Add(new BoilerplateSpan(line.Start, line.Start + dateline.Length, "dateline"));
                continue;
            }
            if (content.Length <= 200 && StubReason(content) is { } reason)
            {
                var end = line.End;
                // "Related:" on its own heads a block of link titles: lines without sentence punctuation.
                if (reason == "related links" && content.Trim().Length <= 30)
                {
                    while (i + 1 < lines.Count && !lines[i + 1].IsBlank(text) && LooksLikeLinkTitle(text.AsSpan(lines[i + 1].Start, lines[i + 1].Length)))
                        end = lines[++i].End;
                }
                spans.Add(new BoilerplateSpan(line.Start, end, reason));
            }
        }
    }

    private static bool LooksLikeLinkTitle(ReadOnlySpan<char> line)
    {
        var t = line.Trim();
        return t.Length is > 0 and <= 120 && t[^1] is not ('.' or '"' or '”' or ':');
    }

    private static string? StubReason(ReadOnlySpan<char> line)
    {
        if (RelatedLinks().IsMatch(line)) return "related links";
        if (CookieNotice().IsMatch(line)) return "cookie notice";
        if (SubscribeStub().IsMatch(line)) return "subscription stub";
        return null;
    }

    /// <summary>One to five capitalized words (initials allowed), no sentence punctuation: "Penny S. Tee".</summary>
    private static bool IsNameLine(ReadOnlySpan<char> line)
    {
        var t = line.Trim();
        if (t.Length is 0 or > MaxNameLineLength) return false;
        return NameLine().IsMatch(t);
    }

    private static string Blank(string text, List<BoilerplateSpan> spans)
    {
        if (spans.Count == 0) return text;
        var sb = new StringBuilder(text);
        foreach (var s in spans)
        {
            for (var i = s.Start; i < s.End; i++)
                if (sb[i] is not '\n' and not '\r') sb[i] = ' ';
        }
        return sb.ToString();
    }

    [GeneratedRegex(@"(?<=\p{L})(?:[.…]\s?){4,}\s*$|(?<=\p{L})(?:\.\.\.|…)\s*$")]
    private static partial Regex TruncationLeader();

    [GeneratedRegex(@"^\p{Lu}[\p{L}'’-]*\.?(?: (?:\p{Lu}[\p{L}'’-]*\.?|\p{Lu}\.|de|da|van|von|der|del|la|le|bin|al)){1,4}$")]
    private static partial Regex NameLine();

    [GeneratedRegex(@"^\s*(?:By|BY|Written by|Story by)\s+\p{Lu}[\p{L}.'’-]*(?:\s+(?:\p{Lu}[\p{L}.'’-]*|and|&|de|van|von|der))*\s*(?:[,|–—-]\s*[\p{L} .,'’&-]{0,40})?\s*$")]
    private static partial Regex Byline();

    /// <summary>"WASHINGTON (Reuters) -", "OTTAWA —", "LONDON, England (CNN) --": an all-caps place, optional agency, then a dash.</summary>
    [GeneratedRegex(@"\G\s*\p{Lu}[\p{Lu}.'’]+(?:[ -]\p{Lu}[\p{Lu}.'’]+){0,3}(?:,\s*[\p{L}. ]{2,25})?\s*(?:\([\p{L} ]{2,30}\))?\s*(?:--|[—–-])\s*(?=\S)")]
    private static partial Regex Dateline();

    [GeneratedRegex(@"^\s*(?:related(?: stories| articles| coverage| content| links| reading)?\s*:|read more\b|read also\b|also read\b|see also\s*:|recommended(?: for you| reading)?\s*:|more on this\b|most read\b|trending now\b)", RegexOptions.IgnoreCase)]
    private static partial Regex RelatedLinks();

    [GeneratedRegex(@"\b(?:we use cookies|this (?:site|website) uses cookies|accept (?:all )?cookies|cookie (?:policy|settings|preferences))\b", RegexOptions.IgnoreCase)]
    private static partial Regex CookieNotice();

    [GeneratedRegex(@"^\s*(?:subscribe\b|sign up for\b|already a subscriber\b|log ?in to (?:continue|read)\b|support (?:our|independent) journalism\b|advertisement\s*$|article continued below\s*$|get (?:our|the) (?:daily |free )?newsletter\b|click here (?:to|for)\b)", RegexOptions.IgnoreCase)]
    private static partial Regex SubscribeStub();
}
