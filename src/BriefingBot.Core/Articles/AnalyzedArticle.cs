using BriefingBot.Core.Analysis;

namespace BriefingBot.Core.Articles;

/// <summary>An article with its analysis; what the index stores.</summary>
public sealed record AnalyzedArticle(Article Article, TextAnalysis Analysis)
{
    public string SentenceText(int index)
    {
        var span = Analysis.Sentences[index];
        return Article.Text[span.Start..span.End];
    }
}
