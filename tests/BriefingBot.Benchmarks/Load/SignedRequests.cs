using System.Globalization;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;

namespace BriefingBot.Benchmarks.Load;

/// <summary>Builds /brief requests exactly as the platforms send them: raw bytes, signature headers over those bytes.</summary>
internal sealed class SignedRequests(Uri baseUrl, DiscordSigner discord, SlackSigner slack, TimeProvider time)
{
    private long _sequence;

    public HttpRequestMessage Discord(string topic)
    {
        var id = Interlocked.Increment(ref _sequence).ToString(CultureInfo.InvariantCulture);
        var body = JsonSerializer.SerializeToUtf8Bytes(new Dictionary<string, object>
        {
            ["id"] = "9" + id.PadLeft(17, '0'),
            ["application_id"] = "100000000000000001",
            ["type"] = 2,
            ["token"] = "bench-interaction-token-" + id,
            ["version"] = 1,
            ["guild_id"] = "200000000000000002",
            ["channel_id"] = "300000000000000003",
            ["member"] = new Dictionary<string, object> { ["user"] = new Dictionary<string, object> { ["id"] = "400000000000000004", ["username"] = "bench" }, ["permissions"] = "0" },
            ["data"] = new Dictionary<string, object>
            {
                ["id"] = "500000000000000005",
                ["name"] = "brief",
                ["type"] = 1,
                ["options"] = new object[] { new Dictionary<string, object> { ["name"] = "topic", ["type"] = 3, ["value"] = topic } },
            },
        });
        var timestamp = Timestamp();
        var request = Post("discord/interactions", body, "application/json");
        request.Headers.Add("X-Signature-Ed25519", discord.Sign(timestamp, body));
        request.Headers.Add("X-Signature-Timestamp", timestamp);
        return request;
    }

    public HttpRequestMessage Slack(string topic)
    {
        var id = Interlocked.Increment(ref _sequence).ToString(CultureInfo.InvariantCulture);
        var form = "token=bench&team_id=T0BENCH&team_domain=bench&channel_id=C0BENCH&channel_name=bench&user_id=U0BENCH&user_name=bench"
            + "&command=%2Fbrief&text=" + Uri.EscapeDataString(topic)
            + "&response_url=" + Uri.EscapeDataString(new Uri(baseUrl, "bench-response/" + id).ToString())
            + "&trigger_id=" + id + "&api_app_id=A0BENCH";
        var body = Encoding.UTF8.GetBytes(form);
        var timestamp = Timestamp();
        var request = Post("slack/commands", body, "application/x-www-form-urlencoded");
        request.Headers.Add("X-Slack-Signature", slack.Sign(timestamp, body));
        request.Headers.Add("X-Slack-Request-Timestamp", timestamp);
        return request;
    }

    private HttpRequestMessage Post(string path, byte[] body, string contentType)
    {
        var content = new ByteArrayContent(body);
        content.Headers.ContentType = new MediaTypeHeaderValue(contentType);
        return new HttpRequestMessage(HttpMethod.Post, new Uri(baseUrl, path)) { Content = content };
    }

    private string Timestamp() => time.GetUtcNow().ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
}
