namespace BriefingBot.Core.Digests;

/// <summary>What a sender posts: one digest as one message.</summary>
/// <param name="DeliveryId">The outbox row; stable per (subscription, period).</param>
/// <param name="IdempotencyKey">
/// Put it where the platform can dedupe or find it again: Discord <c>nonce</c> with <c>enforce_nonce: true</c>;
/// Slack message <c>metadata</c> (<c>event_payload.delivery_id</c>), looked up by <see cref="IDigestSender.ConfirmAsync"/>.
/// At most 25 characters.
/// </param>
/// <param name="Attempt">1 for the first attempt.</param>
public sealed record DigestMessage(string DeliveryId, string IdempotencyKey, int Attempt, Digest Digest)
{
    public DigestTarget Target => Digest.Target;
}
