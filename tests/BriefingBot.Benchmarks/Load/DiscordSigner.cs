using System.Text;
using NSec.Cryptography;

namespace BriefingBot.Benchmarks.Load;

/// <summary>Signs like Discord: Ed25519 over UTF-8(timestamp) followed by the raw body bytes; hex in X-Signature-Ed25519.</summary>
public sealed class DiscordSigner : IDisposable
{
    /// <summary>RFC 8032 test 1 seed (PLATFORMS.md); the server under test is configured with its public key.</summary>
    public const string TestSeedHex = "9d61b19deffd5a60ba844af492ec2cc44449c5697b326919703bac031cae7f60";
    public const string TestPublicKeyHex = "d75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a";

    private readonly Key _key;

    public DiscordSigner(string seedHex)
    {
        _key = Key.Import(SignatureAlgorithm.Ed25519, Convert.FromHexString(seedHex), KeyBlobFormat.RawPrivateKey);
    }

    public string PublicKeyHex => Convert.ToHexStringLower(_key.PublicKey.Export(KeyBlobFormat.RawPublicKey));

    public string Sign(string timestamp, byte[] body)
    {
        ArgumentNullException.ThrowIfNull(timestamp);
        ArgumentNullException.ThrowIfNull(body);
        var message = new byte[Encoding.UTF8.GetByteCount(timestamp) + body.Length];
        var written = Encoding.UTF8.GetBytes(timestamp, message);
        body.CopyTo(message, written);
        return Convert.ToHexStringLower(SignatureAlgorithm.Ed25519.Sign(_key, message));
    }

    public void Dispose() => _key.Dispose();
}
