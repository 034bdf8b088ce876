namespace BriefingBot.Nlp.Summarization;

/// <summary>Splits text into lower-cased word tokens (letters and digits, inner apostrophes and hyphens dropped as separators).</summary>
internal static class WordTokenizer
{
    public static List<string> Words(ReadOnlySpan<char> text)
    {
        var words = new List<string>();
        var start = -1;
        for (var i = 0; i <= text.Length; i++)
        {
            var inWord = i < text.Length && char.IsLetterOrDigit(text[i]);
            if (inWord && start < 0) start = i;
            else if (!inWord && start >= 0)
            {
                words.Add(text[start..i].ToString().ToLowerInvariant());
                start = -1;
            }
        }
        return words;
    }

    /// <summary>Words that can carry a topic: no stopwords, no single letters.</summary>
    public static List<string> ContentWords(ReadOnlySpan<char> text) =>
        Words(text).Where(IsContent).ToList();

    public static bool IsContent(string lowerWord) => lowerWord.Length > 1 && !Stopwords.Contains(lowerWord);
}
