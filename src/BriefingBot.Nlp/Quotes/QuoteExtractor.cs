using BriefingBot.Core.Analysis;
using BriefingBot.Nlp.Entities;
using BriefingBot.Nlp.Sentences;

namespace BriefingBot.Nlp.Quotes;

/// <summary>
/// Direct, partial and indirect quotes with their speakers. Marked quotes are attributed from the clause after
/// them (", he said"), the clause before them ("He added, "), the sentence subject before a colon, the quote they
/// continue, or, last, the previous speaker. Indirect speech comes from cue verbs ("X said that …",
/// "…, X said.", "according to X").
/// </summary>
internal static class QuoteExtractor
{
    private const int MaxScareQuoteWords = 3;

    public static IReadOnlyList<Quote> Extract(string text, int bodyStart, IReadOnlyList<TextSpan> sentences, EntityAnalysis entities)
    {
        var marked = QuoteMarkScanner.Scan(text, bodyStart);
        var finder = new SpeakerFinder(text, sentences, entities, marked);
        var quotes = new List<Quote>();
        Speaker? previous = null;
        var previousEnd = -1;
        foreach (var span in marked)
        {
            var attribution = AttributeAfter(text, span, finder) ?? AttributeBefore(text, span, sentences, finder);
            if (attribution is { Entity: >= 0 } && previous is { Entity: >= 0 } && SpeakerFinder.IsPronoun(attribution.Surface)
                && attribution.Entity != previous.Entity && finder.PreviousSpeakerStillCurrent(previous, previousEnd, span.Open, attribution.Surface))
                attribution = previous with { Surface = attribution.Surface, Cue = attribution.Cue, Confidence = 0.75 };
            var words = WordCount(text.AsSpan(span.Start, span.End - span.Start));
            var direct = IsSentenceStart(text, span.Open) && StartsUpper(text, span.Start);
            if (attribution is null && (words <= MaxScareQuoteWords || LooksLikeTitle(text, span) || !direct && words < 8)) continue;
            if (words <= 1 && attribution is null) continue;
            if (attribution is null)
            {
                if (span.ContinuesPrevious && previous is not null) attribution = previous with { Confidence = 0.8 };
                else if (previous is not null && Continues(text, previousEnd, span.Open, previous, finder)) attribution = previous with { Confidence = 0.6 };
                else if (direct) attribution = Fallback(text, span, previous, finder);
            }
            quotes.Add(new Quote(text[span.Start..span.End], span.Start, span.End, direct ? QuoteKind.Direct : QuoteKind.Partial,
                attribution?.Name, attribution?.Surface, attribution?.Cue, attribution?.Confidence ?? 0.1,
                SentenceSplitter.IndexOf(sentences, span.Start)));
            if (attribution?.Name is not null) previous = attribution;
            previousEnd = span.After;
        }
        var indirect = IndirectQuoteFinder.Find(text, sentences, finder, marked);
        // A marked fragment inside reported speech belongs to that indirect quote.
        quotes.RemoveAll(q => indirect.Exists(i => i.Start <= q.Start && q.End <= i.End) || (q.Kind == QuoteKind.Partial && indirect.Exists(i => i.Start < q.End && q.Start < i.End)));
        quotes.AddRange(indirect.Where(i => !quotes.Exists(q => q.Start < i.End && i.Start < q.End)));
        quotes.Sort((a, b) => a.Start.CompareTo(b.Start));
        return quotes;
    }

    /// <summary>", he said", " Trump told reporters", ", said Trump": the clause right after the closing mark.</summary>
    private static Speaker? AttributeAfter(string text, MarkedSpan span, SpeakerFinder finder)
    {
        if (span.Close < 0) return null;
        var last = LastNonSpace(text, span.Start, span.End);
        // '.' inside the marks closes the sentence: what follows is a new sentence, not an attribution
        if (last == '.') return null;
        var limit = ClauseEnd(text, span.Close + 1);
        var words = WordsOf(text, span.Close + 1, limit);
        var gap = text.AsSpan(span.Close + 1, (words.Count > 0 ? words[0].Start : limit) - span.Close - 1).Trim();
        if (gap.Length > 0 && gap is not ("," or "—" or "–" or "-" or "--")) return null;
        for (var i = 0; i < words.Count && i < 9; i++)
        {
            var (ws, we) = words[i];
            var w = text.AsSpan(ws, we - ws);
            if (!CueVerbs.IsCue(w) && w is not "read") continue;
            var cue = w.ToString();
            return finder.Before(ws, cue, span.Close + 1) ?? finder.After(we, cue, limit);
        }
        return null;
    }

    /// <summary>"He added, “…", "Trump said: “…", "… singling out Petro: “…" (the sentence subject speaks).</summary>
    private static Speaker? AttributeBefore(string text, MarkedSpan span, IReadOnlyList<TextSpan> sentences, SpeakerFinder finder)
    {
        var s = SentenceSplitter.IndexOf(sentences, span.Open);
        var from = s >= 0 ? Math.Min(sentences[s].Start, span.Open) : 0;
        var lineStart = text.LastIndexOf('\n', Math.Max(0, span.Open - 1)) + 1;
        from = Math.Max(from, lineStart);
        if (span.Open > 0 && span.Open - 1 >= from)
        {
            // stop at the previous closing mark in the same sentence ("“A,” he said, “B.”")
            var prevClose = text.LastIndexOfAny(['”', '"'], span.Open - 1, span.Open - from);
            if (prevClose >= from) from = prevClose + 1;
        }
        var before = text.AsSpan(from, span.Open - from).TrimEnd();
        if (before.Length == 0) return null;
        var endsIntro = before[^1] is ',' or ':' or '—' or '–';
        var words = WordsOf(text, from, from + before.Length);
        for (var i = words.Count - 1; i >= 0 && i >= words.Count - 14; i--)
        {
            var (ws, we) = words[i];
            var w = text.AsSpan(ws, we - ws);
            if (!CueVerbs.IsCue(w)) continue;
            var tail = text.AsSpan(we, from + before.Length - we);
            if (tail.IndexOfAny(".!?") >= 0) break;
            var that = tail.Trim() is "that" || tail.TrimEnd().EndsWith(" that", StringComparison.Ordinal);
            if (!endsIntro && !that && tail.Trim().Length > 0) continue;
            var speaker = finder.Before(ws, w.ToString(), from);
            if (speaker is not null) return speaker;
            speaker = finder.After(we, w.ToString(), from + before.Length);
            if (speaker is not null) return speaker;
        }
        if (before[^1] == ':' ) return finder.SentenceSubject(span.Open, null);
        return null;
    }

    /// <summary>A quote right after an attributed one ("“A,” Trump told reporters. “B.”") continues it when nobody else is named in between.</summary>
    private static bool Continues(string text, int previousEnd, int open, Speaker previous, SpeakerFinder finder)
    {
        if (previousEnd < 0 || open - previousEnd > 400) return false;
        var between = text.AsSpan(previousEnd, open - previousEnd);
        if (between.Count('\n') > 3) return false;
        _ = finder;
        var words = WordCount(between);
        return words <= 12 || between.IndexOf(previous.Surface.AsSpan(), StringComparison.Ordinal) >= 0 && words <= 25;
    }

    /// <summary>No attribution anywhere near: the last speaker if recent, else the subject of the sentence before.</summary>
    private static Speaker? Fallback(string text, MarkedSpan span, Speaker? previous, SpeakerFinder finder)
    {
        var subject = finder.SentenceSubject(span.Open, null);
        if (subject is not null) return subject with { Confidence = 0.4 };
        var lineStart = text.LastIndexOf('\n', Math.Max(0, span.Open - 1));
        if (lineStart > 0)
        {
            var prevLine = text.LastIndexOf('\n', Math.Max(0, lineStart - 1));
            while (prevLine > 0 && string.IsNullOrWhiteSpace(text[(prevLine + 1)..lineStart])) { lineStart = prevLine; prevLine = text.LastIndexOf('\n', Math.Max(0, lineStart - 1)); }
        }
        return previous is null ? null : previous with { Confidence = 0.3 };
    }

    internal static bool IsSentenceStart(string text, int open)
    {
        var i = open - 1;
        while (i >= 0 && text[i] is ' ' or '\t' or '\r') i--;
        return i < 0 || text[i] is '\n' or '.' or '!' or '?' or ':' or ',' or ';' or '—' or '–' or '-' or '(' or '”' or '"';
    }

    private static bool StartsUpper(string text, int start)
    {
        for (var i = start; i < text.Length; i++)
        {
            if (char.IsLetter(text[i])) return char.IsUpper(text[i]);
            if (char.IsDigit(text[i])) return true;
        }
        return false;
    }

    private static bool LooksLikeTitle(string text, MarkedSpan span)
    {
        var content = text.AsSpan(span.Start, span.End - span.Start);
        if (content.Length == 0 || content[^1] is '.' or ',' or '!' or '?') return false;
        var words = WordsOf(text, span.Start, span.End);
        return words.Count <= 8 && words.All(w => char.IsUpper(text[w.Start]) || w.End - w.Start <= 3);
    }

    private static char LastNonSpace(string text, int start, int end)
    {
        for (var i = end - 1; i >= start; i--)
        {
            if (!char.IsWhiteSpace(text[i]) && text[i] is not ('”' or '"' or '’' or '\'')) return text[i];
        }
        return '\0';
    }

    /// <summary>Where the clause after a quote ends: sentence punctuation, a line break or the next opening mark.</summary>
    private static int ClauseEnd(string text, int from)
    {
        var limit = Math.Min(text.Length, from + 160);
        for (var i = from; i < limit; i++)
        {
            if (text[i] is '\n' or '“' or '"' or ';') return i;
            if (text[i] is '.' or '!' or '?' && (i + 1 >= text.Length || char.IsWhiteSpace(text[i + 1])) && !IsAbbreviation(text, i)) return i;
        }
        return limit;
    }

    /// <summary>A period after an initial or a title ("Dr.", "Rep.") does not end the clause.</summary>
    private static bool IsAbbreviation(string text, int dot)
    {
        if (text[dot] != '.') return false;
        var s = dot;
        while (s > 0 && char.IsLetter(text[s - 1])) s--;
        var word = text.AsSpan(s, dot - s);
        return (word.Length == 1 && char.IsUpper(word[0])) || Lexicon.Titles.Contains(word.ToString());
    }

    internal static int WordCount(ReadOnlySpan<char> s)
    {
        var n = 0;
        var inWord = false;
        foreach (var c in s)
        {
            var w = char.IsLetterOrDigit(c);
            if (w && !inWord) n++;
            inWord = w || (inWord && c is '\'' or '’' or '-');
        }
        return n;
    }

    internal static List<(int Start, int End)> WordsOf(string text, int from, int to)
    {
        var words = new List<(int, int)>();
        var i = from;
        while (i < to)
        {
            while (i < to && !char.IsLetterOrDigit(text[i])) i++;
            var s = i;
            while (i < to && (char.IsLetterOrDigit(text[i]) || (text[i] is '\'' or '’' or '-' && i + 1 < to && char.IsLetter(text[i + 1])))) i++;
            if (i > s) words.Add((s, i));
        }
        return words;
    }
}
