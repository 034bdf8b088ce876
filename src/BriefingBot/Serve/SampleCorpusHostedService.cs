using BriefingBot.Composition;
using Microsoft.Extensions.Hosting;

namespace BriefingBot.Serve;

/// <summary>Indexes the sample corpus when the server starts on an empty default database.</summary>
internal sealed class SampleCorpusHostedService(SampleCorpus sample) : BackgroundService
{
    protected override Task ExecuteAsync(CancellationToken stoppingToken) => sample.EnsureIngestedAsync(console: null, stoppingToken);
}
