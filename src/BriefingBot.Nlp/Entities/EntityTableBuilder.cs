using System.Text.RegularExpressions;
using BriefingBot.Core.Analysis;
using BriefingBot.Nlp.Quotes;

namespace BriefingBot.Nlp.Entities;

/// <summary>Collects evidence over all name runs of a document, then merges them into entities with aliases.</summary>
internal sealed partial class EntityTableBuilder(string text)
{
    private readonly Dictionary<string, Evidence> _names = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _ids = new(StringComparer.Ordinal);
    private readonly List<Draft> _drafts = [];
    private readonly List<EntityMention> _mentions = [];
    private readonly HashSet<string> _personSurnames = new(StringComparer.Ordinal);
    private List<string> _personNames = [];

    public void Observe(NameRun run)
    {
        if (!_names.TryGetValue(run.Name, out var ev)) _names[run.Name] = ev = new Evidence(run.Words);
        ev.Count++;
        var roleBefore = RoleBefore(run.Start);
        var apposition = roleBefore is null ? Apposition(run.End) : null;
        ev.Role ??= run.Role ?? roleBefore ?? apposition;
        if (run.Role is { } role && role.Split(' ').Any(w => Lexicon.Titles.Contains(w.TrimEnd('.')))) ev.Person++;
        if (run.Words.Length > 1 && (Lexicon.MaleFirstNames.Contains(run.Words[0]) || Lexicon.FemaleFirstNames.Contains(run.Words[0]))) ev.Person++;
        if (roleBefore is not null || apposition is not null) ev.Person++;
        if (CueAfter(run.End) || CueBefore(run.Start)) ev.Person++;
        ev.Gender = ev.Gender == Gender.Unknown ? GenderOf(run) : ev.Gender;
    }

    public void DecideKinds()
    {
        foreach (var (name, ev) in _names)
        {
            ev.Kind = Classify(ev);
        }
        // A surname seen with evidence ("Telford said") makes the full name a person too, and vice versa.
        foreach (var (name, ev) in _names)
        {
            if (ev.Kind != EntityKind.Other || ev.Words.Length is < 2 or > 4) continue;
            if (_names.TryGetValue(ev.Words[^1], out var surname) && surname.Person > 0 && surname.Kind is EntityKind.Person or EntityKind.Other)
                ev.Kind = EntityKind.Person;
        }
        _personNames = _names.Where(n => n.Value.Kind == EntityKind.Person && n.Value.Words.Length > 1)
            .Select(n => n.Key).OrderByDescending(n => n.Length).ToList();
        foreach (var n in _personNames) _personSurnames.Add(_names[n].Words[^1]);
    }

    public void Link(NameRun run)
    {
        var ev = _names[run.Name];
        var key = run.Name;
        if (run.Words.Length == 1 || (run.Words.Length == 2 && _personSurnames.Contains(run.Words[^1]) && ev.Kind != EntityKind.Person))
        {
            // Surname alone ("Petro") or first name + surname of a longer name: the most recently mentioned person with that surname.
            var full = NearestPersonWithSurname(run.Words[^1], run.Words.Length == 2 ? run.Words[0] : null);
            // "Wang" for "Wang Qishan", "Kim" for "Kim Jong-un": names that put the family name first, or a first-name reference
            if (full is null && run.Words.Length == 1) full = NearestPersonWithFirstWord(run.Words[0]);
            if (full is not null) key = full;
        }
        else if (ev.Kind != EntityKind.Person && ev.Kind != EntityKind.Other)
        {
            key = run.Name;
        }
        var kind = _names[key].Kind;
        if (key == run.Name && run.Words.Length == 1 && kind == EntityKind.Other && ev.Person > 0) kind = EntityKind.Person;
        if (!_ids.TryGetValue(key, out var id))
        {
            id = _drafts.Count;
            _ids[key] = id;
            _drafts.Add(new Draft(key, kind));
        }
        var draft = _drafts[id];
        if (kind == EntityKind.Person) draft.Kind = EntityKind.Person;
        draft.Mentions++;
        draft.LastMention = run.Start;
        if (run.Name != key) draft.Aliases.Add(run.Name);
        if (run.Role is { } role && !role.Contains(' ', StringComparison.Ordinal) && draft.Kind == EntityKind.Person) draft.Aliases.Add(role + " " + run.Name);
        var r = ev.Role ?? _names[key].Role;
        draft.Role ??= r;
        if (draft.Gender == Gender.Unknown) draft.Gender = ev.Gender != Gender.Unknown ? ev.Gender : _names[key].Gender;
        _mentions.Add(new EntityMention(run.NameStart, run.End, id, run.Sentence));
    }

    public EntityAnalysis Build()
    {
        var entities = _drafts.Select(d => new Entity(d.Name, d.Kind, d.Aliases.Where(a => a != d.Name).Order(StringComparer.Ordinal).ToList(), d.Role, d.Mentions)).ToList();
        return new EntityAnalysis(entities, _mentions, _drafts.Select(d => d.Gender).ToList());
    }

    private string? NearestPersonWithFirstWord(string first)
    {
        string? best = null;
        var bestLast = int.MinValue;
        foreach (var name in _personNames)
        {
            if (_names[name].Words[0] != first) continue;
            var last = _ids.TryGetValue(name, out var id) ? _drafts[id].LastMention : -1;
            if (best is null || last > bestLast) { best = name; bestLast = last; }
        }
        return best;
    }

    private string? NearestPersonWithSurname(string surname, string? first)
    {
        string? best = null;
        var bestLast = int.MinValue;
        foreach (var name in _personNames)
        {
            var words = _names[name].Words;
            if (words[^1] != surname || (first is not null && words[0] != first)) continue;
            var last = _ids.TryGetValue(name, out var id) ? _drafts[id].LastMention : -1;
            if (best is null || last > bestLast) { best = name; bestLast = last; }
        }
        return best;
    }

    private static EntityKind Classify(Evidence ev)
    {
        var words = ev.Words;
        if (words.Any(Lexicon.OrgWords.Contains)) return EntityKind.Organization;
        var firstName = Lexicon.MaleFirstNames.Contains(words[0]) || Lexicon.FemaleFirstNames.Contains(words[0]);
        if (!firstName && words.Length > 1 && Lexicon.VenueWords.Contains(words[^1])) return EntityKind.Organization;
        // "Burnaby RCMP", "TransLink": an acronym word or a brand-style inner capital is not part of a person's name
        if (!firstName && words.Any(IsAcronym) && (words.Length > 1 || ev.Person > 0)) return EntityKind.Organization;
        if (!firstName && words.Any(HasBrandCapital)) return EntityKind.Organization;
        // "San Jose Sharks", "Los Angeles": a place prefix starts a place or a team, never a person
        if (words.Length > 1 && Lexicon.PlacePrefixes.Contains(words[0]) && !firstName) return ev.Person > 0 && words[^1].EndsWith('s') ? EntityKind.Organization : EntityKind.Place;
        if (words.All(Lexicon.Places.Contains) || (words.Length == 2 && Lexicon.Places.Contains(words[^1]) && ev.Person == 0)) return EntityKind.Place;
        if (words.Length == 1 && words[0].Length is >= 2 and <= 6 && words[0].All(c => char.IsUpper(c) || c == '.' || c == '&')) return EntityKind.Organization;
        if (ev.Person > 0) return EntityKind.Person;
        return EntityKind.Other;
    }

    private static bool IsAcronym(string word) =>
        word.Length is >= 2 and <= 6 && word.All(char.IsUpper);

    /// <summary>An upper-case letter inside a word after a lower-case one, other than surname prefixes (Mc, Mac, De, Di, La, Le, Van, O').</summary>
    private static bool HasBrandCapital(string word)
    {
        for (var i = 2; i < word.Length; i++)
        {
            if (!char.IsUpper(word[i]) || !char.IsLower(word[i - 1])) continue;
            var prefix = word[..i];
            if (prefix is "Mc" or "Mac" or "De" or "Di" or "Da" or "Du" or "La" or "Le" or "Van" or "Von" or "Del" or "Della" or "Fitz" or "St") continue;
            if (word.Contains('-', StringComparison.Ordinal)) continue;
            return true;
        }
        return false;
    }

    private static Gender GenderOf(NameRun run)
    {
        if (run.Role is { } role)
        {
            foreach (var w in role.Split(' '))
            {
                var t = w.TrimEnd('.');
                if (Lexicon.MaleTitles.Contains(t)) return Gender.Male;
                if (Lexicon.FemaleTitles.Contains(t)) return Gender.Female;
            }
        }
        if (run.Words.Length > 1)
        {
            if (Lexicon.MaleFirstNames.Contains(run.Words[0]) && !Lexicon.FemaleFirstNames.Contains(run.Words[0])) return Gender.Male;
            if (Lexicon.FemaleFirstNames.Contains(run.Words[0]) && !Lexicon.MaleFirstNames.Contains(run.Words[0])) return Gender.Female;
        }
        return Gender.Unknown;
    }

    /// <summary>Lower-case role words right before a name: "political scientist Hamish Telford".</summary>
    private string? RoleBefore(int start)
    {
        // up to three lower-case words ending in a role noun, read backwards from the name
        if (start < 2 || text[start - 1] != ' ' || !char.IsLower(text[start - 2])) return null;
        var nounEnd = start - 1;
        var nounStart = WordStartBefore(nounEnd);
        if (!Lexicon.RoleNouns.Contains(text[nounStart..nounEnd])) return null;
        var roleStart = nounStart;
        for (var k = 0; k < 2 && roleStart >= 2 && text[roleStart - 1] == ' ' && char.IsLower(text[roleStart - 2]); k++)
        {
            var s = WordStartBefore(roleStart - 1);
            var word = text.AsSpan(s, roleStart - 1 - s);
            if (word is "the" or "a" or "an" or "and" or "of" or "to" or "by" or "with" or "said" or "says" or "told") break;
            roleStart = s;
        }
        return text[roleStart..nounEnd];
    }

    private int WordStartBefore(int end)
    {
        var s = end;
        while (s > 0 && (char.IsLetter(text[s - 1]) || text[s - 1] == '-')) s--;
        return s;
    }

    /// <summary>", the secretary of state," after a name.</summary>
    private string? Apposition(int end)
    {
        var m = AppositionAfter().Match(text, end, Math.Min(90, text.Length - end));
        if (!m.Success) return null;
        var phrase = m.Groups["role"].Value;
        foreach (var w in phrase.Split(' '))
        {
            if (Lexicon.RoleNouns.Contains(w)) return phrase;
        }
        return null;
    }

    private bool CueAfter(int end)
    {
        var m = VerbAfter().Match(text, end, Math.Min(40, text.Length - end));
        return m.Success && CueVerbs.IsStrongCue(m.Groups["verb"].ValueSpan);
    }

    private bool CueBefore(int start)
    {
        if (start < 2 || text[start - 1] != ' ') return false;
        var s = WordStartBefore(start - 1);
        var verb = text.AsSpan(s, start - 1 - s);
        return verb.Length > 0 && char.IsLower(verb[0]) && CueVerbs.IsStrongCue(verb) && CueVerbs.TryGet(verb, out var lemma) && lemma is not ("tell" or "ask");
    }

    [GeneratedRegex(@"\G,\s(?:(?<age>\d{1,3}),|(?:the |a |an )?(?<role>[^,.;:“”""()]{3,70}?),)")]
    private static partial Regex AppositionAfter();

    [GeneratedRegex(@"\G(?:['’]s)?\s(?:(?:also|has|had|have|later|then|once|previously|recently|again|\p{Ll}+ly)\s){0,2}(?<verb>\p{Ll}+)\b")]
    private static partial Regex VerbAfter();

    private sealed class Evidence(string[] words)
    {
        public string[] Words { get; } = words;
        public int Count { get; set; }
        public int Person { get; set; }
        public string? Role { get; set; }
        public Gender Gender { get; set; }
        public EntityKind Kind { get; set; } = EntityKind.Other;
    }

    private sealed class Draft(string name, EntityKind kind)
    {
        public string Name { get; } = name;
        public EntityKind Kind { get; set; } = kind;
        public HashSet<string> Aliases { get; } = new(StringComparer.Ordinal);
        public string? Role { get; set; }
        public Gender Gender { get; set; }
        public int Mentions { get; set; }
        public int LastMention { get; set; }
    }
}
