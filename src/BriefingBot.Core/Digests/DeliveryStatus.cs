namespace BriefingBot.Core.Digests;

public enum DeliveryStatus
{
    /// <summary>Due, not sent yet: waiting for its first attempt or for a retry after a known failure.</summary>
    Pending,

    /// <summary>Intent recorded and a send started, outcome unknown (crash, timeout): confirm with the platform before sending again.</summary>
    InDoubt,

    Sent,

    /// <summary>Gave up: a permanent platform error or too many attempts. <see cref="Delivery.LastError"/> says why.</summary>
    Failed,

    /// <summary>Deliberately not sent (too late after downtime, nothing new, paused, removed). <see cref="Delivery.LastError"/> says why.</summary>
    Skipped,
}
