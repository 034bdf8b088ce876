using BriefingBot.Core.Analysis;

namespace BriefingBot.Nlp.Summarization;

/// <summary>Extractive single-document summary (placeholder: lead sentences).</summary>
public static class Summarizer
{
    /// <summary>Indices of the <paramref name="count"/> best summary sentences, most important first.</summary>
    public static IReadOnlyList<int> Summarize(string text, IReadOnlyList<TextSpan> sentences, int count)
    {
        ArgumentNullException.ThrowIfNull(sentences);
        return Enumerable.Range(0, Math.Min(count, sentences.Count)).ToList();
    }
}
