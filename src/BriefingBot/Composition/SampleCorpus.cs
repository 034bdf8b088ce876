using BriefingBot.Core.Index;
using BriefingBot.Ingest;
using Microsoft.Extensions.Logging;
using Spectre.Console;

namespace BriefingBot.Composition;

/// <summary>
/// On first use of the default database, indexes the bundled corpus in config/articles so a newcomer's first
/// command answers something real.
/// </summary>
internal sealed class SampleCorpus(IArticleIndex index, IngestService ingest, ILogger<SampleCorpus> logger)
{
    /// <param name="console">Where to show progress, or null to stay quiet (JSON output, the server).</param>
    public async Task EnsureIngestedAsync(IAnsiConsole? console, CancellationToken cancellationToken)
    {
        var stats = await index.GetStatisticsAsync(cancellationToken);
        if (stats.Count > 0) return;
        var folder = BundledConfig.Locate("articles");
        if (folder is null)
        {
            logger.LogWarning("The index is empty and no sample corpus (config/articles) was found");
            return;
        }
        console?.MarkupLine($"[grey]First run: indexing the sample corpus in {Markup.Escape(folder)}…[/]");
        var result = await ingest.IngestAsync([folder], progress: null, cancellationToken);
        logger.LogInformation("Sample corpus indexed: {Result}", result);
        console?.MarkupLine($"[grey]{Markup.Escape(result.ToString())}[/]");
    }
}
