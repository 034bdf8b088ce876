namespace BriefingBot.Slack.Events;

/// <summary>
/// Remembers which Events API deliveries were handled, so Slack's retries are answered once. The default is
/// in memory (one instance); several instances need a shared store behind this interface.
/// </summary>
public interface ISlackEventDeduplicator
{
    /// <summary>True the first time <paramref name="eventId"/> is seen (the caller handles it); false for a repeat.</summary>
    ValueTask<bool> TryClaimAsync(string eventId, CancellationToken cancellationToken);
}
