using BriefingBot.Core.Articles;
using BriefingBot.Core.Index;

namespace BriefingBot.Ingest.Sources;

/// <summary>What <see cref="IngestService.IngestDocumentAsync"/> did with one document: an outcome and the stored article, or a problem.</summary>
public sealed record DocumentIngestResult(UpsertOutcome? Outcome, AnalyzedArticle? Article, string? Problem)
{
    public static DocumentIngestResult Failed(string problem) => new(null, null, problem);
}
