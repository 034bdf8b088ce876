using System.Text.RegularExpressions;
using BriefingBot.Core.Analysis;
using BriefingBot.Nlp.Sentences;

namespace BriefingBot.Nlp.Quotes;

/// <summary>Reported speech without quotation marks: "X said (that) …", "…, X said.", "according to X, …".</summary>
internal static partial class IndirectQuoteFinder
{
    private const int MinWords = 4;

    public static List<Quote> Find(string text, IReadOnlyList<TextSpan> sentences, SpeakerFinder finder, IReadOnlyList<MarkedSpan> marked)
    {
        var quotes = new List<Quote>();
        for (var s = 0; s < sentences.Count; s++)
        {
            var sentence = sentences[s];
            if (finder.InsideQuote(sentence.Start) && finder.InsideQuote(sentence.End - 1)) continue;
            var participle = ParticipleClause(text, sentence, finder);
            var head = participle is { } p ? new TextSpan(sentence.Start, p.Comma) : sentence;
            var q = Trailing(text, head, s, finder) ?? Leading(text, head, s, finder) ?? According(text, head, s, finder);
            if (q is not null) quotes.Add(q);
            if (participle is { } part)
            {
                // ", noting that …": the speaker of the main clause goes on speaking
                var speaker = q is { Speaker: not null } ? new Speaker(q.Speaker, q.SpeakerSurface ?? q.Speaker, part.Cue, q.Confidence)
                    : finder.SentenceSubject(part.Comma, part.Cue);
                if (speaker is not null) quotes.Add(Make(text, part.Start, part.End, speaker, s));
            }
        }
        _ = marked;
        return quotes;
    }

    /// <summary>"The plan is dead, the minister said." / "…, said Jane Doe, a lawyer."</summary>
    private static Quote? Trailing(string text, TextSpan sentence, int index, SpeakerFinder finder)
    {
        if (text.AsSpan(sentence.Start, sentence.Length).IndexOf(',') < 0) return null;
        var m = TrailingAttribution().Match(text, sentence.Start, sentence.Length);
        if (!m.Success) return null;
        var clause = m.Groups["clause"];
        if (clause.Length == 0 || IsQuoteMark(text[sentence.Start]) || !ClauseOk(text, clause.Index, clause.Index + clause.Length)) return null;
        var cue = m.Groups["cue"];
        if (!CueVerbs.IsStrongCue(cue.ValueSpan)) return null;
        var speaker = finder.Before(cue.Index, cue.Value, clause.Index + clause.Length + 1) ?? finder.After(cue.Index + cue.Length, cue.Value, sentence.End);
        if (speaker is null) return null;
        return Make(text, clause.Index, clause.Index + clause.Length, speaker, index);
    }

    /// <summary>", noting that …", ", adding …", ", saying …": a reported clause hung on the end of a sentence.</summary>
    private static (int Comma, int Start, int End, string Cue)? ParticipleClause(string text, TextSpan sentence, SpeakerFinder finder)
    {
        var m = Participle().Match(text, sentence.Start, sentence.Length);
        if (!m.Success || finder.InsideQuote(m.Index)) return null;
        var start = m.Index + m.Length;
        var end = TrimEnd(text, start, sentence.End);
        if (start >= sentence.End || IsQuoteMark(text[start]) || !ClauseOk(text, start, end)) return null;
        return (m.Index, start, end, m.Groups["cue"].Value);
    }

    /// <summary>"X said (that) …" with X right before the cue verb; the complement runs to the end of the sentence.</summary>
    private static Quote? Leading(string text, TextSpan sentence, int index, SpeakerFinder finder)
    {
        foreach (var m in CueWord().EnumerateMatches(text.AsSpan(sentence.Start, sentence.Length)))
        {
            var cueStart = sentence.Start + m.Index;
            var cueEnd = cueStart + m.Length;
            var cue = text.AsSpan(cueStart, m.Length);
            if (!CueVerbs.TryGet(cue, out var lemma) || finder.InsideQuote(cueStart)) continue;
            if (!IsVerbForm(cue, lemma) || IsNegated(text, cueStart, sentence.Start) || AttributesMarkedQuote(text, cueStart, sentence.Start)) continue;
            if (lemma is "indicate" or "conclude" or "comment" or "respond" or "reply" or "ask" or "continue" or "point" or "post" or "report" or "describe" or "charge" or "accuse" or "demand" or "fear" or "hope" or "promise" or "urge" or "propose" or "answer" or "counter" or "think" or "believe" or "estimate") continue;
            var start = ComplementStart(text, cueEnd, sentence.End, lemma);
            if (start < 0) continue;
            var end = TrimEnd(text, start, sentence.End);
            if (!ClauseOk(text, start, end)) continue;
            var speaker = finder.Before(cueStart, cue.ToString(), sentence.Start);
            if (speaker is null) continue;
            if (IsRelativeSubject(text, cueStart, sentence.Start)) continue;
            return Make(text, start, end, speaker, index);
        }
        return null;
    }

    /// <summary>"According to X, …" and "…, according to X."</summary>
    private static Quote? According(string text, TextSpan sentence, int index, SpeakerFinder finder)
    {
        if (text.AsSpan(sentence.Start, sentence.Length).IndexOf("ccording to", StringComparison.Ordinal) < 0) return null;
        var m = AccordingTo().Match(text, sentence.Start, sentence.Length);
        if (!m.Success) return null;
        var who = m.Groups["who"];
        var speaker = finder.After(who.Index, "according to", who.Index + who.Length);
        if (speaker is null) return null;
        var clause = m.Groups["clause"];
        var start = clause.Index;
        var end = TrimEnd(text, start, clause.Index + clause.Length);
        if (!ClauseOk(text, start, end)) return null;
        return Make(text, start, end, speaker with { Cue = "according to", Confidence = 0.6 }, index);
    }

    /// <summary>Where the reported clause begins after the cue: after "that", after the listener of "told", after a time word.</summary>
    private static int ComplementStart(string text, int cueEnd, int limit, string lemma)
    {
        var m = Complement().Match(text, cueEnd, limit - cueEnd);
        if (!m.Success) return -1;
        var listener = m.Groups["listener"].Success;
        if (lemma == "tell" && !listener) return -1;
        var start = m.Index + m.Length;
        if (lemma != "tell" && listener && !m.Groups["that"].Success)
        {
            // "Lee said Acme Corp will close": after a verb that takes no listener, a name starts the reported clause;
            // "Lee said Monday the plant will close": a weekday is only the time of saying
            var who = m.Groups["listener"];
            if (!Weekdays.Contains(who.Value)) start = who.Index;
        }
        if (start >= limit || IsQuoteMark(text[start]) || text[start] is ',' or ':' or '(' or '—') return -1;
        if (!m.Groups["that"].Success && m.Groups["time"].Length == 0 && !char.IsLetter(text[start])) return -1;
        return start;
    }

    /// <summary>Cue words that are also nouns ("the strange remark") count only inflected, or as bare forms of plain saying verbs.</summary>
    private static bool IsVerbForm(ReadOnlySpan<char> cue, string lemma) =>
        !cue.SequenceEqual(lemma) || lemma is "say" or "tell" or "argue" or "warn" or "insist" or "explain" or "agree" or "believe" or "admit" or "acknowledge" or "suggest";

    /// <summary>"X didn't comment", "X declined to say": no speech is reported.</summary>
    private static bool IsNegated(string text, int cueStart, int sentenceStart)
    {
        var before = text.AsSpan(sentenceStart, cueStart - sentenceStart).TrimEnd();
        foreach (var neg in (string[])["n't", "n’t", " not", " never", " declined to", " refused to", " won't", " to"])
        {
            if (before.EndsWith(neg, StringComparison.Ordinal)) return true;
        }
        return false;
    }

    /// <summary>The cue right after a closing quotation mark ("…,” Jo Li told the council) attributes that quote, not a clause after it.</summary>
    private static bool AttributesMarkedQuote(string text, int cueStart, int sentenceStart)
    {
        var close = text.LastIndexOfAny(['”', '"'], Math.Max(sentenceStart, cueStart - 1), cueStart - sentenceStart);
        // a closing mark typed as two apostrophes ("…,’’ says X")
        var head = text.AsSpan(sentenceStart, cueStart - sentenceStart);
        var doubled = Math.Max(head.LastIndexOf("’’", StringComparison.Ordinal), head.LastIndexOf("''", StringComparison.Ordinal));
        if (doubled >= 0) close = Math.Max(close, sentenceStart + doubled + 1);
        if (close < sentenceStart) return false;
        var between = text.AsSpan(close + 1, cueStart - close - 1);
        return between.IndexOfAny('.', '!', '?') < 0 && QuoteExtractor.WordCount(between) <= 8;
    }

    private static bool IsRelativeSubject(string text, int cueStart, int sentenceStart)
    {
        var before = text.AsSpan(sentenceStart, cueStart - sentenceStart).TrimEnd();
        return before.EndsWith(" which he", StringComparison.Ordinal) || before.EndsWith(" which she", StringComparison.Ordinal)
            || before.EndsWith(" what he", StringComparison.Ordinal) || before.EndsWith(" what she", StringComparison.Ordinal);
    }

    private static readonly HashSet<string> Weekdays = new(StringComparer.Ordinal)
    {
        "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday",
    };

    private static bool ClauseOk(string text, int start, int end) =>
        end > start && QuoteExtractor.WordCount(text.AsSpan(start, end - start)) >= MinWords;

    private static int TrimEnd(string text, int start, int end)
    {
        while (end > start && (char.IsWhiteSpace(text[end - 1]) || text[end - 1] is '.' or ',' or ';' or ':')) end--;
        return end;
    }

    private static bool IsQuoteMark(char c) => c is '“' or '”' or '"' or '«' or '‘';

    private static Quote Make(string text, int start, int end, Speaker speaker, int sentence) =>
        new(text[start..end], start, end, QuoteKind.Indirect, speaker.Name, speaker.Surface, speaker.Cue, Math.Min(speaker.Confidence, 0.7), sentence);

    [GeneratedRegex(@"\G(?<clause>[^“”""]+?(?:[“""][^“”""]{1,60}[”""][^“”""]*?)*),\s+(?:(?:[\p{L}’'.-]+\s+){1,7}?(?<cue>\p{Ll}+)|(?<cue>\p{Ll}+)\s+[^,.]{2,60}?)(?:,[^.]{0,80})?(?:\s+(?:on|in|at|during|last|this|earlier|later|to)\b[^,.]{0,40}|\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|yesterday|today))?\.?[”""]?$")]
    private static partial Regex TrailingAttribution();

    [GeneratedRegex(@",\s+(?<cue>noting|adding|saying|explaining|arguing|warning|insisting|stressing)(?:\s+that)?\s+(?=\p{L})")]
    private static partial Regex Participle();

    [GeneratedRegex(@"\b\p{Ll}{3,}\b")]
    private static partial Regex CueWord();

    [GeneratedRegex(@"\G(?:\s+(?<listener>(?:reporters|journalists|the\s+(?:media|press|audience|crowd|court|committee|house|senate)|him|her|them|us|me|[\p{Lu}][\p{L}’'.&-]*(?:\s+[\p{Lu}][\p{L}’'.&-]*){0,4})))?(?<time>(?:\s+(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|yesterday|today|earlier|later|recently|previously|also|again))?)(?:\s+in\s+(?:a|an|the|his|her|their|its)\s+[\p{L} -]{2,40}?(?=\s+that\b))?(?:\s+(?<that>that))?\s+")]
    private static partial Regex Complement();

    [GeneratedRegex(@"^(?:[Aa]ccording to (?<who>[^,]{2,80}),\s+(?<clause>.+)|(?<clause>.+?),\s+according to (?<who>[^,.]{2,80})\.?)$")]
    private static partial Regex AccordingTo();
}
