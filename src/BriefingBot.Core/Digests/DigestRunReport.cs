namespace BriefingBot.Core.Digests;

/// <param name="Backlog">Open deliveries left (pending retries, in doubt).</param>
public sealed record DigestRunReport(DateTimeOffset At, IReadOnlyList<DeliveryResult> Results, int Backlog)
{
    public int Sent => Results.Count(r => r.Status == DeliveryStatus.Sent);
}
