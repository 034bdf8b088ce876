using System.Globalization;
using System.Text;

namespace BriefingBot.Core.Index;

/// <summary>
/// How a typed speaker name matches a canonical one: "petro", "Petro", "President Petro" and "Gustavo Petro"
/// all name <c>Gustavo Petro</c>. Titles are ignored, case and accents too; every typed word must be one of
/// the speaker's words (so "petro" matches, "juan petro" does not match "Gustavo Petro").
/// </summary>
public static class SpeakerNames
{
    private static readonly HashSet<string> Titles = new(StringComparer.Ordinal)
    {
        "mr", "mrs", "ms", "miss", "dr", "prof", "professor", "sir", "dame", "lord", "lady",
        "president", "vice", "prime", "minister", "premier", "chancellor", "secretary", "senator", "sen",
        "rep", "representative", "governor", "gov", "mayor", "judge", "justice", "chief", "general", "gen",
        "colonel", "col", "captain", "capt", "lieutenant", "lt", "sgt", "sergeant", "king", "queen", "prince",
        "princess", "pope", "rev", "reverend", "father", "sister", "brother", "ceo", "chairman", "chair",
        "commissioner", "ambassador", "mp", "mla", "councillor", "councilor", "deputy", "leader", "speaker",
        "the", "former", "state", "us", "u.s.",
    };

    /// <summary>The lower-case, accent-free words of a name, without titles.</summary>
    public static IReadOnlyList<string> Words(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var folded = Fold(name);
        var words = folded.Split([' ', '\t', ',', '.', '\'', '’', '"', '-'], StringSplitOptions.RemoveEmptyEntries);
        var kept = words.Where(w => !Titles.Contains(w)).ToList();
        return kept.Count > 0 ? kept : words;
    }

    /// <summary>
    /// True when every word of <paramref name="typed"/> (titles aside) is a word of <paramref name="canonical"/>, or when
    /// the stored name is a surname alone (an article that only ever says "Petro") equal to the typed name's last word.
    /// </summary>
    public static bool Matches(string typed, string canonical)
    {
        var wanted = Words(typed);
        if (wanted.Count == 0) return false;
        var have = Words(canonical);
        if (wanted.All(w => have.Contains(w, StringComparer.Ordinal))) return true;
        return have.Count == 1 && wanted.Count > 1 && string.Equals(wanted[^1], have[0], StringComparison.Ordinal);
    }

    /// <summary>Lower case without diacritics, so "Pétro" and "petro" are one key.</summary>
    public static string Fold(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var decomposed = text.Normalize(NormalizationForm.FormD);
        var sb = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
                sb.Append(char.ToLowerInvariant(c));
        }
        return sb.ToString().Normalize(NormalizationForm.FormC);
    }
}
