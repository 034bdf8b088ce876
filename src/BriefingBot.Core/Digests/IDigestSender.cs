using BriefingBot.Core.Commands;

namespace BriefingBot.Core.Digests;

/// <summary>
/// Posts a digest to a platform; implemented by the platform adapters (Discord: <c>POST /channels/{id}/messages</c>
/// with <c>nonce</c> = <see cref="DigestMessage.IdempotencyKey"/> and <c>enforce_nonce: true</c>; Slack: <c>chat.postMessage</c>
/// with the key in message metadata).
/// </summary>
/// <remarks>
/// Contract for exceptions: throw <see cref="DigestSendException"/> only when the platform answered and the
/// message was certainly NOT posted (429, 4xx, <c>ok:false</c>); set <see cref="DigestSendException.RetryAfter"/>
/// from <c>retry_after</c>/<c>Retry-After</c> and <see cref="DigestSendException.Permanent"/> for errors a retry
/// cannot fix (unknown channel, missing access). Any other exception (timeout, connection reset) means
/// "outcome unknown": the delivery is kept in doubt and <see cref="ConfirmAsync"/> is asked before the next attempt.
/// Confirming: Discord returns a nonce only in the create response, and <c>enforce_nonce</c> dedupes for a few
/// minutes only, so also put the key in the message (e.g. the embed footer) and look for the bot's message carrying
/// it in <c>GET /channels/{id}/messages?after={snowflake of attemptedSince}</c>. Slack has no idempotency key:
/// post the key as message <c>metadata</c> and look in <c>conversations.history</c> (<c>oldest</c> = attemptedSince,
/// <c>include_all_metadata=true</c>). See Digests/README.md for the remaining duplicate window.
/// </remarks>
public interface IDigestSender
{
    ChatPlatform Platform { get; }

    Task<DigestSendReceipt> SendAsync(DigestMessage message, CancellationToken cancellationToken);

    /// <summary>
    /// Whether a message with <paramref name="idempotencyKey"/> was posted to <paramref name="target"/> since
    /// <paramref name="attemptedSince"/> (a previous attempt whose outcome was never recorded).
    /// Return <see cref="DigestConfirmationResult.Unknown"/> when the platform cannot be asked.
    /// </summary>
    Task<DigestConfirmationResult> ConfirmAsync(DigestTarget target, string idempotencyKey, DateTimeOffset attemptedSince, CancellationToken cancellationToken);
}
