using System.Text;
using NSec.Cryptography;

namespace BriefingBot.Discord.Tests.Support;

/// <summary>The RFC 8032 test 1 key from PLATFORMS.md; signs requests exactly as Discord does.</summary>
internal static class TestKeys
{
    public const string PrivateSeedHex = "9d61b19deffd5a60ba844af492ec2cc44449c5697b326919703bac031cae7f60";
    public const string PublicKeyHex = "d75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a";

    public static string Sign(string timestamp, byte[] body)
    {
        using var key = Key.Import(SignatureAlgorithm.Ed25519, Convert.FromHexString(PrivateSeedHex), KeyBlobFormat.RawPrivateKey);
        var message = Encoding.UTF8.GetBytes(timestamp).Concat(body).ToArray();
        return Convert.ToHexStringLower(SignatureAlgorithm.Ed25519.Sign(key, message));
    }
}
