namespace BriefingBot.Core.Digests;

/// <param name="MessageId">The found message's id when <paramref name="Confirmation"/> is <see cref="DeliveryConfirmation.Delivered"/>.</param>
public sealed record DigestConfirmationResult(DeliveryConfirmation Confirmation, string? MessageId = null)
{
    public static DigestConfirmationResult Unknown { get; } = new(DeliveryConfirmation.Unknown);

    public static DigestConfirmationResult NotDelivered { get; } = new(DeliveryConfirmation.NotDelivered);

    public static DigestConfirmationResult Delivered(string? messageId) => new(DeliveryConfirmation.Delivered, messageId);
}
