using System.Globalization;
using System.Text;
using BriefingBot.Core.Index;
using Npgsql;

namespace BriefingBot.Storage.Postgres.Search;

/// <summary>
/// Free user text turned into safe <c>tsquery</c> expressions. The text is cut into words of letters and digits
/// (the same rule as the SQLite engine), folded like the indexed text, and each word reaches PostgreSQL only as
/// a parameter of <c>plainto_tsquery</c>, which never fails on input. So no syntax a user types
/// (<c>&amp; | ! ( ) : * &lt;-&gt; " '</c>) is ever parsed as syntax, and punctuation cannot make a query throw.
/// </summary>
internal sealed class TextSearchQuery
{
    /// <summary>The text search configuration of the index and every query: English stemming ("elections" finds "election"), like the SQLite engine's porter tokenizer.</summary>
    public const string Configuration = "english";

    /// <summary>More words than this adds nothing to a topic and only slows the query.</summary>
    private const int MaxWords = 16;

    private TextSearchQuery(IReadOnlyList<string> words) => Words = words;

    public IReadOnlyList<string> Words { get; }

    public bool IsEmpty => Words.Count == 0;

    /// <summary>Every word must occur (in any weight class): the precise first attempt.</summary>
    public SqlFragment AllWords => new($"plainto_tsquery('{Configuration}', @q0)", [new NpgsqlParameter("q0", string.Join(' ', Words))]);

    /// <summary>Any word may occur: the fallback when nothing has every word.</summary>
    public SqlFragment AnyWord
    {
        get
        {
            var parameters = new List<NpgsqlParameter>(Words.Count);
            var parts = new List<string>(Words.Count);
            for (var i = 0; i < Words.Count; i++)
            {
                var name = string.Create(CultureInfo.InvariantCulture, $"q{i}");
                parts.Add($"plainto_tsquery('{Configuration}', @{name})");
                parameters.Add(new NpgsqlParameter(name, Words[i]));
            }
            return new SqlFragment("(" + string.Join(" || ", parts) + ")", parameters);
        }
    }

    /// <summary>The queries to try in order: all words, then any word when there are several.</summary>
    public IEnumerable<SqlFragment> Strategies()
    {
        if (IsEmpty) yield break;
        yield return AllWords;
        if (Words.Count > 1) yield return AnyWord;
    }

    public static TextSearchQuery Parse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return new TextSearchQuery([]);
        var words = new List<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var current = new StringBuilder();

        void Flush()
        {
            if (current.Length == 0) return;
            var word = Fold(current.ToString());
            current.Clear();
            if (word.Length > 0 && words.Count < MaxWords && seen.Add(word)) words.Add(word);
        }

        // Composed form so "é" typed as e + combining accent stays one word (folding then removes the accent).
        foreach (var rune in text.Normalize(NormalizationForm.FormC).EnumerateRunes())
        {
            if (IsWordRune(rune)) current.Append(rune.ToString());
            else Flush();
        }
        Flush();
        return new TextSearchQuery(words);
    }

    /// <summary>What the index applies to titles, names and texts before <c>to_tsvector</c>.</summary>
    public static string Fold(string text) => SpeakerNames.Fold(StoredValues.Text(text));

    /// <summary>Letters, numbers, private use and marks make words; everything else separates them.</summary>
    private static bool IsWordRune(Rune rune) => Rune.GetUnicodeCategory(rune) switch
    {
        UnicodeCategory.UppercaseLetter or UnicodeCategory.LowercaseLetter or UnicodeCategory.TitlecaseLetter
            or UnicodeCategory.ModifierLetter or UnicodeCategory.OtherLetter
            or UnicodeCategory.DecimalDigitNumber or UnicodeCategory.LetterNumber or UnicodeCategory.OtherNumber
            or UnicodeCategory.PrivateUse
            or UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark => true,
        _ => false,
    };
}
