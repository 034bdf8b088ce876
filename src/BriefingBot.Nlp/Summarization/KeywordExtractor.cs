using BriefingBot.Core.Analysis;

namespace BriefingBot.Nlp.Summarization;

/// <summary>Key terms of a document, for topic suggestions (placeholder).</summary>
public static class KeywordExtractor
{
    public static IReadOnlyList<string> Extract(string text, IReadOnlyList<TextSpan> sentences, IReadOnlyList<Entity> entities, int count)
    {
        ArgumentNullException.ThrowIfNull(entities);
        return entities.Take(count).Select(e => e.Name).ToList();
    }
}
