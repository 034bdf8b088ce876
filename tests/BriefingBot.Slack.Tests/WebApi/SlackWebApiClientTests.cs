using BriefingBot.Core.Commands.Replies;
using BriefingBot.Slack.Tests.Infrastructure;
using BriefingBot.Slack.WebApi;
using Microsoft.Extensions.DependencyInjection;

namespace BriefingBot.Slack.Tests.WebApi;

/// <summary>The Web API client against the loopback fake Slack.</summary>
public sealed class SlackWebApiClientTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static readonly MessageReply Hello = new("Hello", ["One line."]);

    [Fact]
    public async Task PostReplyAsync_Success_ReturnsTsAndSendsBearerAndThread()
    {
        await using var host = await SlackTestHost.StartAsync();
        var client = host.Services.GetRequiredService<SlackWebApiClient>();
        var ts = await client.PostReplyAsync("C9", Hello, "1.2", Ct);
        Assert.Equal("1800000000.000200", ts);
        var posted = await host.Slack.Messages.Reader.ReadAsync(Ct);
        Assert.Equal("C9", posted["channel"]!.GetValue<string>());
        Assert.Equal("1.2", posted["thread_ts"]!.GetValue<string>());
        Assert.NotEmpty(posted["blocks"]!.AsArray());
    }

    [Fact]
    public async Task PostReplyAsync_RateLimitedTwice_WaitsRetryAfterEachTime()
    {
        await using var host = await SlackTestHost.StartAsync();
        host.Slack.RateLimitNext(2);
        var client = host.Services.GetRequiredService<SlackWebApiClient>();
        await client.PostReplyAsync("C9", Hello, null, Ct);
        Assert.Equal([TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(1)], host.Delay.Delays.ToArray());
        Assert.Equal(3, host.Slack.MessageRequests);
    }

    [Fact]
    public async Task PostReplyAsync_OkFalse_ThrowsWithSlackErrorCode()
    {
        await using var host = await SlackTestHost.StartAsync();
        host.Slack.ApiError = "channel_not_found";
        var client = host.Services.GetRequiredService<SlackWebApiClient>();
        var ex = await Assert.ThrowsAsync<SlackApiException>(() => client.PostReplyAsync("C9", Hello, null, Ct));
        Assert.Equal("channel_not_found", ex.Error);
        Assert.Equal(1, host.Slack.MessageRequests);
    }

    [Fact]
    public async Task PostReplyAsync_ServerErrorsPersist_GivesUpAfterBoundedAttemptsWithBackoff()
    {
        await using var host = await SlackTestHost.StartAsync();
        host.Slack.FailNext(100);
        var client = host.Services.GetRequiredService<SlackWebApiClient>();
        var ex = await Assert.ThrowsAsync<SlackApiException>(() => client.PostReplyAsync("C9", Hello, null, Ct));
        Assert.Equal("http_503", ex.Error);
        Assert.Equal(SlackWebApiClient.MaxAttempts, host.Slack.MessageRequests);
        var delays = host.Delay.Delays.ToArray();
        Assert.Equal(SlackWebApiClient.MaxAttempts - 1, delays.Length);
        Assert.True(delays.Zip(delays.Skip(1)).All(p => p.Second > p.First), "backoff grows");
    }

    [Fact]
    public async Task PostReplyAsync_OneServerError_RetriesAndSucceeds()
    {
        await using var host = await SlackTestHost.StartAsync();
        host.Slack.FailNext(1);
        var client = host.Services.GetRequiredService<SlackWebApiClient>();
        Assert.Equal("1800000000.000200", await client.PostReplyAsync("C9", Hello, null, Ct));
        Assert.Equal(2, host.Slack.MessageRequests);
    }

    [Fact]
    public async Task PostReplyAsync_WrongToken_ThrowsNotAuthed()
    {
        await using var host = await SlackTestHost.StartAsync(new Dictionary<string, string?> { ["Slack:BotToken"] = "xoxb-wrong" });
        var client = host.Services.GetRequiredService<SlackWebApiClient>();
        var ex = await Assert.ThrowsAsync<SlackApiException>(() => client.PostReplyAsync("C9", Hello, null, Ct));
        Assert.Equal("not_authed", ex.Error);
    }
}
