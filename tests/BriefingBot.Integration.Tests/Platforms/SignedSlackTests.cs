using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace BriefingBot.Integration.Tests.Platforms;

/// <summary>`serve` with the sample corpus behind Slack's wire protocol: form posts signed with v0 HMAC-SHA256.</summary>
public sealed class SignedSlackTests
{
    private const string Secret = "8f742231b10e8888abcd99yyyzzz85a5";

    private static readonly Dictionary<string, string?> Settings = new()
    {
        ["Slack:SigningSecret"] = Secret,
        ["Slack:BotToken"] = "xoxb-test",
        ["Slack:InlineBudget"] = "00:00:02.5",
    };

    private static HttpRequestMessage Signed(string body, long? timestamp = null)
    {
        var ts = (timestamp ?? TimeProvider.System.GetUtcNow().ToUnixTimeSeconds()).ToString(System.Globalization.CultureInfo.InvariantCulture);
        var mac = HMACSHA256.HashData(Encoding.UTF8.GetBytes(Secret), Encoding.UTF8.GetBytes($"v0:{ts}:{body}"));
        var request = new HttpRequestMessage(HttpMethod.Post, "/slack/commands")
        {
            Content = new StringContent(body, Encoding.UTF8, "application/x-www-form-urlencoded"),
        };
        request.Headers.Add("X-Slack-Signature", "v0=" + Convert.ToHexStringLower(mac));
        request.Headers.Add("X-Slack-Request-Timestamp", ts);
        return request;
    }

    private static string Command(string command, string text) =>
        $"team_id=T1&channel_id=C1&user_id=U1&user_name=ana&command={Uri.EscapeDataString(command)}&text={Uri.EscapeDataString(text)}"
        + "&response_url=https%3A%2F%2Fhooks.slack.com%2Fcommands%2FT1%2F1%2Fx&trigger_id=1.2.3&api_app_id=A1";

    [Fact]
    public async Task SignedBriefColombia_AnswersInChannelWithTheSeedBriefing()
    {
        await using var host = await ServeHost.StartAsync(Settings);
        await SampleIndex.IngestAsync(host);

        using var response = await host.Client.SendAsync(Signed(Command("/brief", "colombia")), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        using var json = JsonDocument.Parse(body);
        Assert.Equal("in_channel", json.RootElement.GetProperty("response_type").GetString());
        Assert.True(json.RootElement.GetProperty("blocks").GetArrayLength() <= 50);
        Assert.Contains("I hear Colombia", body, StringComparison.Ordinal);
        Assert.Contains("Gustavo Petro", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task StaleTimestamp_Is401()
    {
        await using var host = await ServeHost.StartAsync(Settings);

        using var response = await host.Client.SendAsync(Signed(Command("/brief", "colombia"), TimeProvider.System.GetUtcNow().ToUnixTimeSeconds() - 301), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }
}
