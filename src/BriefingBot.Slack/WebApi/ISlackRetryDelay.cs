namespace BriefingBot.Slack.WebApi;

/// <summary>Waits between Web API attempts; a seam so tests can record the wait instead of sitting through it.</summary>
internal interface ISlackRetryDelay
{
    Task DelayAsync(TimeSpan delay, CancellationToken cancellationToken);
}
