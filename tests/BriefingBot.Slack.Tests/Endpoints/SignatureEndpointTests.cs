using System.Net;
using System.Text;
using BriefingBot.Slack.Tests.Infrastructure;
using BriefingBot.Slack.Tests.Signing;

namespace BriefingBot.Slack.Tests.Endpoints;

/// <summary>The signature rules through the real endpoint over loopback HTTP.</summary>
public sealed class SignatureEndpointTests
{
    private static readonly Dictionary<string, string?> ExampleSecret = new() { ["Slack:SigningSecret"] = SlackSignatureTests.ExampleSecret };

    [Fact]
    public async Task Commands_SlackDocumentedExample_IsAcceptedAndAnswered()
    {
        await using var host = await SlackTestHost.StartAsync(ExampleSecret, DateTimeOffset.FromUnixTimeSeconds(1531420618));
        using var response = await host.PostRawAsync("slack/commands", Encoding.UTF8.GetBytes(SlackSignatureTests.ExampleBody),
            "application/x-www-form-urlencoded", SlackSignatureTests.ExampleTimestamp, SlackSignatureTests.ExampleSignature);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var json = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        Assert.Contains("Unknown command", json, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Commands_OneBodyByteChanged_Returns401()
    {
        await using var host = await SlackTestHost.StartAsync(ExampleSecret, DateTimeOffset.FromUnixTimeSeconds(1531420618));
        var body = Encoding.UTF8.GetBytes(SlackSignatureTests.ExampleBody.Replace("roadrunner", "roadrunnes", StringComparison.Ordinal));
        using var response = await host.PostRawAsync("slack/commands", body, "application/x-www-form-urlencoded", SlackSignatureTests.ExampleTimestamp, SlackSignatureTests.ExampleSignature);
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Empty(host.Dispatcher.Calls);
    }

    [Fact]
    public async Task Commands_TimestampOlderThan300Seconds_Returns401()
    {
        await using var host = await SlackTestHost.StartAsync(ExampleSecret, DateTimeOffset.FromUnixTimeSeconds(1531420618 + 301));
        using var response = await host.PostRawAsync("slack/commands", Encoding.UTF8.GetBytes(SlackSignatureTests.ExampleBody),
            "application/x-www-form-urlencoded", SlackSignatureTests.ExampleTimestamp, SlackSignatureTests.ExampleSignature);
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Theory]
    [InlineData(true, false)]
    [InlineData(false, true)]
    [InlineData(false, false)]
    public async Task Commands_MissingHeader_Returns401(bool withTimestamp, bool withSignature)
    {
        await using var host = await SlackTestHost.StartAsync(ExampleSecret, DateTimeOffset.FromUnixTimeSeconds(1531420618));
        using var response = await host.PostRawAsync("slack/commands", Encoding.UTF8.GetBytes(SlackSignatureTests.ExampleBody), "application/x-www-form-urlencoded",
            withTimestamp ? SlackSignatureTests.ExampleTimestamp : null, withSignature ? SlackSignatureTests.ExampleSignature : null);
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task Events_BadSignature_Returns401()
    {
        await using var host = await SlackTestHost.StartAsync();
        var ts = host.Time.GetUtcNow().ToUnixTimeSeconds().ToString(System.Globalization.CultureInfo.InvariantCulture);
        using var response = await host.PostRawAsync("slack/events", Encoding.UTF8.GetBytes("""{"type":"url_verification","challenge":"x"}"""), "application/json",
            ts, "v0=0000000000000000000000000000000000000000000000000000000000000000");
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task Commands_BodyOverLimit_Returns413()
    {
        await using var host = await SlackTestHost.StartAsync();
        using var response = await host.PostCommandAsync("/brief", new string('x', 5000));
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
    }

    [Fact]
    public async Task Commands_SslCheck_Returns200WithoutSignature()
    {
        await using var host = await SlackTestHost.StartAsync();
        using var response = await host.PostRawAsync("slack/commands", Encoding.UTF8.GetBytes("ssl_check=1&token=abc"), "application/x-www-form-urlencoded", null, null);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Empty(host.Dispatcher.Calls);
    }
}
