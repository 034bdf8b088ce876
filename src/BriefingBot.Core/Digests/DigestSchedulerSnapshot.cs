namespace BriefingBot.Core.Digests;

/// <param name="LastTickAt">When this process last looked for due digests; null before the first look.</param>
/// <param name="LastTickSucceeded">False when the last look failed (store unreachable…); see <paramref name="LastError"/>.</param>
/// <param name="Backlog">Open deliveries (pending or in doubt) in the store after the last look.</param>
/// <param name="Sent">Digests this process sent since it started.</param>
/// <param name="Failed">Deliveries this process gave up on since it started.</param>
public sealed record DigestSchedulerSnapshot(
    DateTimeOffset? LastTickAt,
    bool LastTickSucceeded,
    int Backlog,
    long Sent,
    long Retried,
    long Failed,
    long Skipped,
    string? LastError);
