using System.Globalization;
using BriefingBot.Core.Commands;
using BriefingBot.Core.Digests;
using BriefingBot.Slack.Tests.Infrastructure;
using BriefingBot.Slack.WebApi;
using Microsoft.Extensions.DependencyInjection;

namespace BriefingBot.Slack.Tests.Digests;

/// <summary>The Slack digest sender, resolved from the adapter's DI, against the loopback fake Slack.</summary>
public sealed class SlackDigestSenderTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static IDigestSender Sender(SlackTestHost host) => Assert.Single(host.Services.GetServices<IDigestSender>());

    [Fact]
    public async Task SendAsync_Digest_PostedOnceWithDeliveryIdInMetadata()
    {
        await using var host = await SlackTestHost.StartAsync();
        var sender = Sender(host);

        var receipt = await sender.SendAsync(SlackDigestSamples.Message(), Ct);

        Assert.Equal(ChatPlatform.Slack, sender.Platform);
        Assert.Equal("1800000000.000200", receipt.MessageId);
        Assert.Equal(1, host.Slack.MessageRequests);
        var posted = await host.Slack.Messages.Reader.ReadAsync(Ct);
        Assert.Equal(SlackDigestSamples.ChannelId, posted["channel"]!.GetValue<string>());
        Assert.Equal("briefingbot_digest", posted["metadata"]!["event_type"]!.GetValue<string>());
        Assert.Equal(SlackDigestSamples.Key, posted["metadata"]!["event_payload"]!["delivery_id"]!.GetValue<string>());
        Assert.StartsWith("Digest for 2026-05-01", posted["text"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal("header", posted["blocks"]!.AsArray()[0]!["type"]!.GetValue<string>());
        var text = string.Join("\n", posted["blocks"]!.AsArray().Select(b => b!["text"]?["text"]?.GetValue<string>() ?? string.Empty));
        Assert.Contains("&lt;!here&gt;", text, StringComparison.Ordinal);
        Assert.DoesNotContain("<!here>", text, StringComparison.Ordinal);
        Assert.DoesNotContain("<!channel>", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SendAsync_RateLimitedThenSuccess_FirstThrowsRetryAfterWithoutRetryingSecondPosts()
    {
        await using var host = await SlackTestHost.StartAsync();
        host.Slack.RateLimitNext(1);
        var sender = Sender(host);

        var ex = await Assert.ThrowsAsync<DigestSendException>(() => sender.SendAsync(SlackDigestSamples.Message(), Ct));

        Assert.Equal(TimeSpan.FromSeconds(1), ex.RetryAfter);
        Assert.False(ex.Permanent);
        Assert.Equal(1, host.Slack.MessageRequests);
        Assert.Empty(host.Delay.Delays);
        Assert.Equal("1800000000.000200", (await sender.SendAsync(SlackDigestSamples.Message() with { Attempt = 2 }, Ct)).MessageId);
        Assert.Equal(2, host.Slack.MessageRequests);
    }

    [Theory]
    [InlineData("channel_not_found")]
    [InlineData("not_in_channel")]
    [InlineData("is_archived")]
    [InlineData("invalid_auth")]
    [InlineData("account_inactive")]
    public async Task SendAsync_ChannelOrTokenUnusable_PermanentSendException(string error)
    {
        await using var host = await SlackTestHost.StartAsync();
        host.Slack.ApiError = error;

        var ex = await Assert.ThrowsAsync<DigestSendException>(() => Sender(host).SendAsync(SlackDigestSamples.Message(), Ct));

        Assert.True(ex.Permanent);
        Assert.Contains(error, ex.Message, StringComparison.Ordinal);
        Assert.Equal(1, host.Slack.MessageRequests);
    }

    [Fact]
    public async Task SendAsync_OtherOkFalse_RetryableSendException()
    {
        await using var host = await SlackTestHost.StartAsync();
        host.Slack.ApiError = "msg_blocks_too_long";

        var ex = await Assert.ThrowsAsync<DigestSendException>(() => Sender(host).SendAsync(SlackDigestSamples.Message(), Ct));

        Assert.False(ex.Permanent);
        Assert.Null(ex.RetryAfter);
    }

    [Fact]
    public async Task SendAsync_ServerError_PropagatesAsOutcomeUnknownWithoutRetrying()
    {
        await using var host = await SlackTestHost.StartAsync();
        host.Slack.FailNext(5);

        var ex = await Assert.ThrowsAsync<SlackApiException>(() => Sender(host).SendAsync(SlackDigestSamples.Message(), Ct));

        Assert.Equal("http_503", ex.Error);
        Assert.Equal(1, host.Slack.MessageRequests);
    }

    [Fact]
    public async Task ConfirmAsync_AfterAPost_FindsItByMetadata()
    {
        await using var host = await SlackTestHost.StartAsync();
        var sender = Sender(host);
        await sender.SendAsync(SlackDigestSamples.Message("dgotherdeliveryaaaaaaaaa"), Ct);
        await sender.SendAsync(SlackDigestSamples.Message(), Ct);
        var since = SlackTestHost.Start;

        var result = await sender.ConfirmAsync(SlackDigestSamples.Digest().Target, SlackDigestSamples.Key, since, Ct);

        Assert.Equal(DeliveryConfirmation.Delivered, result.Confirmation);
        Assert.Equal("1800000000.000200", result.MessageId);
        Assert.True(host.Slack.HistoryRequests.TryDequeue(out var form));
        Assert.Equal(SlackDigestSamples.ChannelId, form["channel"]);
        Assert.Equal("true", form["include_all_metadata"]);
        Assert.Equal("50", form["limit"]);
        Assert.Equal(since.AddMinutes(-2).ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture) + ".000000", form["oldest"]);
    }

    [Fact]
    public async Task ConfirmAsync_OnlyOtherDigestsPosted_NotDelivered()
    {
        await using var host = await SlackTestHost.StartAsync();
        var sender = Sender(host);
        await sender.SendAsync(SlackDigestSamples.Message("dgotherdeliveryaaaaaaaaa"), Ct);

        var result = await sender.ConfirmAsync(SlackDigestSamples.Digest().Target, SlackDigestSamples.Key, SlackTestHost.Start, Ct);

        Assert.Equal(DeliveryConfirmation.NotDelivered, result.Confirmation);
    }

    [Fact]
    public async Task ConfirmAsync_MissingHistoryScope_Unknown()
    {
        await using var host = await SlackTestHost.StartAsync();
        host.Slack.HistoryError = "missing_scope";

        var result = await Sender(host).ConfirmAsync(SlackDigestSamples.Digest().Target, SlackDigestSamples.Key, SlackTestHost.Start, Ct);

        Assert.Equal(DeliveryConfirmation.Unknown, result.Confirmation);
    }

    [Fact]
    public async Task AddSlackAdapter_WithoutBotToken_RegistersNoSender()
    {
        await using var host = await SlackTestHost.StartAsync(new Dictionary<string, string?> { ["Slack:BotToken"] = null });

        Assert.Empty(host.Services.GetServices<IDigestSender>());
    }
}
