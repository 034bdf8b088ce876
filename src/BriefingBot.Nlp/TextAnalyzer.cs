using BriefingBot.Core.Analysis;

namespace BriefingBot.Nlp;

/// <summary>The preprocessing pipeline (placeholder until the NLP stages land).</summary>
public sealed class TextAnalyzer : ITextAnalyzer
{
    public DocumentAnalysis Analyze(DocumentInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        return new DocumentAnalysis(TextAnalysis.Empty, input.Published, PublishedInferred: false);
    }
}
