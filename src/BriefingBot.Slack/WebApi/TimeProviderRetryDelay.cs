namespace BriefingBot.Slack.WebApi;

internal sealed class TimeProviderRetryDelay(TimeProvider time) : ISlackRetryDelay
{
    public Task DelayAsync(TimeSpan delay, CancellationToken cancellationToken) => Task.Delay(delay, time, cancellationToken);
}
