using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace BriefingBot.Core.Digests;

/// <summary>
/// Looks for due digests every <see cref="DigestOptions.PollInterval"/> (on the injected TimeProvider).
/// Polling the outbox rather than sleeping until the next run keeps restarts, schedule edits, retries
/// and several instances simple: every tick recomputes what is due from the store.
/// </summary>
public sealed class DigestScheduler(DigestService digests, IOptions<DigestOptions> options, TimeProvider timeProvider, ILogger<DigestScheduler> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var settings = options.Value;
        if (!settings.SchedulerEnabled)
        {
            logger.LogInformation("Digest scheduler disabled ({Section}:{Key} = false)", DigestOptions.SectionName, nameof(DigestOptions.SchedulerEnabled));
            return;
        }
        logger.LogInformation("Digest scheduler started as {Instance}, every {Interval}", digests.InstanceId, settings.PollInterval);
        using var timer = new PeriodicTimer(settings.PollInterval, timeProvider);
        do
        {
            await TickAsync(stoppingToken);
        }
        while (await WaitAsync(timer, stoppingToken));
    }

    /// <summary>One look for due digests; failures are logged and retried on the next tick, never fatal.</summary>
    internal async Task TickAsync(CancellationToken stoppingToken)
    {
        try
        {
            var report = await digests.RunDueAsync(stoppingToken);
            if (report.Results.Count > 0)
                logger.LogInformation("Digest tick: {Sent} sent, {Handled} handled, backlog {Backlog}", report.Sent, report.Results.Count, report.Backlog);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
#pragma warning disable CA1031 // The scheduler must outlive a failing store or sender; the next tick retries.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            logger.LogError(ex, "Digest tick failed");
        }
    }

    private static async Task<bool> WaitAsync(PeriodicTimer timer, CancellationToken stoppingToken)
    {
        try
        {
            return await timer.WaitForNextTickAsync(stoppingToken);
        }
        catch (OperationCanceledException)
        {
            return false;
        }
    }
}
