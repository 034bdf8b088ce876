using BriefingBot.Slack.Commands;
using Microsoft.Extensions.Time.Testing;

namespace BriefingBot.Slack.Tests.Commands;

public sealed class ResponseUrlTests
{
    private const string Url = "https://hooks.slack.com/commands/T1/1/abc";

    [Fact]
    public void TryUse_SixthUse_Refused()
    {
        var tracker = new ResponseUrlTracker(new FakeTimeProvider());
        tracker.Register(Url);
        for (var i = 0; i < ResponseUrlTracker.MaxUses; i++) Assert.True(tracker.TryUse(Url));
        Assert.False(tracker.TryUse(Url));
    }

    [Fact]
    public void TryUse_After30Minutes_Refused()
    {
        var time = new FakeTimeProvider();
        var tracker = new ResponseUrlTracker(time);
        tracker.Register(Url);
        time.Advance(TimeSpan.FromMinutes(30) + TimeSpan.FromSeconds(1));
        Assert.False(tracker.TryUse(Url));
    }

    [Fact]
    public void TryUse_UnknownUrl_Refused()
    {
        Assert.False(new ResponseUrlTracker(new FakeTimeProvider()).TryUse(Url));
    }

    [Theory]
    [InlineData("https://hooks.slack.com/commands/T1/1/abc", true)]
    [InlineData("https://HOOKS.slack.com/commands/T1/1/abc", true)]
    [InlineData("http://hooks.slack.com/commands/T1/1/abc", false)]
    [InlineData("https://hooks.slack.com.evil.example/x", false)]
    [InlineData("https://user:pw@hooks.slack.com/x", false)]
    [InlineData("https://169.254.169.254/latest/meta-data", false)]
    [InlineData("http://127.0.0.1:8080/x", false)]
    [InlineData("not a url", false)]
    [InlineData(null, false)]
    public void IsAllowed_ProductionList_OnlySlackHooksOverHttps(string? url, bool expected)
    {
        Assert.Equal(expected, ResponseUrlPolicy.IsAllowed(url, ["hooks.slack.com"]));
    }

    [Fact]
    public void IsAllowed_LoopbackListed_HttpAllowedForTests()
    {
        Assert.True(ResponseUrlPolicy.IsAllowed("http://127.0.0.1:5123/hooks/x", ["127.0.0.1"]));
    }
}
