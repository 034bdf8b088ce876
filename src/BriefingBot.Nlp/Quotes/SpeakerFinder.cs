using System.Buffers;
using System.Collections.Frozen;
using BriefingBot.Core.Analysis;
using BriefingBot.Nlp.Entities;
using BriefingBot.Nlp.Sentences;

namespace BriefingBot.Nlp.Quotes;

/// <summary>Reads the speaker noun phrase next to a cue verb and resolves it: names, pronouns, role nouns, appositions.</summary>
internal sealed class SpeakerFinder(string text, IReadOnlyList<TextSpan> sentences, EntityAnalysis entities, IReadOnlyList<MarkedSpan> marked)
{
    private static readonly SearchValues<char> ClauseBreaks = SearchValues.Create(",.;:“”\"");
    private static readonly SearchValues<char> PhraseBreaks = SearchValues.Create("“”\".;");

    private static readonly FrozenSet<string> Skippable = FrozenSet.Create(StringComparer.Ordinal,
        "also", "has", "had", "have", "later", "then", "once", "previously", "recently", "again", "further", "simply", "was", "is", "were", "are", "will", "would", "had", "even", "often", "still", "later", "first", "quickly", "repeatedly", "never");

    private static readonly FrozenSet<string> Verbs = FrozenSet.Create(StringComparer.Ordinal,
        "is", "was", "are", "were", "be", "been", "has", "had", "have", "will", "would", "can", "could", "should", "may", "might", "must", "does", "did", "do", "said", "says", "told");

    private static readonly FrozenSet<string> Determiners = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "the", "a", "an", "his", "her", "its", "their", "our", "this", "that", "another", "one", "some", "many", "other", "two", "three", "several", "most");

    private static readonly FrozenSet<string> Stops = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "and", "but", "or", "that", "which", "who", "when", "while", "as", "because", "if", "so", "than", "what", "where", "after", "before", "since", "though", "although", "to", "of", "in", "on", "at", "for", "with", "by", "from", "it", "there");

    private static readonly FrozenSet<string> DocumentNouns = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "statement", "release", "report", "post", "memo", "notice", "interview", "response", "email", "letter", "tweet", "blog",
        "website", "document", "documents", "filing", "study", "survey", "speech", "message", "announcement", "video", "book", "article", "poll", "ruling", "decision");

    /// <summary>
    /// After a pronoun attribution, the previous quote's speaker still holds the floor when the pronoun fits and no other
    /// person has been named (outside quotes) since that quote.
    /// </summary>
    public bool PreviousSpeakerStillCurrent(Speaker previous, int previousEnd, int open, string pronoun)
    {
        if (previousEnd < 0 || open - previousEnd > 700) return false;
        var want = pronoun.ToLowerInvariant() switch { "he" => Gender.Male, "she" => Gender.Female, _ => Gender.Unknown };
        var g = entities.Genders[previous.Entity];
        if (want != Gender.Unknown && g != Gender.Unknown && g != want) return false;
        for (var i = entities.FirstAtOrAfter(previousEnd); i < entities.Mentions.Count && entities.Mentions[i].Start < open; i++)
        {
            var m = entities.Mentions[i];
            if (entities.IsPerson(m.Entity) && m.Entity != previous.Entity && !InsideQuote(m.Start)) return false;
        }
        return true;
    }

    public static bool IsPronoun(ReadOnlySpan<char> w) =>
        w is "he" or "He" or "she" or "She" or "they" or "They" or "I" or "we" or "We";

    /// <summary>The speaker phrase that ends right before <paramref name="cueStart"/> ("Trump", "he", "the mayor", "a spokesperson").</summary>
    public Speaker? Before(int cueStart, string cue, int limit)
    {
        var pos = cueStart;
        var neg = text.AsSpan(limit, cueStart - limit).TrimEnd();
        if (neg.EndsWith("n't", StringComparison.Ordinal) || neg.EndsWith("n’t", StringComparison.Ordinal) || neg.EndsWith(" not", StringComparison.Ordinal)) return null;
        // skip auxiliaries and adverbs between subject and verb
        for (var k = 0; k < 3; k++)
        {
            var w = WordBefore(pos, limit);
            if (w is null) break;
            var word = text.AsSpan(w.Value.Start, w.Value.End - w.Value.Start);
            if (!Skippable.Contains(word.ToString()) && !(word.Length > 4 && word.EndsWith("ly") && char.IsLower(word[0]))) break;
            pos = w.Value.Start;
        }
        var prev = WordBefore(pos, limit);
        if (prev is null) return AppositionBefore(pos, cue, limit);
        var (ws, we) = prev.Value;
        var span = text.AsSpan(ws, we - ws);
        if (IsPronoun(span)) return Resolve(ws, we, cue);
        // a name ending right there
        if (MentionEndingAt(we) is { } mention) return FromMention(mention, cue, 0.9);
        return NounPhraseEndingAt(pos, cue, limit);
    }

    /// <summary>The speaker phrase right after a cue verb ("said Trump", "says a spokesperson").</summary>
    public Speaker? After(int cueEnd, string cue, int limit)
    {
        var pos = cueEnd;
        while (pos < limit && text[pos] == ' ') pos++;
        if (pos >= limit) return null;
        for (var i = entities.FirstAtOrAfter(pos); i < entities.Mentions.Count && entities.Mentions[i].Start < limit; i++)
        {
            var mention = entities.Mentions[i];
            var between = text.AsSpan(pos, Math.Max(0, mention.Start - pos));
            if (between.Length > 60 || !OnlyRoleWords(between)) break;
            // "said Rep. Jane Doe", "says Springfield cartoonist Jo Li": skip modifiers up to the person
            // "says Springfield cartoonist Jo Li": a place or organization modifying the person who follows
            if (between.IsWhiteSpace() && PersonAfterModifier(i, limit) is { } person) return FromMention(person, cue, 0.85);
            if (entities.IsPerson(mention.Entity) || between.IsWhiteSpace()) return FromMention(mention, cue, 0.85);
        }
        var end = pos;
        var words = 0;
        while (end < limit && words < 5)
        {
            var we = end;
            while (we < limit && (char.IsLetterOrDigit(text[we]) || text[we] is '-' or '\'' or '’')) we++;
            if (we == end) break;
            var word = text[end..we];
            if (words == 0 && !Determiners.Contains(word) && !char.IsUpper(word[0]) && !word.EndsWith('s')) return null;
            if (words > 0 && (Stops.Contains(word) || Skippable.Contains(word) || Verbs.Contains(word))) break;
            words++;
            end = we;
            if (end < limit && text[end] == ' ') end++;
            else break;
        }
        var phrase = text[pos..end].TrimEnd();
        return phrase.Length == 0 || Determiners.Contains(phrase) ? null : FromNounPhrase(phrase, pos, cue);
    }

    /// <summary>The person named right after mention <paramref name="i"/> with only lower-case role words between them.</summary>
    private EntityMention? PersonAfterModifier(int i, int limit)
    {
        if (i + 1 >= entities.Mentions.Count) return null;
        var next = entities.Mentions[i + 1];
        if (next.Start >= limit || entities.Entities[next.Entity].Kind is not (EntityKind.Person or EntityKind.Other)) return null;
        var gap = text.AsSpan(entities.Mentions[i].End, next.Start - entities.Mentions[i].End);
        if (gap.Length > 40 || gap.IsWhiteSpace()) return null;
        foreach (var c in gap)
        {
            if (!(char.IsLower(c) || c is ' ' or '-')) return null;
        }
        return OnlyRoleWords(gap) ? next : null;
    }

    /// <summary>Words between a cue verb and a name that still let the name be the speaker: "said Rep. Jane Doe", "said political scientist Jo Li".</summary>
    private static bool OnlyRoleWords(ReadOnlySpan<char> between)
    {
        foreach (var range in between.Split(' '))
        {
            var w = between[range].TrimEnd('.');
            if (w.Length == 0) continue;
            if (w.IndexOfAny(ClauseBreaks) >= 0) return false;
            var word = w.ToString();
            if (word is "in" or "on" or "at" or "to" or "that" or "by" or "for" or "with" or "from" or "and" or "but") return false;
            if (Verbs.Contains(word)) return false;
        }
        return true;
    }

    /// <summary>Resolves a pronoun to the most recent compatible person named before it (the subject of the nearest sentence that names one).</summary>
    public Speaker? Resolve(int start, int end, string? cue)
    {
        var surface = text[start..end];
        var lower = surface.ToLowerInvariant();
        if (lower is "they" or "we") return ResolvePlural(start, surface, cue);
        var want = lower switch { "he" => Gender.Male, "she" => Gender.Female, _ => Gender.Unknown };
        var sentence = SentenceSplitter.IndexOf(sentences, start);
        for (var s = sentence; s >= 0 && s > sentence - 12; s--)
        {
            var from = sentences[s].Start;
            var to = s == sentence ? start : sentences[s].End;
            for (var i = entities.FirstAtOrAfter(from); i < entities.Mentions.Count && entities.Mentions[i].Start < to; i++)
            {
                var m = entities.Mentions[i];
                if (!entities.IsPerson(m.Entity) || InsideQuote(m.Start)) continue;
                var g = entities.Genders[m.Entity];
                if (want != Gender.Unknown && g != Gender.Unknown && g != want) continue;
                return new Speaker(entities.Entities[m.Entity].Name, surface, cue, s == sentence ? 0.8 : 0.7, m.Entity);
            }
        }
        // Long stretches without a name: the person of that gender the article has talked about most so far.
        if (MostMentionedBefore(start, want) is { } main) return new Speaker(entities.Entities[main].Name, surface, cue, 0.4, main);
        return new Speaker(null, surface, cue, 0.2);
    }

    /// <summary>"they said", "we believe": the organization named most recently (outside quotes) in the last few sentences.</summary>
    private Speaker ResolvePlural(int start, string surface, string? cue)
    {
        var sentence = SentenceSplitter.IndexOf(sentences, start);
        var from = sentences[Math.Max(0, sentence - 2)].Start;
        for (var i = entities.FirstAtOrAfter(start) - 1; i >= 0 && entities.Mentions[i].Start >= from; i--)
        {
            var m = entities.Mentions[i];
            if (entities.Entities[m.Entity].Kind != EntityKind.Organization || InsideQuote(m.Start) || IsNewsOutlet(entities.Entities[m.Entity].Name)) continue;
            return new Speaker(entities.Entities[m.Entity].Name, surface, cue, 0.5, m.Entity);
        }
        return new Speaker(null, surface, cue, 0.2);
    }

    private int? MostMentionedBefore(int before, Gender want)
    {
        if (want == Gender.Unknown) return null;
        var counts = new Dictionary<int, int>();
        var end = entities.FirstAtOrAfter(before);
        for (var i = 0; i < end; i++)
        {
            var m = entities.Mentions[i];
            if (!entities.IsPerson(m.Entity) || entities.Genders[m.Entity] != want || InsideQuote(m.Start)) continue;
            counts[m.Entity] = counts.GetValueOrDefault(m.Entity) + 1;
        }
        int? best = null;
        var bestCount = 0;
        foreach (var (e, n) in counts)
        {
            if (n > bestCount || (n == bestCount && e < best)) { best = e; bestCount = n; }
        }
        return best;
    }

    /// <summary>The first person named (outside quotes) in the sentence containing <paramref name="offset"/>, before it.</summary>
    public Speaker? SentenceSubject(int offset, string? cue)
    {
        var s = SentenceSplitter.IndexOf(sentences, offset);
        if (s < 0) return null;
        var from = sentences[s].Start;
        var firstWord = WordAfter(from, offset);
        if (firstWord is { } fw && IsPronoun(text.AsSpan(fw.Start, fw.End - fw.Start))) return Resolve(fw.Start, fw.End, cue);
        for (var i = entities.FirstAtOrAfter(from); i < entities.Mentions.Count && entities.Mentions[i].Start < offset; i++)
        {
            var m = entities.Mentions[i];
            if (entities.IsPerson(m.Entity) && !InsideQuote(m.Start)) return FromMention(m, cue, 0.7);
        }
        return null;
    }

    public bool InsideQuote(int offset)
    {
        int lo = 0, hi = marked.Count - 1;
        while (lo <= hi)
        {
            var mid = (lo + hi) / 2;
            if (marked[mid].Start > offset) hi = mid - 1;
            else if (offset >= marked[mid].End) lo = mid + 1;
            else return true;
        }
        return false;
    }

    private Speaker FromMention(EntityMention mention, string? cue, double confidence)
    {
        var e = entities.Entities[mention.Entity];
        return new Speaker(e.Name, text[mention.Start..mention.End], cue, confidence, mention.Entity);
    }

    private EntityMention? MentionEndingAt(int end)
    {
        var i = entities.FirstAtOrAfter(end) - 1;
        for (; i >= 0 && i >= entities.FirstAtOrAfter(end) - 3; i--)
        {
            if (entities.Mentions[i].End == end) return entities.Mentions[i];
        }
        return null;
    }

    /// <summary>"Rubio, the secretary of state, said": the name before a parenthetical role.</summary>
    private Speaker? AppositionBefore(int pos, string cue, int limit)
    {
        var p = pos;
        while (p > limit && text[p - 1] == ' ') p--;
        if (p <= limit || text[p - 1] != ',') return null;
        var open = text.LastIndexOf(',', p - 2, Math.Min(130, p - 1 - limit));
        if (open < 0) return null;
        var phrase = text.AsSpan(open + 1, p - 1 - open - 1);
        if (phrase.IndexOfAny(PhraseBreaks) >= 0) return null;
        if (MentionEndingAt(open) is { } m && entities.IsPerson(m.Entity)) return FromMention(m, cue, 0.85);
        return null;
    }

    private Speaker? NounPhraseEndingAt(int pos, string cue, int limit)
    {
        var end = pos;
        while (end > limit && text[end - 1] == ' ') end--;
        var start = end;
        var words = 0;
        var hasDeterminer = false;
        while (words < 6)
        {
            var w = WordBefore(start, limit);
            if (w is null) break;
            var word = text[w.Value.Start..w.Value.End];
            if (Stops.Contains(word)) break;
            start = w.Value.Start;
            words++;
            if (Determiners.Contains(word)) { hasDeterminer = true; break; }
        }
        if (words == 0) return null;
        var phrase = text[start..end];
        if (!hasDeterminer && words > 3) return null;
        return FromNounPhrase(phrase, start, cue);
    }

    /// <summary>A role noun phrase resolves to the person holding that role; any other phrase stays as written.</summary>
    private Speaker? FromNounPhrase(string phrase, int start, string? cue)
    {
        var words = phrase.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length == 0) return null;
        var content = words.Where(w => !Determiners.Contains(w)).Select(w => w.ToLowerInvariant()).ToList();
        if (content.Count == 0) return null;
        if (DocumentNouns.Contains(content[^1]) || content.Exists(DocumentNouns.Contains))
        {
            // "her statement", "the RCMP statement": the author speaks; "a statement" alone names nobody
            var owner = words[0];
            if (owner is "his" or "His" or "her" or "Her" && Resolve(start, start + owner.Length, cue) is { Name: not null } r) return r with { Surface = phrase, Confidence = 0.6 };
            var i = entities.FirstAtOrAfter(start);
            if (i < entities.Mentions.Count && entities.Mentions[i].Start < start + phrase.Length) return FromMention(entities.Mentions[i], cue, 0.6);
            return new Speaker(null, phrase, cue, 0.2);
        }
        if (Lexicon.RoleNouns.Contains(content[^1]) && words[0].ToLowerInvariant() is "the")
        {
            var id = entities.ResolveRole(content, start) ?? entities.ResolveRole([content[^1]], start);
            if (id is { } e) return new Speaker(entities.Entities[e].Name, phrase, cue, 0.7, e);
        }
        if (char.IsLower(words[0][0]) && !Determiners.Contains(words[0]) && words.Length == 1 && !words[0].EndsWith('s')) return null;
        if (Describes(words, content) is { } kind && RecentMention(start, kind) is { } described)
            return FromMention(described, cue, 0.55) with { Surface = phrase };
        return new Speaker(phrase, phrase, cue, 0.5);
    }

    /// <summary>
    /// A definite description of someone already named: "the agency" or "the security firm" (an organization), "the
    /// affable shop owner" (a person). Lower-case, singular, and not a group ("officials", "a spokesperson" stay as written).
    /// </summary>
    private static EntityKind? Describes(string[] words, List<string> content)
    {
        if (words[0] is not ("the" or "The") || content.Count > 4) return null;
        foreach (var w in words.AsSpan(1))
        {
            if (!char.IsLower(w[0]) && !char.IsDigit(w[0])) return null;
        }
        var head = content[^1];
        if (Lexicon.OrgNominals.Contains(head)) return EntityKind.Organization;
        if (head.EndsWith('s') && !head.EndsWith("ss", StringComparison.Ordinal)) return null;
        if (Lexicon.NonPersonNominals.Contains(head)) return null;
        return Lexicon.RoleNouns.Contains(head) || LooksLikePersonNoun(head) ? EntityKind.Person : null;
    }

    /// <summary>Agent nouns: "proprietor", "entrepreneur", "defenceman", "cartoonist", "veteran".</summary>
    private static bool LooksLikePersonNoun(string head)
    {
        foreach (var suffix in (string[])["er", "or", "ist", "ian", "man", "woman", "eur", "ant", "ent"])
        {
            if (head.Length > suffix.Length + 2 && head.EndsWith(suffix, StringComparison.Ordinal)) return true;
        }
        return false;
    }

    /// <summary>
    /// What a description refers back to: the latest entity of <paramref name="kind"/> named (outside quotes) in the last
    /// few paragraphs. News outlets are skipped: they appear as credits and sources, not as "the agency" of a story.
    /// </summary>
    private EntityMention? RecentMention(int before, EntityKind kind)
    {
        for (var i = entities.FirstAtOrAfter(before) - 1; i >= 0; i--)
        {
            var m = entities.Mentions[i];
            if (before - m.Start > 1500) break;
            var e = entities.Entities[m.Entity];
            if (e.Kind != kind || InsideQuote(m.Start) || kind == EntityKind.Organization && IsNewsOutlet(e.Name)) continue;
            return m;
        }
        return null;
    }

    private static bool IsNewsOutlet(string name) =>
        name.EndsWith(" News", StringComparison.Ordinal) || name.EndsWith(" Press", StringComparison.Ordinal) || name.EndsWith(" Times", StringComparison.Ordinal)
        || name.EndsWith(" Post", StringComparison.Ordinal) || name is "Reuters" or "CBC" or "CNN" or "BBC" or "AP" or "AFP";

    private (int Start, int End)? WordBefore(int pos, int limit)
    {
        var e = pos;
        while (e > limit && text[e - 1] is ' ' or '\u200b' or '\u00a0') e--;
        var s = e;
        while (s > limit && (char.IsLetterOrDigit(text[s - 1]) || text[s - 1] is '-' or '\'' or '’' || (text[s - 1] == '.' && s - 2 >= limit && char.IsUpper(text[s - 2])))) s--;
        return s < e ? (s, e) : null;
    }

    private (int Start, int End)? WordAfter(int pos, int limit)
    {
        var s = pos;
        while (s < limit && !char.IsLetter(text[s])) s++;
        var e = s;
        while (e < limit && char.IsLetter(text[e])) e++;
        return s < e ? (s, e) : null;
    }
}
