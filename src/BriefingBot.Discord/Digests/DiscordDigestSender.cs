using System.Globalization;
using System.Net;
using BriefingBot.Core.Commands;
using BriefingBot.Core.Digests;
using BriefingBot.Discord.Rendering;
using BriefingBot.Discord.Rest;
using Microsoft.Extensions.Logging;

namespace BriefingBot.Discord.Digests;

/// <summary>
/// Posts digests with <c>POST /channels/{id}/messages</c> (<c>nonce</c> = idempotency key, <c>enforce_nonce</c>) and
/// confirms in-doubt sends by finding the key in a bot message's embed footer. Errors follow
/// <see cref="IDigestSender"/>: a refusal is a <see cref="DigestSendException"/>; a 5xx, timeout or lost connection
/// propagates, because Discord may have posted the message.
/// </summary>
internal sealed class DiscordDigestSender(Func<DiscordRestClient> client, ILogger<DiscordDigestSender> logger) : IDigestSender
{
    /// <summary>Messages per history page (Discord allows up to 100).</summary>
    internal const int PageSize = 50;

    /// <summary>Pages read before giving up with Unknown; the digest is among the first messages after the send start.</summary>
    internal const int MaxPages = 4;

    private const int MaxNonceLength = 25;

    /// <summary>Our clock and Discord's may disagree; searching from a little earlier costs one page at most.</summary>
    private static readonly TimeSpan ClockSkewMargin = TimeSpan.FromMinutes(2);

    public ChatPlatform Platform => ChatPlatform.Discord;

    public async Task<DigestSendReceipt> SendAsync(DigestMessage message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        if (message.Target.Platform != ChatPlatform.Discord || string.IsNullOrWhiteSpace(message.Target.ChannelId))
            throw new DigestSendException($"Digest {message.DeliveryId} is not addressed to a Discord channel.", null, permanent: true);

        var rendered = DiscordMessageRenderer.RenderDigest(message.Digest, message.IdempotencyKey);
        var nonce = message.IdempotencyKey.Length <= MaxNonceLength ? message.IdempotencyKey : null;
        try
        {
            var id = await client().CreateChannelMessageAsync(message.Target.ChannelId, rendered, nonce, retryRateLimits: false, cancellationToken);
            logger.LogInformation("Digest {DeliveryId} posted to Discord channel {ChannelId} as message {MessageId} (attempt {Attempt})", message.DeliveryId, message.Target.ChannelId, id, message.Attempt);
            return new DigestSendReceipt(id);
        }
        catch (DiscordApiException ex) when (IsRefusal(ex))
        {
            throw ToSendException(ex);
        }
    }

    public async Task<DigestConfirmationResult> ConfirmAsync(DigestTarget target, string idempotencyKey, DateTimeOffset attemptedSince, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(target);
        ArgumentException.ThrowIfNullOrEmpty(idempotencyKey);
        var marker = DiscordMessageRenderer.DeliveryFooter(idempotencyKey);
        var after = DiscordSnowflake.AtOrBefore(attemptedSince - ClockSkewMargin);
        try
        {
            var rest = client();
            for (var page = 0; page < MaxPages; page++)
            {
                var messages = await rest.GetChannelMessagesAsync(target.ChannelId, after, PageSize, cancellationToken);
                // Only a bot can post embeds carrying our footer; the key (a hash of subscription and period) is not guessable by accident.
                var found = messages.FirstOrDefault(m => m.AuthorIsBot && m.EmbedFooters.Any(f => f.Contains(marker, StringComparison.Ordinal)));
                if (found is not null) return DigestConfirmationResult.Delivered(found.Id);
                if (messages.Count < PageSize) return DigestConfirmationResult.NotDelivered;
                var newest = messages.Select(m => ulong.TryParse(m.Id, NumberStyles.None, CultureInfo.InvariantCulture, out var id) ? id : 0).Max();
                if (newest <= after) return DigestConfirmationResult.Unknown;
                after = newest;
            }
            logger.LogWarning("Digest {DeliveryId}: channel {ChannelId} had more than {Searched} messages since the send; cannot confirm", idempotencyKey, target.ChannelId, MaxPages * PageSize);
            return DigestConfirmationResult.Unknown;
        }
        catch (Exception ex) when (ex is DiscordApiException or HttpRequestException || (ex is TaskCanceledException && !cancellationToken.IsCancellationRequested))
        {
            logger.LogWarning(ex, "Digest {DeliveryId}: reading Discord channel {ChannelId} to confirm an earlier send failed", idempotencyKey, target.ChannelId);
            return DigestConfirmationResult.Unknown;
        }
    }

    /// <summary>Discord answered 4xx: the message was not created. 5xx or no answer: it may have been.</summary>
    private static bool IsRefusal(DiscordApiException ex) => (int)ex.StatusCode is >= 400 and < 500;

    private static DigestSendException ToSendException(DiscordApiException ex)
    {
        if (ex.StatusCode == HttpStatusCode.TooManyRequests)
            return new DigestSendException(ex.Message, ex.RetryAfter ?? TimeSpan.FromSeconds(1), permanent: false, ex);
        var permanent = ex.ErrorCode is DiscordErrorCode.UnknownChannel or DiscordErrorCode.MissingAccess or DiscordErrorCode.MissingPermissions;
        return new DigestSendException(ex.Message, null, permanent, ex);
    }
}
