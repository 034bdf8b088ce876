namespace BriefingBot.Core.Digests;

/// <summary>What <c>GET /healthz</c> can show about digests.</summary>
public interface IDigestSchedulerStatus
{
    DigestSchedulerSnapshot Snapshot { get; }
}
