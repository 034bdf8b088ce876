using BriefingBot.Ingest.Web;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace BriefingBot.Ingest.Sources;

/// <summary>
/// The feed poller of <c>serve</c>: applies <see cref="WebSourcesOptions.ConfigFile"/> once, then every
/// <see cref="WebSourcesOptions.PollerTick"/> polls the due sources. A failing round is logged and the next one runs.
/// </summary>
public sealed partial class SourcePollingService(
    SourceService sources,
    TimeProvider timeProvider,
    IOptions<WebSourcesOptions> options,
    ILogger<SourcePollingService> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var settings = options.Value;
        if (settings.ConfigFile is { Length: > 0 } path && File.Exists(path))
        {
            try
            {
                var changes = await sources.ApplyFileAsync(SourcesFile.Load(path), stoppingToken).ConfigureAwait(false);
                LogApplied(changes.Count, path);
            }
            catch (SourceValidationException ex)
            {
                LogBadFile(ex.Message);
            }
        }

        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                var summary = await sources.PollDueAsync(stoppingToken).ConfigureAwait(false);
                if (summary.Results.Count > 0) LogRound(summary.Results.Count, summary.Added, summary.Failed);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                break;
            }
#pragma warning disable CA1031 // The poller must survive a bad round (database locked, disk full); the next tick retries.
            catch (Exception ex)
#pragma warning restore CA1031
            {
                LogRoundFailed(ex);
            }
            try
            {
                await Task.Delay(settings.PollerTick, timeProvider, stoppingToken).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                break;
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Applied {Count} sources from {Path}")]
    private partial void LogApplied(int count, string path);

    [LoggerMessage(Level = LogLevel.Error, Message = "Sources file not applied: {Reason}")]
    private partial void LogBadFile(string reason);

    [LoggerMessage(Level = LogLevel.Information, Message = "Polled {Sources} sources: {Added} articles added, {Failed} sources failed")]
    private partial void LogRound(int sources, int added, int failed);

    [LoggerMessage(Level = LogLevel.Error, Message = "A polling round failed")]
    private partial void LogRoundFailed(Exception exception);
}
