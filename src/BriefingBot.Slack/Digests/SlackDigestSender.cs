using System.Text.Json.Nodes;
using BriefingBot.Core.Commands;
using BriefingBot.Core.Digests;
using BriefingBot.Slack.Rendering;
using BriefingBot.Slack.WebApi;
using Microsoft.Extensions.Logging;

namespace BriefingBot.Slack.Digests;

/// <summary>
/// Posts digests with chat.postMessage, the delivery id in message metadata, in one attempt (chat.postMessage has no
/// idempotency key, so the outbox retries, after confirming). Errors follow <see cref="IDigestSender"/>: an
/// <c>ok:false</c> or 4xx answer is a <see cref="DigestSendException"/>; a 5xx, timeout or lost connection propagates.
/// Confirms through conversations.history, which needs the <c>channels:history</c>/<c>groups:history</c> scopes.
/// </summary>
internal sealed class SlackDigestSender(Func<SlackWebApiClient> client, ILogger<SlackDigestSender> logger) : IDigestSender
{
    internal const int PageSize = 50;
    internal const int MaxPages = 4;

    /// <summary>Errors a retry cannot fix: the channel is gone or closed to the bot, or the token is dead.</summary>
    private static readonly HashSet<string> PermanentErrors = new(StringComparer.Ordinal)
    {
        "channel_not_found", "not_in_channel", "is_archived", "invalid_auth", "account_inactive", "token_revoked", "not_authed", "not_configured",
    };

    /// <summary>Errors after which Slack may have posted the message (or we cannot tell): the outcome is unknown.</summary>
    private static readonly HashSet<string> UnknownOutcomeErrors = new(StringComparer.Ordinal) { "unreachable", "invalid_response", "missing_ts" };

    /// <summary>Our clock and Slack's may disagree; searching from a little earlier is cheap.</summary>
    private static readonly TimeSpan ClockSkewMargin = TimeSpan.FromMinutes(2);

    public ChatPlatform Platform => ChatPlatform.Slack;

    public async Task<DigestSendReceipt> SendAsync(DigestMessage message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        if (message.Target.Platform != ChatPlatform.Slack || string.IsNullOrWhiteSpace(message.Target.ChannelId))
            throw new DigestSendException($"Digest {message.DeliveryId} is not addressed to a Slack channel.", null, permanent: true);

        var rendered = SlackBlockRenderer.RenderDigest(message.Digest, message.IdempotencyKey);
        try
        {
            var ts = await client().PostMessageOnceAsync(message.Target.ChannelId, rendered, cancellationToken);
            logger.LogInformation("Digest {DeliveryId} posted to Slack channel {ChannelId} as {Ts} (attempt {Attempt})", message.DeliveryId, message.Target.ChannelId, ts, message.Attempt);
            return new DigestSendReceipt(ts);
        }
        catch (SlackApiException ex) when (IsRefusal(ex.Error))
        {
            if (ex.Error is "ratelimited" or "http_429")
                throw new DigestSendException(ex.Message, ex.RetryAfter ?? TimeSpan.FromSeconds(1), permanent: false, ex);
            throw new DigestSendException($"{ex.Message} (channel {message.Target.ChannelId})", null, PermanentErrors.Contains(ex.Error), ex);
        }
    }

    public async Task<DigestConfirmationResult> ConfirmAsync(DigestTarget target, string idempotencyKey, DateTimeOffset attemptedSince, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(target);
        ArgumentException.ThrowIfNullOrEmpty(idempotencyKey);
        try
        {
            var api = client();
            string? cursor = null;
            for (var page = 0; page < MaxPages; page++)
            {
                var history = await api.ConversationsHistoryAsync(target.ChannelId, attemptedSince - ClockSkewMargin, cursor, PageSize, cancellationToken);
                var found = history.Messages.FirstOrDefault(m => Carries(m, idempotencyKey));
                if (found is not null) return DigestConfirmationResult.Delivered(Text(found["ts"]));
                if (!history.HasMore) return DigestConfirmationResult.NotDelivered;
                if (history.NextCursor is null) return DigestConfirmationResult.Unknown;
                cursor = history.NextCursor;
            }
            logger.LogWarning("Digest {DeliveryId}: Slack channel {ChannelId} had more than {Searched} messages since the send; cannot confirm", idempotencyKey, target.ChannelId, MaxPages * PageSize);
            return DigestConfirmationResult.Unknown;
        }
        catch (Exception ex) when (ex is SlackApiException or HttpRequestException || (ex is TaskCanceledException && !cancellationToken.IsCancellationRequested))
        {
            // missing_scope (no channels:history), not_in_channel, network trouble: we cannot tell.
            logger.LogWarning(ex, "Digest {DeliveryId}: reading Slack channel {ChannelId} to confirm an earlier send failed", idempotencyKey, target.ChannelId);
            return DigestConfirmationResult.Unknown;
        }
    }

    /// <summary>Slack answered and said no: the message was not posted. 5xx or no usable answer: it may have been.</summary>
    private static bool IsRefusal(string error) =>
        !UnknownOutcomeErrors.Contains(error) && !error.StartsWith("http_5", StringComparison.Ordinal);

    private static bool Carries(JsonObject message, string key) =>
        message["metadata"] is JsonObject metadata
        && Text(metadata["event_type"]) == SlackBlockRenderer.DigestEventType
        && Text(metadata["event_payload"]?["delivery_id"]) == key;

    /// <summary>Other apps' metadata can hold anything: read strings without throwing.</summary>
    private static string? Text(JsonNode? node) => node is JsonValue value && value.TryGetValue<string>(out var text) ? text : null;
}
