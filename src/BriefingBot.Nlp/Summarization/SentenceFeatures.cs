using BriefingBot.Core.Analysis;

namespace BriefingBot.Nlp.Summarization;

/// <summary>Per-sentence tokens, vectors and shape weights of one document, computed once for scoring and selection.</summary>
internal sealed class SentenceFeatures
{
    private readonly HashSet<string> _headlineWords;
    private readonly int? _headline;

    private SentenceFeatures(List<List<string>> contentWords, List<TermVector> vectors, double[] shapeWeights, int? headline)
    {
        ContentWords = contentWords;
        Vectors = vectors;
        ShapeWeights = shapeWeights;
        _headline = headline;
        _headlineWords = headline is { } h ? [.. contentWords[h]] : [];
    }

    public int Count => ContentWords.Count;

    public IReadOnlyList<List<string>> ContentWords { get; }

    public IReadOnlyList<TermVector> Vectors { get; }

    public IReadOnlyList<double> ShapeWeights { get; }

    public static SentenceFeatures Compute(string text, IReadOnlyList<TextSpan> sentences)
    {
        var contentWords = new List<List<string>>(sentences.Count);
        var vectors = new List<TermVector>(sentences.Count);
        var shapeWeights = new double[sentences.Count];
        for (var i = 0; i < sentences.Count; i++)
        {
            var span = Clamp(sentences[i], text.Length);
            var slice = text.AsSpan(span.Start, span.Length);
            var words = WordTokenizer.Words(slice);
            var content = words.Where(WordTokenizer.IsContent).ToList();
            contentWords.Add(content);
            vectors.Add(new TermVector(content));
            shapeWeights[i] = SentenceShape.Weight(slice, words.Count);
        }
        return new SentenceFeatures(contentWords, vectors, shapeWeights, FindHeadline(text, sentences));
    }

    /// <summary>How often each content word occurs in the body (a headline would double-count its words).</summary>
    public Dictionary<string, int> DocumentFrequencies()
    {
        var frequencies = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < Count; i++)
        {
            foreach (var word in ContentWords[i]) frequencies[word] = frequencies.GetValueOrDefault(word) + 1;
        }
        return frequencies;
    }

    public bool IsHeadline(int sentence) => sentence == _headline;

    /// <summary>The first sentence that is not the headline, or null when there is none.</summary>
    public int? FirstBodySentence()
    {
        var first = _headline == 0 ? 1 : 0;
        return first < Count ? first : null;
    }

    /// <summary>Share of the headline's content words that this sentence repeats, in [0, 1].</summary>
    public double HeadlineOverlap(int sentence)
    {
        if (_headlineWords.Count == 0) return 0;
        return ContentWords[sentence].Distinct().Count(_headlineWords.Contains) / (double)_headlineWords.Count;
    }

    /// <summary>
    /// A first "sentence" with no closing punctuation that ends at a line break is the article's headline:
    /// it names the subject (useful for overlap) but is not a sentence of the body.
    /// </summary>
    private static int? FindHeadline(string text, IReadOnlyList<TextSpan> sentences)
    {
        if (sentences.Count < 2) return null;
        var span = Clamp(sentences[0], text.Length);
        var first = text.AsSpan(span.Start, span.Length).Trim();
        if (first.IsEmpty || first.Contains('\n') || first[^1] is '.' or '!' or '?' or '"' or '”' or '…') return null;
        var after = text.AsSpan(span.End);
        var nextVisible = after.IndexOfAnyExcept(" \t\r");
        return nextVisible < 0 || after[nextVisible] == '\n' ? 0 : null;
    }

    private static TextSpan Clamp(TextSpan span, int length)
    {
        var start = Math.Clamp(span.Start, 0, length);
        return new TextSpan(start, Math.Clamp(span.End, start, length));
    }
}
