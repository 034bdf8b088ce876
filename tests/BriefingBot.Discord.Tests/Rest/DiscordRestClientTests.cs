using System.Net;
using System.Text.Json;
using BriefingBot.Discord.Registration;
using BriefingBot.Discord.Rendering;
using BriefingBot.Discord.Rest;
using BriefingBot.Discord.Tests.Support;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace BriefingBot.Discord.Tests.Rest;

/// <summary>The REST client against a fake Discord API on loopback.</summary>
public sealed class DiscordRestClientTests : IAsyncLifetime
{
    private const string AppId = "111122223333444455";
    private const string BotToken = "test-bot-token";
    private static readonly DiscordMessage Hello = new("hello", []);

    private FakeDiscordApi _api = null!;

    public async ValueTask InitializeAsync() => _api = await FakeDiscordApi.StartAsync();

    public async ValueTask DisposeAsync() => await _api.DisposeAsync();

    private DiscordRestClient Client(TimeProvider? time = null)
    {
        time ??= TimeProvider.System;
        var http = new HttpClient { BaseAddress = new Uri(_api.BaseUrl + "/") };
        var options = Options.Create(new DiscordOptions { ApplicationId = AppId, BotToken = BotToken, ApiBaseUrl = _api.BaseUrl });
        return new DiscordRestClient(http, new DiscordRateLimiter(time), time, options, NullLogger<DiscordRestClient>.Instance)
        {
            ServerErrorBackoff = TimeSpan.FromMilliseconds(20),
        };
    }

    [Fact]
    public async Task CreateChannelMessage_429WithFractionalRetryAfter_RetriesThenSucceeds()
    {
        _api.Enqueue(new FakeResponse(429, """{"message":"You are being rate limited.","retry_after":0.2,"global":false}""",
            new Dictionary<string, string> { ["X-RateLimit-Scope"] = "user" }));

        var id = await Client().CreateChannelMessageAsync("42", Hello, null, TestContext.Current.CancellationToken);

        Assert.Equal("900", id);
        Assert.Equal(2, _api.Count);
    }

    [Fact]
    public async Task EditOriginalResponse_500ThenSuccess_Retries()
    {
        _api.Enqueue(new FakeResponse(500, """{"message":"Internal Server Error","code":0}"""));

        await Client().EditOriginalResponseAsync("tok", Hello, TestContext.Current.CancellationToken);

        Assert.Equal(2, _api.Count);
        var first = await _api.NextAsync();
        Assert.Equal("PATCH", first.Method);
        Assert.Equal($"/webhooks/{AppId}/tok/messages/@original", first.Path);
        Assert.Null(first.Authorization);
    }

    [Fact]
    public async Task EditOriginalResponse_Always500_GivesUpAfterBoundedAttempts()
    {
        for (var i = 0; i < 10; i++) _api.Enqueue(new FakeResponse(502, "<html>bad gateway</html>"));

        var ex = await Assert.ThrowsAsync<DiscordApiException>(() => Client().EditOriginalResponseAsync("tok", Hello, TestContext.Current.CancellationToken));

        Assert.Equal(HttpStatusCode.BadGateway, ex.StatusCode);
        Assert.Equal(DiscordRestClient.MaxAttempts, _api.Count);
    }

    [Fact]
    public async Task CreateChannelMessage_BucketExhausted_WaitsForResetBeforeSending()
    {
        var time = new FakeTimeProvider(new DateTimeOffset(2025, 11, 28, 12, 0, 0, TimeSpan.Zero));
        var client = Client(time);
        _api.Enqueue(FakeResponse.Ok("""{"id":"1"}""", new Dictionary<string, string>
        {
            ["X-RateLimit-Bucket"] = "abcd1234",
            ["X-RateLimit-Limit"] = "5",
            ["X-RateLimit-Remaining"] = "0",
            ["X-RateLimit-Reset-After"] = "30.5",
        }));
        await client.CreateChannelMessageAsync("42", Hello, null, TestContext.Current.CancellationToken);

        var second = client.CreateChannelMessageAsync("42", Hello, null, TestContext.Current.CancellationToken);

        Assert.False(second.IsCompleted);
        Assert.Equal(1, _api.Count);
        time.Advance(TimeSpan.FromSeconds(30.5));
        Assert.Equal("900", await second);
        Assert.Equal(2, _api.Count);
    }

    [Fact]
    public async Task CreateChannelMessage_BucketExhaustedOnOtherChannel_DoesNotWait()
    {
        var time = new FakeTimeProvider(new DateTimeOffset(2025, 11, 28, 12, 0, 0, TimeSpan.Zero));
        var client = Client(time);
        _api.Enqueue(FakeResponse.Ok("""{"id":"1"}""", new Dictionary<string, string>
        {
            ["X-RateLimit-Bucket"] = "abcd1234",
            ["X-RateLimit-Remaining"] = "0",
            ["X-RateLimit-Reset-After"] = "30",
        }));
        await client.CreateChannelMessageAsync("42", Hello, null, TestContext.Current.CancellationToken);

        var id = await client.CreateChannelMessageAsync("43", Hello, null, TestContext.Current.CancellationToken);

        Assert.Equal("900", id);
        Assert.Equal(2, _api.Count);
    }

    [Fact]
    public async Task CreateChannelMessage_Global429_BlocksOtherRoutesUntilRetryAfter()
    {
        var time = new FakeTimeProvider(new DateTimeOffset(2025, 11, 28, 12, 0, 0, TimeSpan.Zero));
        var limiter = new DiscordRateLimiter(time);
        var route = new DiscordRoute(HttpMethod.Post, "channels/1/messages", "channels/{channel}/messages", "channel:1", true);
        var other = new DiscordRoute(HttpMethod.Put, "applications/1/commands", "applications/{app}/commands", "app:1", true);

        limiter.RateLimited(route, TimeSpan.FromSeconds(2), global: true);

        Assert.Equal(TimeSpan.FromSeconds(2), limiter.TryAcquire(other));
        time.Advance(TimeSpan.FromSeconds(2));
        Assert.Equal(TimeSpan.Zero, limiter.TryAcquire(other));
        await Task.CompletedTask;
    }

    [Fact]
    public async Task CreateChannelMessage_WithNonce_SendsEnforceNonceAuthAndNoMentions()
    {
        await Client().CreateChannelMessageAsync("42", Hello with { Flags = 64 }, "digest-d1-2025-11-28", TestContext.Current.CancellationToken);

        var request = await _api.NextAsync();
        Assert.Equal("POST", request.Method);
        Assert.Equal("/channels/42/messages", request.Path);
        Assert.Equal("Bot " + BotToken, request.Authorization);
        using var body = JsonDocument.Parse(request.Body);
        Assert.Equal("digest-d1-2025-11-28", body.RootElement.GetProperty("nonce").GetString());
        Assert.True(body.RootElement.GetProperty("enforce_nonce").GetBoolean());
        Assert.Equal(0, body.RootElement.GetProperty("allowed_mentions").GetProperty("parse").GetArrayLength());
        Assert.False(body.RootElement.TryGetProperty("flags", out _));
    }

    [Theory]
    [InlineData(403, 50013, DiscordErrorCode.MissingPermissions)]
    [InlineData(403, 50001, DiscordErrorCode.MissingAccess)]
    [InlineData(404, 10003, DiscordErrorCode.UnknownChannel)]
    [InlineData(404, 10062, DiscordErrorCode.UnknownInteraction)]
    [InlineData(400, 40060, DiscordErrorCode.InteractionAlreadyAcknowledged)]
    [InlineData(401, 50027, DiscordErrorCode.InvalidWebhookToken)]
    [InlineData(400, 50035, DiscordErrorCode.InvalidFormBody)]
    public async Task CreateChannelMessage_DiscordError_ThrowsMappedExceptionWithoutRetrying(int status, int code, DiscordErrorCode expected)
    {
        _api.Enqueue(new FakeResponse(status, $$"""{"message":"nope","code":{{code}}}"""));

        var ex = await Assert.ThrowsAsync<DiscordApiException>(() => Client().CreateChannelMessageAsync("42", Hello, null, TestContext.Current.CancellationToken));

        Assert.Equal(expected, ex.ErrorCode);
        Assert.Equal((HttpStatusCode)status, ex.StatusCode);
        Assert.Contains(code.ToString(System.Globalization.CultureInfo.InvariantCulture), ex.Message, StringComparison.Ordinal);
        Assert.Equal(1, _api.Count);
    }

    [Fact]
    public async Task CreateFollowup_ReturnsMessageId()
    {
        _api.Enqueue(FakeResponse.Ok("""{"id":"1234"}"""));

        var id = await Client().CreateFollowupAsync("tok", Hello, TestContext.Current.CancellationToken);

        Assert.Equal("1234", id);
        Assert.Equal($"/webhooks/{AppId}/tok", (await _api.NextAsync()).Path);
    }

    [Fact]
    public async Task RegisterAsync_ThroughDependencyInjection_PutsGuildCommandsWithUserAgentAndToken()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Discord:ApplicationId"] = AppId,
            ["Discord:BotToken"] = BotToken,
            ["Discord:ApiBaseUrl"] = _api.BaseUrl.ToString(),
        }).Build();
        var services = new ServiceCollection().AddLogging().AddSingleton<IConfiguration>(configuration);
        services.AddDiscordInteractions(configuration);
        await using var provider = services.BuildServiceProvider();

        var registered = await provider.GetRequiredService<DiscordCommandRegistrar>().RegisterAsync("555", TestContext.Current.CancellationToken);

        var request = await _api.NextAsync();
        Assert.Equal("PUT", request.Method);
        Assert.Equal($"/applications/{AppId}/guilds/555/commands", request.Path);
        Assert.Equal("Bot " + BotToken, request.Authorization);
        Assert.Equal("DiscordBot (https://github.com/briefingbot, 1.0)", request.UserAgent);
        using var body = JsonDocument.Parse(request.Body);
        Assert.Equal(registered.Count, body.RootElement.GetArrayLength());
        var digest = body.RootElement.EnumerateArray().Single(c => c.GetProperty("name").GetString() == "digest");
        Assert.Equal("16", digest.GetProperty("default_member_permissions").GetString());
    }

    [Fact]
    public async Task BulkOverwriteGlobalCommands_WithoutBotToken_ThrowsNamingTheKey()
    {
        var http = new HttpClient { BaseAddress = new Uri(_api.BaseUrl + "/") };
        var client = new DiscordRestClient(http, new DiscordRateLimiter(TimeProvider.System), TimeProvider.System,
            Options.Create(new DiscordOptions { ApplicationId = AppId }), NullLogger<DiscordRestClient>.Instance);

        var ex = await Assert.ThrowsAsync<InvalidOperationException>(() => client.BulkOverwriteGlobalCommandsAsync(DiscordCommandDefinitions.All, TestContext.Current.CancellationToken));

        Assert.Contains("Discord:BotToken", ex.Message, StringComparison.Ordinal);
        Assert.Equal(0, _api.Count);
    }
}
