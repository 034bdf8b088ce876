using System.Collections.Frozen;

namespace BriefingBot.Nlp.Quotes;

/// <summary>Verbs of saying (all inflections) that attribute speech to a speaker.</summary>
internal static class CueVerbs
{
    private static readonly string[] Lemmas =
    [
        "say", "tell", "add", "note", "explain", "claim", "argue", "warn", "state", "announce", "insist", "confirm",
        "acknowledge", "suggest", "allege", "write", "testify", "report", "respond", "reply", "joke", "quip", "ask",
        "admit", "comment", "recall", "remark", "declare", "observe", "tweet", "post", "urge", "caution", "concede",
        "contend", "emphasize", "emphasise", "stress", "maintain", "assert", "predict", "lament", "complain", "agree",
        "continue", "describe", "reiterate", "repeat", "point", "mention", "promise", "vow", "pledge", "boast", "estimate",
        "believe", "think", "fear", "hope", "deny", "counter", "retort", "scoff", "shout", "yell", "whisper", "answer",
        "advise", "recount", "conclude", "charge", "accuse", "demand", "propose", "reveal", "disclose", "indicate",
    ];

    private static readonly FrozenDictionary<string, string> Forms = BuildForms();
    private static readonly FrozenDictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> FormsBySpan = Forms.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Inflections that introduce a quote only in the "said"-like sense; kept out of weaker positions.</summary>
    private static readonly FrozenSet<string> Strong = new[]
    {
        "say", "tell", "add", "note", "explain", "claim", "argue", "warn", "state", "insist", "confirm", "acknowledge",
        "allege", "write", "testify", "respond", "reply", "joke", "quip", "admit", "comment", "recall", "remark", "declare",
        "tweet", "concede", "contend", "emphasize", "emphasise", "stress", "maintain", "assert", "predict", "lament",
        "reiterate", "repeat", "announce", "suggest", "observe", "caution", "urge", "retort", "counter", "answer", "ask",
        "continue", "deny", "boast", "recount", "conclude", "report",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>True when <paramref name="word"/> is an inflection of a verb of saying; <paramref name="lemma"/> gets its base form.</summary>
    public static bool TryGet(ReadOnlySpan<char> word, out string lemma)
    {
        return FormsBySpan.TryGetValue(word, out lemma!);
    }

    public static bool IsCue(ReadOnlySpan<char> word) => TryGet(word, out _);

    /// <summary>A verb that introduces speech on its own ("said"), not one that needs a complement to do so ("believe").</summary>
    public static bool IsStrongCue(ReadOnlySpan<char> word) => TryGet(word, out var lemma) && Strong.Contains(lemma);

    private static FrozenDictionary<string, string> BuildForms()
    {
        var forms = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var lemma in Lemmas)
        {
            foreach (var form in Inflect(lemma)) forms.TryAdd(form, lemma);
        }
        return forms.ToFrozenDictionary(StringComparer.Ordinal);
    }

    private static IEnumerable<string> Inflect(string lemma)
    {
        yield return lemma;
        switch (lemma)
        {
            case "say": yield return "says"; yield return "said"; yield return "saying"; yield break;
            case "tell": yield return "tells"; yield return "told"; yield return "telling"; yield break;
            case "write": yield return "writes"; yield return "wrote"; yield return "writing"; yield return "written"; yield break;
            case "think": yield return "thinks"; yield return "thought"; yield return "thinking"; yield break;
            case "quip": yield return "quips"; yield return "quipped"; yield return "quipping"; yield break;
            case "admit": yield return "admits"; yield return "admitted"; yield return "admitting"; yield break;
            case "testify": yield return "testifies"; yield return "testified"; yield return "testifying"; yield break;
            case "reply": yield return "replies"; yield return "replied"; yield return "replying"; yield break;
            case "deny": yield return "denies"; yield return "denied"; yield return "denying"; yield break;
            case "scoff": yield return "scoffs"; yield return "scoffed"; yield return "scoffing"; yield break;
            case "fear": yield return "fears"; yield return "feared"; yield return "fearing"; yield break;
        }
        var stem = lemma.EndsWith('e') ? lemma[..^1] : lemma;
        yield return lemma.EndsWith('s') || lemma.EndsWith("sh", StringComparison.Ordinal) ? lemma + "es" : lemma + "s";
        yield return stem + "ed";
        yield return stem + "ing";
    }
}
