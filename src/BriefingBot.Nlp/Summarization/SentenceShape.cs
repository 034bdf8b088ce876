namespace BriefingBot.Nlp.Summarization;

/// <summary>
/// Surface traits that make a sentence a poor summary line whatever its words: headlines and boilerplate
/// (no closing punctuation, links, calls to action), questions, bare quotations and very short lines.
/// </summary>
internal static class SentenceShape
{
    private const int ShortWordCount = 6;

    private static readonly string[] BoilerplateCues =
    [
        "click here", "subscribe", "sign up", "newsletter", "cookie", "all rights reserved", "follow us", "read more",
        "related articles", "related stories", "share this", "copyright", "http://", "https://", "www.", "@",
    ];

    /// <summary>A factor in (0, 1]: 1 for an ordinary declarative sentence, lower for each bad trait.</summary>
    public static double Weight(ReadOnlySpan<char> sentence, int wordCount)
    {
        var text = sentence.Trim();
        if (text.IsEmpty || wordCount == 0) return 0;
        var weight = 1.0;
        if (IsBoilerplate(text)) weight *= 0.2;
        if (!EndsLikeSentence(text)) weight *= 0.3;
        if (EndsWithQuestion(text)) weight *= 0.5;
        if (wordCount < ShortWordCount) weight *= 0.4;
        if (IsQuoteOnly(text)) weight *= 0.8;
        return weight;
    }

    private static bool IsBoilerplate(ReadOnlySpan<char> text)
    {
        foreach (var cue in BoilerplateCues)
        {
            if (text.Contains(cue, StringComparison.OrdinalIgnoreCase)) return true;
        }
        return false;
    }

    /// <summary>Headlines, bylines and menu items stop without sentence punctuation.</summary>
    private static bool EndsLikeSentence(ReadOnlySpan<char> text)
    {
        var end = text.TrimEnd("\"'”’)]»");
        return !end.IsEmpty && end[^1] is '.' or '!' or '?' or '…' or ':' or ';';
    }

    private static bool EndsWithQuestion(ReadOnlySpan<char> text) => text.TrimEnd("\"'”’)]»").EndsWith("?");

    /// <summary>A sentence made only of a quotation has no attribution and little context on its own.</summary>
    private static bool IsQuoteOnly(ReadOnlySpan<char> text) =>
        text.Length > 2 && text[0] is '"' or '“' && text.TrimEnd(".!?").Trim()[^1] is '"' or '”';
}
