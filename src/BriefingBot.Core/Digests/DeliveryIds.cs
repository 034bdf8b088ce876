using System.Security.Cryptography;
using System.Text;

namespace BriefingBot.Core.Digests;

/// <summary>Stable ids: the same (subscription, period) always gets the same delivery id, which doubles as the platform nonce.</summary>
public static class DeliveryIds
{
    private const string Alphabet = "abcdefghijklmnopqrstuvwxyz234567";

    /// <summary>24 characters: within Discord's 25-character nonce limit.</summary>
    public static string For(string subscriptionId, string periodKey)
    {
        ArgumentNullException.ThrowIfNull(subscriptionId);
        ArgumentNullException.ThrowIfNull(periodKey);
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(subscriptionId + "\n" + periodKey));
        return "dg" + Base32(hash.AsSpan(0, 14))[..22];
    }

    /// <summary>A short, unambiguous subscription id users can type.</summary>
    public static string NewSubscriptionId() => "d" + Base32(RandomNumberGenerator.GetBytes(5));

    private static string Base32(ReadOnlySpan<byte> bytes)
    {
        var sb = new StringBuilder();
        int buffer = 0, bits = 0;
        foreach (var b in bytes)
        {
            buffer = (buffer << 8) | b;
            bits += 8;
            while (bits >= 5)
            {
                sb.Append(Alphabet[(buffer >> (bits - 5)) & 31]);
                bits -= 5;
            }
        }
        if (bits > 0) sb.Append(Alphabet[(buffer << (5 - bits)) & 31]);
        return sb.ToString();
    }
}
