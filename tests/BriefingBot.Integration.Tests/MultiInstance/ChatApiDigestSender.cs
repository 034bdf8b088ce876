using System.Net;
using System.Net.Http.Json;
using BriefingBot.Core.Commands;
using BriefingBot.Core.Digests;

namespace BriefingBot.Integration.Tests.MultiInstance;

/// <summary>
/// A Discord digest sender for the tests (main has no platform sender yet): posts each digest to
/// <see cref="FakeChatApi"/> over HTTP with the idempotency key as nonce, and confirms by nonce.
/// </summary>
internal sealed class ChatApiDigestSender(HttpClient client) : IDigestSender
{
    public ChatPlatform Platform => ChatPlatform.Discord;

    public async Task<DigestSendReceipt> SendAsync(DigestMessage message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        var body = new ChatMessageBody(message.IdempotencyKey, $"{message.Digest.SubscriptionId} {message.Digest.PeriodKey}: {message.Digest.Sections.Count} sections");
        using var response = await client.PostAsJsonAsync(new Uri(Messages(message.Target), UriKind.Relative), body, cancellationToken);
        response.EnsureSuccessStatusCode();
        var id = await response.Content.ReadFromJsonAsync<ChatMessageId>(cancellationToken);
        return new DigestSendReceipt(id?.Id);
    }

    public async Task<DigestConfirmationResult> ConfirmAsync(DigestTarget target, string idempotencyKey, DateTimeOffset attemptedSince, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(target);
        using var response = await client.GetAsync(new Uri(Messages(target) + "?nonce=" + Uri.EscapeDataString(idempotencyKey), UriKind.Relative), cancellationToken);
        if (response.StatusCode == HttpStatusCode.NotFound) return DigestConfirmationResult.NotDelivered;
        response.EnsureSuccessStatusCode();
        return DigestConfirmationResult.Delivered((await response.Content.ReadFromJsonAsync<ChatMessageId>(cancellationToken))?.Id);
    }

    private static string Messages(DigestTarget target) => "/channels/" + Uri.EscapeDataString(target.ChannelId) + "/messages";
}
