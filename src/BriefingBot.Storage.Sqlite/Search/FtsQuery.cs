using System.Globalization;
using System.Text;

namespace BriefingBot.Storage.Sqlite.Search;

/// <summary>
/// Free user text turned into safe FTS5 MATCH expressions. Every token is a double-quoted string made of
/// letters and digits only, so FTS5 syntax typed by a user (<c>" * ( ) : ^ - NEAR AND OR</c>) can never reach
/// the query parser as syntax.
/// </summary>
internal sealed class FtsQuery
{
    /// <summary>More words than this adds nothing to a topic and only slows the query.</summary>
    private const int MaxTokens = 16;

    private FtsQuery(IReadOnlyList<string> tokens)
    {
        Tokens = tokens;
        var quoted = tokens.Select(t => "\"" + t + "\"").ToList();
        AllTokens = string.Join(' ', quoted);
        AnyToken = string.Join(" OR ", quoted);
    }

    public IReadOnlyList<string> Tokens { get; }

    public bool IsEmpty => Tokens.Count == 0;

    /// <summary>Every token must occur (in any column): the precise first attempt.</summary>
    public string AllTokens { get; }

    /// <summary>Any token may occur: the fallback when nothing has every token.</summary>
    public string AnyToken { get; }

    /// <summary>The match expressions to try in order: all tokens, then any token when there are several.</summary>
    public IEnumerable<string> Strategies()
    {
        if (IsEmpty) yield break;
        yield return AllTokens;
        if (Tokens.Count > 1) yield return AnyToken;
    }

    public static FtsQuery Parse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return new FtsQuery([]);
        var tokens = new List<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var current = new StringBuilder();

        void Flush()
        {
            if (current.Length == 0) return;
            var token = current.ToString().ToLowerInvariant();
            current.Clear();
            if (tokens.Count < MaxTokens && seen.Add(token)) tokens.Add(token);
        }

        // Composed form so "é" typed as e + combining accent stays one token (the tokenizer removes the accent).
        foreach (var rune in text.Normalize(NormalizationForm.FormC).EnumerateRunes())
        {
            if (IsTokenRune(rune)) current.Append(rune.ToString());
            else Flush();
        }
        Flush();
        return new FtsQuery(tokens);
    }

    /// <summary>The same character classes the unicode61 tokenizer keeps in tokens (letters, numbers, private use), plus marks.</summary>
    private static bool IsTokenRune(Rune rune) => Rune.GetUnicodeCategory(rune) switch
    {
        UnicodeCategory.UppercaseLetter or UnicodeCategory.LowercaseLetter or UnicodeCategory.TitlecaseLetter
            or UnicodeCategory.ModifierLetter or UnicodeCategory.OtherLetter
            or UnicodeCategory.DecimalDigitNumber or UnicodeCategory.LetterNumber or UnicodeCategory.OtherNumber
            or UnicodeCategory.PrivateUse
            or UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark => true,
        _ => false,
    };
}
