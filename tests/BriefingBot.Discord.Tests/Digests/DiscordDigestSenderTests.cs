using System.Text.Json;
using System.Text.Json.Nodes;
using BriefingBot.Core.Digests;
using BriefingBot.Discord.Digests;
using BriefingBot.Discord.Rest;
using BriefingBot.Discord.Tests.Support;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace BriefingBot.Discord.Tests.Digests;

/// <summary>The Discord digest sender against the fake Discord API on loopback.</summary>
public sealed class DiscordDigestSenderTests : IAsyncLifetime
{
    private const string AppId = "111122223333444455";
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 5, 1, 7, 0, 0, TimeSpan.Zero));
    private FakeDiscordApi _api = null!;

    public async ValueTask InitializeAsync() => _api = await FakeDiscordApi.StartAsync();

    public async ValueTask DisposeAsync() => await _api.DisposeAsync();

    private DiscordDigestSender Sender(TimeProvider? time = null)
    {
        time ??= _time;
        var limiter = new DiscordRateLimiter(time);
        var options = Options.Create(new DiscordOptions { ApplicationId = AppId, BotToken = "tok", ApiBaseUrl = _api.BaseUrl });
        return new DiscordDigestSender(
            () => new DiscordRestClient(new HttpClient { BaseAddress = new Uri(_api.BaseUrl + "/") }, limiter, time, options, NullLogger<DiscordRestClient>.Instance)
            {
                ServerErrorBackoff = TimeSpan.FromMilliseconds(1),
            },
            NullLogger<DiscordDigestSender>.Instance);
    }

    [Fact]
    public async Task SendAsync_Digest_PostedOnceWithNonceEnforcedAndNoPings()
    {
        var receipt = await Sender().SendAsync(DigestSamples.Message(), Ct);

        Assert.Equal("900", receipt.MessageId);
        Assert.Equal(1, _api.Count);
        var request = await _api.NextAsync();
        Assert.Equal("POST", request.Method);
        Assert.Equal("/channels/42/messages", request.Path);
        Assert.Equal("Bot tok", request.Authorization);
        var body = JsonNode.Parse(request.Body)!.AsObject();
        Assert.Equal(DigestSamples.Key, body["nonce"]!.GetValue<string>());
        Assert.True(body["enforce_nonce"]!.GetValue<bool>());
        Assert.Empty(body["allowed_mentions"]!["parse"]!.AsArray());
        Assert.Null(body["flags"]);
        Assert.StartsWith("**Digest for 2026-05-01**", body["content"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.EndsWith("delivery " + DigestSamples.Key, body["embeds"]!.AsArray()[^1]!["footer"]!["text"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task SendAsync_429ThenSuccess_FirstThrowsRetryAfterSecondPosts()
    {
        _api.Enqueue(new FakeResponse(429, """{"message":"You are being rate limited.","retry_after":2.5,"global":false}"""));
        var sender = Sender();

        var ex = await Assert.ThrowsAsync<DigestSendException>(() => sender.SendAsync(DigestSamples.Message(), Ct));

        Assert.Equal(TimeSpan.FromSeconds(2.5), ex.RetryAfter);
        Assert.False(ex.Permanent);
        Assert.Equal(1, _api.Count);
        // The outbox waits RetryAfter before the next attempt; so does the rate limiter's bucket.
        _time.Advance(TimeSpan.FromSeconds(3));
        var receipt = await sender.SendAsync(DigestSamples.Message() with { Attempt = 2 }, Ct);
        Assert.Equal("900", receipt.MessageId);
        Assert.Equal(2, _api.Count);
    }

    [Theory]
    [InlineData(404, 10003)]
    [InlineData(403, 50001)]
    [InlineData(403, 50013)]
    public async Task SendAsync_ChannelGoneOrNoAccess_PermanentSendException(int status, int code)
    {
        _api.Enqueue(new FakeResponse(status, $$"""{"message":"nope","code":{{code}}}"""));

        var ex = await Assert.ThrowsAsync<DigestSendException>(() => Sender().SendAsync(DigestSamples.Message(), Ct));

        Assert.True(ex.Permanent);
        Assert.Null(ex.RetryAfter);
        Assert.Equal(1, _api.Count);
    }

    [Fact]
    public async Task SendAsync_OtherClientError_RetryableSendException()
    {
        _api.Enqueue(new FakeResponse(400, """{"message":"Invalid Form Body","code":50035}"""));

        var ex = await Assert.ThrowsAsync<DigestSendException>(() => Sender().SendAsync(DigestSamples.Message(), Ct));

        Assert.False(ex.Permanent);
        Assert.Null(ex.RetryAfter);
    }

    [Fact]
    public async Task SendAsync_ServerErrorsPersist_PropagatesAsOutcomeUnknown()
    {
        for (var i = 0; i < DiscordRestClient.MaxAttempts; i++) _api.Enqueue(new FakeResponse(502, "bad gateway"));

        var ex = await Assert.ThrowsAsync<DiscordApiException>(() => Sender(TimeProvider.System).SendAsync(DigestSamples.Message(), Ct));

        Assert.Equal(System.Net.HttpStatusCode.BadGateway, ex.StatusCode);
        Assert.IsNotType<DigestSendException>(ex);
    }

    [Fact]
    public async Task ConfirmAsync_PreviouslyPostedDigest_IsFoundByItsFooter()
    {
        var sender = Sender();
        await sender.SendAsync(DigestSamples.Message(), Ct);
        var posted = JsonNode.Parse((await _api.NextAsync()).Body)!.AsObject();
        posted["id"] = "1300000000000000001";
        posted["author"] = new JsonObject { ["id"] = AppId, ["bot"] = true };
        _api.Enqueue(FakeResponse.Ok(new JsonArray(Other("1300000000000000002"), posted, Other("1300000000000000000")).ToJsonString()));
        var since = _time.GetUtcNow();

        var result = await sender.ConfirmAsync(DigestSamples.Digest().Target, DigestSamples.Key, since, Ct);

        Assert.Equal(DeliveryConfirmation.Delivered, result.Confirmation);
        Assert.Equal("1300000000000000001", result.MessageId);
        var get = await _api.NextAsync();
        Assert.Equal("GET", get.Method);
        Assert.Equal("/channels/42/messages", get.Path);
        var after = ((ulong)(since.AddMinutes(-2).ToUnixTimeMilliseconds() - 1_420_070_400_000)) << 22;
        Assert.Equal($"?limit=50&after={after}", get.Query);
    }

    [Fact]
    public async Task ConfirmAsync_NoMessageWithTheKey_NotDelivered()
    {
        var human = Other("5");
        human["embeds"] = new JsonArray(new JsonObject { ["footer"] = new JsonObject { ["text"] = "delivery " + DigestSamples.Key } });
        _api.Enqueue(FakeResponse.Ok(new JsonArray(Other("7"), human).ToJsonString()));

        var result = await Sender().ConfirmAsync(DigestSamples.Digest().Target, DigestSamples.Key, _time.GetUtcNow(), Ct);

        Assert.Equal(DeliveryConfirmation.NotDelivered, result.Confirmation);
    }

    [Fact]
    public async Task ConfirmAsync_CannotReadHistory_Unknown()
    {
        _api.Enqueue(new FakeResponse(403, """{"message":"Missing Access","code":50001}"""));

        var result = await Sender().ConfirmAsync(DigestSamples.Digest().Target, DigestSamples.Key, _time.GetUtcNow(), Ct);

        Assert.Equal(DeliveryConfirmation.Unknown, result.Confirmation);
    }

    [Fact]
    public async Task ConfirmAsync_FullPagesWithoutTheKey_ReadsFurtherThenUnknown()
    {
        var first = DiscordSnowflake.AtOrBefore(_time.GetUtcNow()) + 1000;
        for (var page = 0; page < DiscordDigestSender.MaxPages; page++)
        {
            var ids = Enumerable.Range(0, DiscordDigestSender.PageSize).Select(i => first + (ulong)(page * 100) + (ulong)i);
            var messages = new JsonArray([.. ids.Select(id => (JsonNode)Other(id.ToString(System.Globalization.CultureInfo.InvariantCulture)))]);
            _api.Enqueue(FakeResponse.Ok(messages.ToJsonString()));
        }

        var result = await Sender().ConfirmAsync(DigestSamples.Digest().Target, DigestSamples.Key, _time.GetUtcNow(), Ct);

        Assert.Equal(DeliveryConfirmation.Unknown, result.Confirmation);
        Assert.Equal(DiscordDigestSender.MaxPages, _api.Count);
        await _api.NextAsync();
        Assert.Contains(string.Create(System.Globalization.CultureInfo.InvariantCulture, $"after={first + 49}"), (await _api.NextAsync()).Query, StringComparison.Ordinal);
    }

    /// <summary>A message by someone else (a person, no bot flag).</summary>
    private static JsonObject Other(string id) => new()
    {
        ["id"] = id,
        ["content"] = "hello",
        ["author"] = new JsonObject { ["id"] = "999" },
        ["embeds"] = new JsonArray(),
    };

    [Fact]
    public void ChannelMessage_FromJson_ReadsAuthorAndFooters()
    {
        using var doc = JsonDocument.Parse("""{"id":"1","author":{"id":"2","bot":true},"embeds":[{"title":"x"},{"footer":{"text":"f"}}]}""");

        var message = DiscordChannelMessage.From(doc.RootElement);

        Assert.Equal("f", Assert.Single(message.EmbedFooters));
        Assert.True(message.AuthorIsBot);
        Assert.Equal("2", message.AuthorId);
    }
}
