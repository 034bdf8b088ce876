using System.Security.Cryptography;
using System.Text;

namespace BriefingBot.Benchmarks.Load;

/// <summary>Signs like Slack: <c>v0=hex(HMAC-SHA256(secret, "v0:" + timestamp + ":" + body))</c> in X-Slack-Signature.</summary>
public sealed class SlackSigner(string signingSecret)
{
    private readonly byte[] _secret = Encoding.UTF8.GetBytes(signingSecret);

    public string Sign(string timestamp, byte[] body)
    {
        ArgumentNullException.ThrowIfNull(timestamp);
        ArgumentNullException.ThrowIfNull(body);
        var prefix = Encoding.UTF8.GetBytes("v0:" + timestamp + ":");
        var message = new byte[prefix.Length + body.Length];
        prefix.CopyTo(message, 0);
        body.CopyTo(message, prefix.Length);
        return "v0=" + Convert.ToHexStringLower(HMACSHA256.HashData(_secret, message));
    }
}
