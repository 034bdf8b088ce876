using System.Buffers;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Text;
using NSec.Cryptography;

namespace BriefingBot.Discord;

/// <summary>
/// Checks Discord's Ed25519 request signature: <c>X-Signature-Ed25519</c> over UTF-8(<c>X-Signature-Timestamp</c>)
/// followed by the raw body bytes, and rejects timestamps outside a window so a captured request cannot be replayed.
/// </summary>
public sealed class DiscordSignatureVerifier
{
    private const int SignatureBytes = 64;
    private readonly PublicKey _publicKey;
    private readonly TimeProvider _time;
    private readonly TimeSpan _window;

    public DiscordSignatureVerifier(string publicKeyHex, TimeProvider time, TimeSpan window)
    {
        ArgumentNullException.ThrowIfNull(time);
        if (!TryParsePublicKey(publicKeyHex, out var key))
            throw new ArgumentException("The Discord public key must be 64 hexadecimal characters.", nameof(publicKeyHex));
        _publicKey = key;
        _time = time;
        _window = window;
    }

    /// <summary>Verifies the signature alone (no clock): the shape Discord documents and the test vector uses.</summary>
    public bool VerifySignature(string? signatureHex, string? timestamp, ReadOnlySpan<byte> body)
    {
        if (string.IsNullOrEmpty(timestamp) || !TryParseHex(signatureHex, SignatureBytes, out var signature)) return false;
        var timestampByteCount = Encoding.UTF8.GetByteCount(timestamp);
        var rented = ArrayPool<byte>.Shared.Rent(timestampByteCount + body.Length);
        try
        {
            var written = Encoding.UTF8.GetBytes(timestamp, rented);
            body.CopyTo(rented.AsSpan(written));
            return SignatureAlgorithm.Ed25519.Verify(_publicKey, rented.AsSpan(0, written + body.Length), signature);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(rented);
        }
    }

    /// <summary>Verifies the signature and that the timestamp (Unix seconds) is within the window of now.</summary>
    public bool Verify(string? signatureHex, string? timestamp, ReadOnlySpan<byte> body) =>
        IsFresh(timestamp) && VerifySignature(signatureHex, timestamp, body);

    private bool IsFresh(string? timestamp)
    {
        if (!long.TryParse(timestamp, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds)) return false;
        if (seconds > 253402300799L) return false; // beyond year 9999: not a timestamp
        var sent = DateTimeOffset.FromUnixTimeSeconds(seconds);
        var skew = _time.GetUtcNow() - sent;
        return skew.Duration() <= _window;
    }

    internal static bool TryParsePublicKey(string? hex, [NotNullWhen(true)] out PublicKey? key)
    {
        key = null;
        return TryParseHex(hex, 32, out var bytes)
            && PublicKey.TryImport(SignatureAlgorithm.Ed25519, bytes, KeyBlobFormat.RawPublicKey, out key);
    }

    private static bool TryParseHex(string? hex, int byteCount, [NotNullWhen(true)] out byte[]? bytes)
    {
        bytes = null;
        if (hex is null || hex.Length != byteCount * 2) return false;
        try
        {
            bytes = Convert.FromHexString(hex);
            return true;
        }
        catch (FormatException)
        {
            return false;
        }
    }
}
