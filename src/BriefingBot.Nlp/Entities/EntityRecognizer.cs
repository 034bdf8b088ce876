using System.Text.RegularExpressions;
using BriefingBot.Core.Analysis;
using BriefingBot.Nlp.Quotes;

namespace BriefingBot.Nlp.Entities;

/// <summary>
/// Rule-based named entities: capitalized word runs classified by titles, role nouns, cue verbs, first names,
/// organization words and a small gazetteer; aliases (surname, title + surname, possessive) merged per document.
/// </summary>
internal static partial class EntityRecognizer
{
    public static EntityAnalysis Recognize(string text, IReadOnlyList<TextSpan> sentences)
    {
        var runs = FindRuns(text, sentences);
        var builder = new EntityTableBuilder(text);
        // Pass 1: full names with evidence decide which names are people; pass 2 links every run to an entity.
        foreach (var run in runs) builder.Observe(run);
        builder.DecideKinds();
        foreach (var run in runs) builder.Link(run);
        var analysis = builder.Build();
        return PronounGender.Infer(text, sentences, analysis);
    }

    private static List<NameRun> FindRuns(string text, IReadOnlyList<TextSpan> sentences)
    {
        var runs = new List<NameRun>();
        var current = new List<(int Start, int End)>();
        for (var s = 0; s < sentences.Count; s++)
        {
            var sentence = sentences[s];
            current.Clear();
            foreach (var m in WordToken().EnumerateMatches(text.AsSpan(sentence.Start, sentence.Length)))
            {
                var start = sentence.Start + m.Index;
                var end = start + m.Length;
                var word = text.AsSpan(start, m.Length);
                var isCap = char.IsUpper(word[0]) && !Lexicon.NotNames.Contains(TrimPossessive(word).TrimEnd('.').ToString());
                var isConnector = current.Count > 0 && word is "of" or "de" or "del" or "la" or "van" or "von" or "der" or "da" or "du" or "bin" or "al";
                if (current.Count > 0 && !Joins(text, current[^1].End, start, isConnector)) Flush(text, current, runs, s);
                if (isCap || isConnector) current.Add((start, end));
                else Flush(text, current, runs, s);
                if (isCap && EndsPossessive(word)) Flush(text, current, runs, s);
            }
            Flush(text, current, runs, s);
        }
        return runs;
    }

    /// <summary>Words of one name are separated by one space, or follow an initial or title abbreviation ("Penny S. Tee", "Mr. Smith").</summary>
    private static bool Joins(string text, int prevEnd, int start, bool connector)
    {
        var gap = text.AsSpan(prevEnd, start - prevEnd);
        if (gap is " ") return true;
        if (connector) return false;
        if (gap is ". ")
        {
            var s = prevEnd - 1;
            while (s > 0 && char.IsLetter(text[s - 1])) s--;
            var word = text.AsSpan(s, prevEnd - s);
            return word.Length == 1 || Lexicon.Titles.Contains(word.ToString());
        }
        return false;
    }

    private static void Flush(string text, List<(int Start, int End)> words, List<NameRun> runs, int sentence)
    {
        // A connector never ends a name ("Bank of" + lower-case word).
        while (words.Count > 0 && char.IsLower(text[words[^1].Start])) words.RemoveAt(words.Count - 1);
        if (words.Count == 0) return;
        var tokens = words.Select(w => TrimPossessive(text.AsSpan(w.Start, w.End - w.Start)).ToString()).ToArray();
        var roleEnd = RolePrefixLength(tokens);
        var split = roleEnd == 0 ? FirstNameSplit(tokens) : 0;
        if (split > 0)
        {
            // "Getty Images Kevin Vickers": a known first name starts a new name unless what precedes is a role.
            var head = words.GetRange(0, split);
            var headIsRole = tokens[..split].Any(t => t.Split('-').Any(p => Lexicon.Titles.Contains(p.TrimEnd('.'))));
            if (headIsRole) roleEnd = split;
            else
            {
                words.RemoveRange(0, split);
                Flush(text, head, runs, sentence);
                tokens = tokens[split..];
            }
        }
        var end = words[^1].Start + tokens[^1].Length;
        if (roleEnd < tokens.Length)
        {
            var nameStart = words[roleEnd].Start;
            var role = roleEnd > 0 ? text[words[0].Start..words[roleEnd - 1].End].TrimEnd('.') : null;
            runs.Add(new NameRun(words[0].Start, end, nameStart, text[nameStart..end], tokens[roleEnd..], role, sentence));
        }
        words.Clear();
    }

    private static int FirstNameSplit(string[] tokens)
    {
        for (var i = 1; i < tokens.Length - 1; i++)
        {
            if ((Lexicon.MaleFirstNames.Contains(tokens[i]) || Lexicon.FemaleFirstNames.Contains(tokens[i])) && tokens.Length - i <= 3
                && !Lexicon.MaleFirstNames.Contains(tokens[i - 1]) && !Lexicon.FemaleFirstNames.Contains(tokens[i - 1]) && tokens[i - 1].Length > 1
                && !Lexicon.PlacePrefixes.Contains(tokens[i - 1]))
                return i;
        }
        return 0;
    }

    /// <summary>How many leading words are a title ("U.S. President", "Prime Minister", "Sen."): up to the last title word.</summary>
    private static int RolePrefixLength(string[] tokens)
    {
        if (Lexicon.OrgWords.Contains(tokens[^1])) return 0;
        // the last title word that leaves one to three name words after it: "Australian Foreign Minister Marise Payne"
        for (var i = tokens.Length - 2; i >= 0 && i >= tokens.Length - 4; i--)
        {
            if (Lexicon.Titles.Contains(tokens[i].TrimEnd('.'))) return i + 1;
        }
        return 0;
    }

    private static bool EndsPossessive(ReadOnlySpan<char> word) =>
        word.Length > 2 && word[^1] is 's' && word[^2] is '\'' or '’';

    private static ReadOnlySpan<char> TrimPossessive(ReadOnlySpan<char> word) =>
        EndsPossessive(word) ? word[..^2] : word.Length > 1 && word[^1] is '’' or '\'' ? word[..^1] : word;

    [GeneratedRegex(@"\p{Lu}\.(?:\p{Lu}\.)+|[\p{L}\p{N}]+(?:[-'’&][\p{L}\p{N}]+)*(?:['’]s?)?")]
    private static partial Regex WordToken();
}
