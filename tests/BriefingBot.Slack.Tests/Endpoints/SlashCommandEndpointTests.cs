using System.Net;
using System.Text.Json.Nodes;
using BriefingBot.Core.Commands;
using BriefingBot.Slack.Commands;
using BriefingBot.Slack.Tests.Infrastructure;

namespace BriefingBot.Slack.Tests.Endpoints;

public sealed class SlashCommandEndpointTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static async Task<JsonObject> JsonAsync(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (JsonNode.Parse(await response.Content.ReadAsStringAsync(Ct)) as JsonObject)!;
    }

    [Theory]
    [InlineData("/brief", "colombia", "in_channel", "Briefing: colombia")]
    [InlineData("/quotes", "ana about talks", "in_channel", "Quotes: ana on talks")]
    [InlineData("/timeline", "talks", "in_channel", "the 1980s")]
    [InlineData("/sources", "", "ephemeral", "What the index holds")]
    [InlineData("/help", "", "ephemeral", "BriefingBot help")]
    [InlineData("/digest", "list", "ephemeral", "Digests are not available yet")]
    [InlineData("/brief", "", "ephemeral", "needs a topic")]
    [InlineData("/frobnicate", "x", "ephemeral", "Unknown command")]
    public async Task Commands_EachCommand_AnswersInlineWithVisibility(string command, string text, string responseType, string expected)
    {
        await using var host = await SlackTestHost.StartAsync();
        using var response = await host.PostCommandAsync(command, text);
        var json = await JsonAsync(response);
        Assert.Equal(responseType, json["response_type"]!.GetValue<string>());
        Assert.Contains(expected, json.ToJsonString(), StringComparison.Ordinal);
        Assert.NotEmpty(json["blocks"]!.AsArray());
    }

    [Fact]
    public async Task Commands_Brief_CarriesContextAndCitations()
    {
        await using var host = await SlackTestHost.StartAsync();
        using var response = await host.PostCommandAsync("/brief", "colombia", user: "UADMIN");
        var json = await JsonAsync(response);
        Assert.Contains("<https://news.example/a1?x=1&amp;y=2|[1]>", json.ToJsonString(new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }), StringComparison.Ordinal);
        var (command, context) = Assert.Single(host.Dispatcher.Calls);
        Assert.Equal(new BriefCommand("colombia"), command);
        Assert.Equal(new CommandContext(ChatPlatform.Slack, "T1", "C1", "UADMIN", CanManageChannel: true), context);
    }

    [Fact]
    public async Task Commands_NonAdminUser_CannotManageChannel()
    {
        await using var host = await SlackTestHost.StartAsync();
        using var response = await host.PostCommandAsync("/digest", "list", user: "U999");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.False(Assert.Single(host.Dispatcher.Calls).Context.CanManageChannel);
    }

    [Fact]
    public async Task Commands_PublicAnswersOff_BriefIsEphemeral()
    {
        await using var host = await SlackTestHost.StartAsync(new Dictionary<string, string?> { ["Slack:PublicAnswers"] = "false" });
        using var response = await host.PostCommandAsync("/brief", "colombia");
        Assert.Equal("ephemeral", (await JsonAsync(response))["response_type"]!.GetValue<string>());
    }

    [Fact]
    public async Task Commands_SlowCommand_AcksThenPostsToResponseUrl()
    {
        await using var host = await SlackTestHost.StartAsync();
        host.Dispatcher.Gate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var pending = host.PostCommandAsync("/brief", "colombia", host.Slack.ResponseUrl("slow-1"));
        await host.Dispatcher.Started.Task.WaitAsync(TimeSpan.FromSeconds(30), Ct);
        // Fake time: step past the inline budget until the handler gives up waiting (no real waiting involved).
        while (!pending.IsCompleted)
        {
            host.Time.Advance(TimeSpan.FromSeconds(1));
            await Task.WhenAny(pending, Task.Delay(20, Ct));
        }
        using var ack = await pending;
        var ackJson = await JsonAsync(ack);
        Assert.Equal("ephemeral", ackJson["response_type"]!.GetValue<string>());
        Assert.Equal(SlackCommandHandler.WorkingText, ackJson["text"]!.GetValue<string>());

        host.Dispatcher.Gate.SetResult();
        var posted = await host.Slack.ResponseUrlPosts.Reader.ReadAsync(Ct).AsTask().WaitAsync(TimeSpan.FromSeconds(30), Ct);
        Assert.Equal("in_channel", posted["response_type"]!.GetValue<string>());
        Assert.Contains("Briefing: colombia", posted.ToJsonString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Commands_SlowCommandWithForeignResponseUrl_NeverPostsThere()
    {
        await using var host = await SlackTestHost.StartAsync();
        host.Dispatcher.Gate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var pending = host.PostCommandAsync("/brief", "colombia", "https://internal.example/admin");
        await host.Dispatcher.Started.Task.WaitAsync(TimeSpan.FromSeconds(30), Ct);
        while (!pending.IsCompleted)
        {
            host.Time.Advance(TimeSpan.FromSeconds(1));
            await Task.WhenAny(pending, Task.Delay(20, Ct));
        }
        var json = await JsonAsync(await pending);
        Assert.Equal("ephemeral", json["response_type"]!.GetValue<string>());
        Assert.Contains("took too long", json.ToJsonString(), StringComparison.Ordinal);
        host.Dispatcher.Gate.SetResult();
    }

    [Fact]
    public async Task Commands_DispatcherThrows_Returns200WithEphemeralError()
    {
        await using var host = await SlackTestHost.StartAsync();
        host.Dispatcher.Failure = new InvalidOperationException("index is on fire");
        using var response = await host.PostCommandAsync("/brief", "colombia");
        var json = await JsonAsync(response);
        Assert.Equal("ephemeral", json["response_type"]!.GetValue<string>());
        Assert.Contains("Something went wrong", json.ToJsonString(), StringComparison.Ordinal);
        Assert.DoesNotContain("on fire", json.ToJsonString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Commands_ResponseUrlUsedUp_SixthDeferredAnswerNotPosted()
    {
        await using var host = await SlackTestHost.StartAsync(new Dictionary<string, string?> { ["Slack:InlineBudget"] = "00:00:00" });
        // Closed gate + zero budget: every one of the six is deferred, none can finish inline.
        host.Dispatcher.Gate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var url = host.Slack.ResponseUrl("reused");
        for (var i = 0; i < 6; i++)
        {
            using var ack = await host.PostCommandAsync("/brief", "colombia", url);
            Assert.Equal(SlackCommandHandler.WorkingText, (await JsonAsync(ack))["text"]!.GetValue<string>());
        }
        host.Dispatcher.Gate.SetResult();
        for (var i = 0; i < 5; i++) await host.Slack.ResponseUrlPosts.Reader.ReadAsync(Ct).AsTask().WaitAsync(TimeSpan.FromSeconds(30), Ct);
        // Drain the background work so a sixth post, if any, would have arrived.
        await host.DisposeBackgroundWorkAsync();
        Assert.False(host.Slack.ResponseUrlPosts.Reader.TryRead(out _));
    }

    [Theory]
    [InlineData(FakeSlackServer.WorkspaceAdmin, true)]
    [InlineData("U999", false)]
    public async Task Commands_DigestSubscribeWithWorkspaceAdminLookup_AsksUsersInfoOnceAndCaches(string user, bool expected)
    {
        await using var host = await SlackTestHost.StartAsync(new Dictionary<string, string?> { ["Slack:WorkspaceAdminsManageDigests"] = "true" });
        for (var i = 0; i < 2; i++)
        {
            using var response = await host.PostCommandAsync("/digest", "subscribe colombia 08:00", user: user);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }
        Assert.All(host.Dispatcher.Calls, c => Assert.Equal(expected, c.Context.CanManageChannel));
        Assert.Equal(2, host.Dispatcher.Calls.Count);
        Assert.Equal(1, host.Slack.UserInfoRequests);
    }

    [Fact]
    public async Task Commands_DigestSubscribeWithoutLookup_NeverCallsUsersInfo()
    {
        await using var host = await SlackTestHost.StartAsync();
        using var response = await host.PostCommandAsync("/digest", "subscribe colombia", user: FakeSlackServer.WorkspaceAdmin);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.False(Assert.Single(host.Dispatcher.Calls).Context.CanManageChannel);
        Assert.Equal(0, host.Slack.UserInfoRequests);
    }
}
