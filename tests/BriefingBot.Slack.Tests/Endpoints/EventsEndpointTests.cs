using System.Net;
using System.Text.Json.Nodes;
using BriefingBot.Slack.Tests.Infrastructure;

namespace BriefingBot.Slack.Tests.Endpoints;

public sealed class EventsEndpointTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static string Mention(string eventId, string text, string ts = "1800000000.000100", string? threadTs = null, string? botId = null)
    {
        var ev = new JsonObject { ["type"] = "app_mention", ["user"] = "U123", ["text"] = text, ["ts"] = ts, ["channel"] = "C42", ["event_ts"] = ts };
        if (threadTs is not null) ev["thread_ts"] = threadTs;
        if (botId is not null) ev["bot_id"] = botId;
        return new JsonObject
        {
            ["token"] = "legacy",
            ["team_id"] = "T1",
            ["api_app_id"] = "A1",
            ["type"] = "event_callback",
            ["event_id"] = eventId,
            ["event_time"] = 1800000000,
            ["event"] = ev,
        }.ToJsonString();
    }

    private static async Task<JsonObject> NextMessageAsync(SlackTestHost host) =>
        await host.Slack.Messages.Reader.ReadAsync(Ct).AsTask().WaitAsync(TimeSpan.FromSeconds(30), Ct);

    [Fact]
    public async Task Events_UrlVerification_EchoesChallenge()
    {
        await using var host = await SlackTestHost.StartAsync();
        using var response = await host.PostSignedAsync("slack/events", """{"token":"t","challenge":"3eZbrw1aBm2rZgRNFdxV2595E9CY3gmdALWMmHkvFXO7tYXAYM8P","type":"url_verification"}""", "application/json");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var json = JsonNode.Parse(await response.Content.ReadAsStringAsync(Ct))!;
        Assert.Equal("3eZbrw1aBm2rZgRNFdxV2595E9CY3gmdALWMmHkvFXO7tYXAYM8P", json["challenge"]!.GetValue<string>());
    }

    [Fact]
    public async Task Events_AppMention_AnsweredInThreadOfTheMention()
    {
        await using var host = await SlackTestHost.StartAsync();
        using var response = await host.PostSignedAsync("slack/events", Mention("Ev1", "<@UBOT> brief colombia"), "application/json");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var message = await NextMessageAsync(host);
        Assert.Equal("C42", message["channel"]!.GetValue<string>());
        Assert.Equal("1800000000.000100", message["thread_ts"]!.GetValue<string>());
        Assert.Contains("Briefing: colombia", message.ToJsonString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Events_AppMentionInsideThread_AnsweredInThatThread()
    {
        await using var host = await SlackTestHost.StartAsync();
        using var response = await host.PostSignedAsync("slack/events", Mention("Ev2", "<@UBOT|briefingbot> timeline talks", ts: "1800000009.000900", threadTs: "1800000001.000001"), "application/json");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var message = await NextMessageAsync(host);
        Assert.Equal("1800000001.000001", message["thread_ts"]!.GetValue<string>());
        Assert.Contains("Timeline: talks", message.ToJsonString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Events_RetriedEvent_AnsweredOnce()
    {
        await using var host = await SlackTestHost.StartAsync();
        var body = Mention("Ev3", "<@UBOT> brief colombia");
        using var first = await host.PostSignedAsync("slack/events", body, "application/json");
        using var retry = await host.PostSignedAsync("slack/events", body, "application/json", retryNum: 1);
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(HttpStatusCode.OK, retry.StatusCode);
        await NextMessageAsync(host);
        // The duplicate is decided before the 200 is sent, so by now no second answer can be queued.
        Assert.Single(host.Dispatcher.Calls);
        Assert.False(host.Slack.Messages.Reader.TryRead(out _));
    }

    [Fact]
    public async Task Events_BotMessage_Ignored()
    {
        await using var host = await SlackTestHost.StartAsync();
        using var fromBot = await host.PostSignedAsync("slack/events", Mention("Ev4", "<@UBOT> brief loops", botId: "B1"), "application/json");
        using var fromUser = await host.PostSignedAsync("slack/events", Mention("Ev5", "<@UBOT> brief people"), "application/json");
        Assert.Equal(HttpStatusCode.OK, fromBot.StatusCode);
        var message = await NextMessageAsync(host);
        Assert.Contains("Briefing: people", message.ToJsonString(), StringComparison.Ordinal);
        Assert.Single(host.Dispatcher.Calls);
    }

    [Fact]
    public async Task Events_PostMessageRateLimitedOnce_RetriesAfterRetryAfterThenPosts()
    {
        await using var host = await SlackTestHost.StartAsync();
        host.Slack.RateLimitNext(1);
        using var response = await host.PostSignedAsync("slack/events", Mention("Ev6", "<@UBOT> sources"), "application/json");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var message = await NextMessageAsync(host);
        Assert.Contains("What the index holds", message.ToJsonString(), StringComparison.Ordinal);
        Assert.Equal([TimeSpan.FromSeconds(1)], host.Delay.Delays.ToArray());
        Assert.Equal(2, host.Slack.MessageRequests);
    }
}
