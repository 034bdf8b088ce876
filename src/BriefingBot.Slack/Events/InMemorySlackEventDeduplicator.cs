namespace BriefingBot.Slack.Events;

/// <summary>Event ids kept for <see cref="Retention"/> (Slack retries within minutes), bounded in size.</summary>
internal sealed class InMemorySlackEventDeduplicator(TimeProvider time) : ISlackEventDeduplicator
{
    public static readonly TimeSpan Retention = TimeSpan.FromHours(1);
    private const int MaxEntries = 100_000;

    private readonly Dictionary<string, DateTimeOffset> seen = new(StringComparer.Ordinal);
    private readonly Lock gate = new();

    public ValueTask<bool> TryClaimAsync(string eventId, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(eventId);
        var now = time.GetUtcNow();
        lock (gate)
        {
            if (seen.TryGetValue(eventId, out var at) && now - at <= Retention) return ValueTask.FromResult(false);
            if (seen.Count >= MaxEntries) Prune(now);
            seen[eventId] = now;
            return ValueTask.FromResult(true);
        }
    }

    private void Prune(DateTimeOffset now)
    {
        foreach (var old in seen.Where(e => now - e.Value > Retention).Select(e => e.Key).ToList()) seen.Remove(old);
        // Still full (a flood within the hour): forget the oldest half rather than grow without bound.
        if (seen.Count >= MaxEntries)
        {
            foreach (var old in seen.OrderBy(e => e.Value).Take(seen.Count / 2).Select(e => e.Key).ToList()) seen.Remove(old);
        }
    }
}
