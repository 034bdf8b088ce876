using System.Collections.Concurrent;
using BriefingBot.Slack.WebApi;

namespace BriefingBot.Slack.Tests.Infrastructure;

/// <summary>Records the waits the Web API client asks for and returns at once, so retry tests are fast.</summary>
internal sealed class RecordingRetryDelay : ISlackRetryDelay
{
    public ConcurrentQueue<TimeSpan> Delays { get; } = new();

    public Task DelayAsync(TimeSpan delay, CancellationToken cancellationToken)
    {
        Delays.Enqueue(delay);
        return Task.CompletedTask;
    }
}
