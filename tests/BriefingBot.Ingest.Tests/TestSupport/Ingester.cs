using BriefingBot.Core.Analysis;
using BriefingBot.Core.Index;
using BriefingBot.Nlp;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace BriefingBot.Ingest.Tests.TestSupport;

/// <summary>An IngestService over the real TextAnalyzer and an in-memory index.</summary>
internal static class Ingester
{
    public static IngestService Create(IArticleIndex index, IngestOptions? options = null, ITextAnalyzer? analyzer = null) =>
        new(analyzer ?? new TextAnalyzer(), index, new FakeTimeProvider(), Options.Create(options ?? new IngestOptions()), NullLogger<IngestService>.Instance);

    public static Task<IngestResult> RunAsync(this IngestService service, params string[] paths) =>
        service.IngestAsync(paths, progress: null, TestContext.Current.CancellationToken);
}
