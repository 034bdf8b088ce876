namespace BriefingBot.Core.Analysis;

/// <summary>The preprocessing pipeline: pure, deterministic, no I/O.</summary>
public interface ITextAnalyzer
{
    DocumentAnalysis Analyze(DocumentInput input);
}
