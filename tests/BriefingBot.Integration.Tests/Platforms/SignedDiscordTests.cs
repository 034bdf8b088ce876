using System.Net;
using System.Text;
using System.Text.Json;
using NSec.Cryptography;

namespace BriefingBot.Integration.Tests.Platforms;

/// <summary>
/// The whole product behind Discord's wire protocol: `serve` with the sample corpus, requests signed exactly as Discord
/// signs them (Ed25519 over timestamp + raw body), over real HTTP on loopback.
/// </summary>
public sealed class SignedDiscordTests
{
    // RFC 8032 test 1 key, as in PLATFORMS.md.
    private const string Seed = "9d61b19deffd5a60ba844af492ec2cc44449c5697b326919703bac031cae7f60";
    private const string PublicKey = "d75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a";

    private static readonly Dictionary<string, string?> Settings = new()
    {
        ["Discord:ApplicationId"] = "123456789012345678",
        ["Discord:PublicKey"] = PublicKey,
        // Generous: this test checks the answer, not the deferral path (the adapter's own tests cover deferral).
        ["Discord:DeferAfter"] = "00:00:02.5",
    };

    private static HttpRequestMessage Signed(string body, bool tamper = false)
    {
        var timestamp = TimeProvider.System.GetUtcNow().ToUnixTimeSeconds().ToString(System.Globalization.CultureInfo.InvariantCulture);
        var bytes = Encoding.UTF8.GetBytes(body);
        using var key = Key.Import(SignatureAlgorithm.Ed25519, Convert.FromHexString(Seed), KeyBlobFormat.RawPrivateKey);
        var signature = Convert.ToHexStringLower(SignatureAlgorithm.Ed25519.Sign(key, [.. Encoding.UTF8.GetBytes(timestamp), .. bytes]));
        var request = new HttpRequestMessage(HttpMethod.Post, "/discord/interactions")
        {
            Content = new ByteArrayContent(tamper ? [.. bytes, (byte)' '] : bytes),
        };
        request.Content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/json");
        request.Headers.Add("X-Signature-Ed25519", signature);
        request.Headers.Add("X-Signature-Timestamp", timestamp);
        return request;
    }

    private static string BriefCommand(string topic) => JsonSerializer.Serialize(new
    {
        id = "1", application_id = "123456789012345678", type = 2, token = "tok", version = 1, guild_id = "42", channel_id = "7",
        member = new { user = new { id = "99" }, permissions = "0" },
        data = new { id = "2", name = "brief", type = 1, options = new[] { new { name = "topic", type = 3, value = topic } } },
    });

    [Fact]
    public async Task SignedBriefColombia_AnswersWithTheSeedBriefing()
    {
        await using var host = await ServeHost.StartAsync(Settings);
        await SampleIndex.IngestAsync(host);

        using var response = await host.Client.SendAsync(Signed(BriefCommand("colombia")), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        using var json = JsonDocument.Parse(body);
        Assert.Equal(4, json.RootElement.GetProperty("type").GetInt32());
        var data = json.RootElement.GetProperty("data");
        Assert.Empty(data.GetProperty("allowed_mentions").GetProperty("parse").EnumerateArray());
        Assert.Contains("I hear Colombia", body, StringComparison.Ordinal);
        Assert.Contains("Gustavo Petro", body, StringComparison.Ordinal);
        Assert.Contains("The Needless Rift Between America and Colombia", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Ping_Pongs_AndATamperedBody_Is401()
    {
        await using var host = await ServeHost.StartAsync(Settings);
        const string ping = """{"id":"787053080478613555","token":"ThisIsATokenFromDiscordThatIsVeryLong","type":1,"version":1}""";

        using var pong = await host.Client.SendAsync(Signed(ping), TestContext.Current.CancellationToken);
        using var tampered = await host.Client.SendAsync(Signed(ping, tamper: true), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, pong.StatusCode);
        Assert.Equal(1, JsonDocument.Parse(await pong.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)).RootElement.GetProperty("type").GetInt32());
        Assert.Equal(HttpStatusCode.Unauthorized, tampered.StatusCode);
    }

    [Fact]
    public async Task WithoutDiscordConfiguration_TheEndpointIsNotMapped()
    {
        await using var host = await ServeHost.StartAsync();

        using var response = await host.Client.SendAsync(Signed("""{"type":1}"""), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}
