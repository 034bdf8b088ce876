using System.Collections.Concurrent;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace BriefingBot.Slack.Hosting;

/// <summary>
/// Runs work that outlives a request (slow commands, mention answers) with a bounded concurrency. On shutdown it
/// cancels that work and waits for it within the host's shutdown timeout, so nothing is cut off silently.
/// </summary>
internal sealed class SlackBackgroundWork(ILogger<SlackBackgroundWork> logger) : IHostedService, IDisposable
{
    private const int MaxConcurrent = 8;

    private readonly CancellationTokenSource stopping = new();
    private readonly SemaphoreSlim slots = new(MaxConcurrent);
    private readonly ConcurrentDictionary<Task, byte> running = new();

    /// <summary>Starts <paramref name="work"/> now (waiting for a free slot) and returns it, so a caller may still wait for the result.</summary>
    public Task<T> Run<T>(Func<CancellationToken, Task<T>> work)
    {
        stopping.Token.ThrowIfCancellationRequested();
        var task = RunInSlotAsync(work);
        Track(task);
        return task;
    }

    /// <summary>Fire and forget: failures are logged, never thrown at anyone.</summary>
    public void Enqueue(string description, Func<CancellationToken, Task> work)
    {
        stopping.Token.ThrowIfCancellationRequested();
        Track(LoggedAsync(description, work));
    }

    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        await stopping.CancelAsync();
        try
        {
            await Task.WhenAll(running.Keys).WaitAsync(cancellationToken);
        }
#pragma warning disable CA1031 // Shutdown must finish; each failure was already logged where it happened.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            logger.LogInformation(ex, "Slack background work ended during shutdown");
        }
    }

    public void Dispose()
    {
        stopping.Dispose();
        slots.Dispose();
    }

    private void Track(Task task)
    {
        running.TryAdd(task, 0);
        _ = task.ContinueWith(t => running.TryRemove(t, out _), CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
    }

    private async Task<T> RunInSlotAsync<T>(Func<CancellationToken, Task<T>> work)
    {
        var token = stopping.Token;
        await slots.WaitAsync(token);
        try
        {
            // Task.Run: a handler that blocks before its first await must not block the request that started it.
            return await Task.Run(() => work(token), token);
        }
        finally
        {
            slots.Release();
        }
    }

    private async Task LoggedAsync(string description, Func<CancellationToken, Task> work)
    {
        try
        {
            await RunInSlotAsync<bool>(async token =>
            {
                await work(token);
                return true;
            });
        }
        catch (OperationCanceledException) when (stopping.IsCancellationRequested)
        {
            logger.LogWarning("Slack background work {Work} cancelled by shutdown", description);
        }
#pragma warning disable CA1031 // Background work has no caller to throw to; the log is where failures go.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            logger.LogError(ex, "Slack background work {Work} failed", description);
        }
    }
}
