namespace BriefingBot.Nlp.Summarization;

/// <summary>A bag of words with its Euclidean norm, for cosine similarity between sentences.</summary>
internal sealed class TermVector
{
    private readonly Dictionary<string, int> _counts;

    public TermVector(IEnumerable<string> words)
    {
        _counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var word in words) _counts[word] = _counts.GetValueOrDefault(word) + 1;
        Norm = Math.Sqrt(_counts.Values.Sum(c => (double)c * c));
    }

    public double Norm { get; }

    public bool IsEmpty => _counts.Count == 0;

    public double Cosine(TermVector other)
    {
        if (IsEmpty || other.IsEmpty) return 0;
        var (small, large) = _counts.Count <= other._counts.Count ? (this, other) : (other, this);
        double dot = 0;
        foreach (var (term, count) in small._counts)
        {
            if (large._counts.TryGetValue(term, out var otherCount)) dot += (double)count * otherCount;
        }
        return dot / (Norm * other.Norm);
    }
}
