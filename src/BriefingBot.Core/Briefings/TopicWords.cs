using BriefingBot.Core.Index;

namespace BriefingBot.Core.Briefings;

/// <summary>The content words of a typed topic and a cheap test of whether a sentence is about it.</summary>
internal sealed class TopicWords
{
    private readonly string[] _words;

    public TopicWords(string topic)
    {
        _words = SpeakerNames.Fold(topic)
            .Split([' ', ',', '.', ';', ':', '"', '\'', '-', '/'], StringSplitOptions.RemoveEmptyEntries)
            .Where(w => w.Length > 2)
            .Distinct(StringComparer.Ordinal)
            .ToArray();
    }

    /// <summary>Share of topic words found in <paramref name="text"/> (0 when the topic has no content words).</summary>
    public double Coverage(string text)
    {
        if (_words.Length == 0) return 0;
        var folded = SpeakerNames.Fold(text);
        return _words.Count(w => folded.Contains(w, StringComparison.Ordinal)) / (double)_words.Length;
    }
}
