namespace BriefingBot.Slack.Commands;

/// <summary>
/// Slack honours a response_url at most <see cref="MaxUses"/> times within <see cref="Validity"/>; past that it
/// fails, so the adapter refuses first and logs instead of posting into the void.
/// </summary>
internal sealed class ResponseUrlTracker(TimeProvider time)
{
    public const int MaxUses = 5;
    public static readonly TimeSpan Validity = TimeSpan.FromMinutes(30);

    private readonly Dictionary<string, Entry> entries = new(StringComparer.Ordinal);
    private readonly Lock gate = new();

    /// <summary>Notes when the command that brought this URL arrived (the validity starts then).</summary>
    public void Register(string responseUrl)
    {
        var now = time.GetUtcNow();
        lock (gate)
        {
            Prune(now);
            entries.TryAdd(responseUrl, new Entry(now, 0));
        }
    }

    /// <summary>Counts one use; false when the URL is unknown, expired or used up.</summary>
    public bool TryUse(string responseUrl)
    {
        var now = time.GetUtcNow();
        lock (gate)
        {
            if (!entries.TryGetValue(responseUrl, out var entry)) return false;
            if (now - entry.Received > Validity || entry.Uses >= MaxUses) return false;
            entries[responseUrl] = entry with { Uses = entry.Uses + 1 };
            return true;
        }
    }

    private void Prune(DateTimeOffset now)
    {
        foreach (var expired in entries.Where(e => now - e.Value.Received > Validity).Select(e => e.Key).ToList())
            entries.Remove(expired);
    }

    private readonly record struct Entry(DateTimeOffset Received, int Uses);
}
