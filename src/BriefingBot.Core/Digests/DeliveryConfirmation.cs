namespace BriefingBot.Core.Digests;

/// <summary>What a sender can tell about a send whose outcome was never recorded.</summary>
public enum DeliveryConfirmation
{
    /// <summary>The sender cannot tell (no lookup for this platform, lookup failed).</summary>
    Unknown,

    /// <summary>The platform holds the message with this idempotency key.</summary>
    Delivered,

    /// <summary>The platform has no such message: sending again cannot duplicate it.</summary>
    NotDelivered,
}
