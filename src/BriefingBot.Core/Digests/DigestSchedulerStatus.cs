namespace BriefingBot.Core.Digests;

/// <summary>Thread-safe status of this process's digest work; a singleton shared by <see cref="DigestService"/> and the health endpoint.</summary>
public sealed class DigestSchedulerStatus : IDigestSchedulerStatus
{
    private readonly Lock gate = new();
    private DigestSchedulerSnapshot snapshot = new(null, true, 0, 0, 0, 0, 0, null);

    public DigestSchedulerSnapshot Snapshot
    {
        get
        {
            lock (gate) return snapshot;
        }
    }

    internal void Tick(DateTimeOffset at, int backlog, string? error)
    {
        lock (gate) snapshot = snapshot with { LastTickAt = at, Backlog = backlog, LastTickSucceeded = error is null, LastError = error ?? snapshot.LastError };
    }

    internal void Count(DeliveryStatus outcome, bool retried)
    {
        lock (gate)
        {
            snapshot = outcome switch
            {
                DeliveryStatus.Sent => snapshot with { Sent = snapshot.Sent + 1 },
                DeliveryStatus.Failed => snapshot with { Failed = snapshot.Failed + 1 },
                DeliveryStatus.Skipped => snapshot with { Skipped = snapshot.Skipped + 1 },
                _ when retried => snapshot with { Retried = snapshot.Retried + 1 },
                _ => snapshot,
            };
        }
    }
}
