using System.Text;
using BriefingBot.Slack.Signing;

namespace BriefingBot.Slack.Tests.Signing;

public sealed class SlackSignatureTests
{
    // Slack's worked example from "Verifying requests from Slack" (PLATFORMS.md).
    internal const string ExampleSecret = "8f742231b10e8888abcd99yyyzzz85a5";
    internal const string ExampleTimestamp = "1531420618";
    internal const string ExampleBody = "token=xyzz0WbapA4vBCDEFasx0q6G&team_id=T1DC2JH3J&team_domain=testteamnow&channel_id=G8PSS9T3V&channel_name=foobar&user_id=U2CERLKJA&user_name=roadrunner&command=%2Fwebhook-collect&text=&response_url=https%3A%2F%2Fhooks.slack.com%2Fcommands%2FT1DC2JH3J%2F397700885554%2F96rGlfmibIGlgcZRskXaIFfN&trigger_id=398738663015.47445629121.803a0bc887a14d10d2c447fce8b6703c";
    internal const string ExampleSignature = "v0=a2114d57b48eac39b9ad189dd8316235a7b4a8d21a10bd27519666489c69b503";

    private static readonly DateTimeOffset ExampleNow = DateTimeOffset.FromUnixTimeSeconds(1531420618);

    [Fact]
    public void Compute_SlackDocumentedExample_ReproducesSignature()
    {
        Assert.Equal(ExampleSignature, SlackSignature.Compute(ExampleSecret, ExampleTimestamp, Encoding.UTF8.GetBytes(ExampleBody)));
    }

    [Fact]
    public void IsValid_SlackDocumentedExample_Accepts()
    {
        Assert.True(SlackSignature.IsValid(ExampleSecret, ExampleTimestamp, ExampleSignature, Encoding.UTF8.GetBytes(ExampleBody), ExampleNow, TimeSpan.FromMinutes(5)));
    }

    [Fact]
    public void IsValid_OneBodyByteChanged_Rejects()
    {
        var body = Encoding.UTF8.GetBytes(ExampleBody);
        body[^1] ^= 1;
        Assert.False(SlackSignature.IsValid(ExampleSecret, ExampleTimestamp, ExampleSignature, body, ExampleNow, TimeSpan.FromMinutes(5)));
    }

    [Theory]
    [InlineData(300, true)]
    [InlineData(301, false)]
    [InlineData(-301, false)]
    public void IsValid_TimestampAge_RejectsOutsideWindow(int ageSeconds, bool expected)
    {
        var body = Encoding.UTF8.GetBytes(ExampleBody);
        Assert.Equal(expected, SlackSignature.IsValid(ExampleSecret, ExampleTimestamp, ExampleSignature, body, ExampleNow.AddSeconds(ageSeconds), TimeSpan.FromMinutes(5)));
    }

    [Theory]
    [InlineData(null, ExampleSignature)]
    [InlineData(ExampleTimestamp, null)]
    [InlineData("not-a-number", ExampleSignature)]
    [InlineData(ExampleTimestamp, "v0=a2114d57")]
    [InlineData(ExampleTimestamp, "v1=a2114d57b48eac39b9ad189dd8316235a7b4a8d21a10bd27519666489c69b503")]
    public void IsValid_MissingOrMalformedHeaders_Rejects(string? timestamp, string? signature)
    {
        Assert.False(SlackSignature.IsValid(ExampleSecret, timestamp, signature, Encoding.UTF8.GetBytes(ExampleBody), ExampleNow, TimeSpan.FromMinutes(5)));
    }
}
