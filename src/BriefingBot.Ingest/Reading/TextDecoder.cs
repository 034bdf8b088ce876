using System.Buffers;
using System.Globalization;
using System.Text;
using System.Text.Unicode;

namespace BriefingBot.Ingest.Reading;

/// <summary>
/// Turns file bytes into text strictly: a UTF-8 BOM is dropped (UTF-16 with a BOM is accepted too), binary content
/// and invalid UTF-8 are refused with a reason instead of being decoded into replacement characters.
/// </summary>
internal static class TextDecoder
{
    /// <summary>Only the head of a file is sniffed for binary content; enough to catch images, archives, executables.</summary>
    private const int SniffBytes = 64 * 1024;

    /// <summary>More control characters than this share of the sniffed bytes means "not text".</summary>
    private const double MaxControlRatio = 0.10;

    private static readonly Encoding StrictUtf16Le = new UnicodeEncoding(bigEndian: false, byteOrderMark: false, throwOnInvalidBytes: true);
    private static readonly Encoding StrictUtf16Be = new UnicodeEncoding(bigEndian: true, byteOrderMark: false, throwOnInvalidBytes: true);

    public static bool HasUtf8Bom(ReadOnlySpan<byte> bytes) => bytes is [0xEF, 0xBB, 0xBF, ..];

    public static bool HasUtf16Bom(ReadOnlySpan<byte> bytes) => bytes is [0xFF, 0xFE, ..] or [0xFE, 0xFF, ..];

    /// <summary>Decodes a whole file; on failure <paramref name="reason"/> says why in words a user understands.</summary>
    public static bool TryDecode(ReadOnlySpan<byte> bytes, out string text, out string? reason)
    {
        text = string.Empty;
        if (HasUtf16Bom(bytes)) return TryDecodeUtf16(bytes, out text, out reason);
        if (HasUtf8Bom(bytes)) bytes = bytes[3..];
        reason = BinaryReason(bytes);
        if (reason is not null) return false;
        return TryDecodeUtf8(bytes, out text, out reason);
    }

    /// <summary>Why the head of a file looks binary, or null when it looks like text.</summary>
    public static string? BinaryReason(ReadOnlySpan<byte> bytes)
    {
        var head = bytes[..Math.Min(bytes.Length, SniffBytes)];
        if (head.IndexOf((byte)0) >= 0) return "binary file (contains NUL bytes)";
        var control = 0;
        foreach (var b in head)
        {
            if (b is < 0x20 and not ((byte)'\t' or (byte)'\n' or (byte)'\r' or 0x0C) or 0x7F) control++;
        }
        return head.Length > 0 && control > head.Length * MaxControlRatio ? "binary file (mostly control characters)" : null;
    }

    /// <summary>Strict UTF-8: the first invalid byte is reported with its line, nothing is replaced.</summary>
    public static bool TryDecodeUtf8(ReadOnlySpan<byte> bytes, out string text, out string? reason)
    {
        var chars = ArrayPool<char>.Shared.Rent(Math.Max(1, bytes.Length));
        try
        {
            var status = Utf8.ToUtf16(bytes, chars, out var read, out var written, replaceInvalidSequences: false);
            if (status != OperationStatus.Done)
            {
                text = string.Empty;
                var line = bytes[..read].Count((byte)'\n') + 1;
                reason = string.Create(CultureInfo.InvariantCulture, $"not valid UTF-8 (invalid byte at offset {read}, line {line}); save the file as UTF-8");
                return false;
            }
            text = new string(chars, 0, written);
            reason = null;
            return true;
        }
        finally
        {
            ArrayPool<char>.Shared.Return(chars);
        }
    }

    private static bool TryDecodeUtf16(ReadOnlySpan<byte> bytes, out string text, out string? reason)
    {
        var encoding = bytes[0] == 0xFF ? StrictUtf16Le : StrictUtf16Be;
        try
        {
            text = encoding.GetString(bytes[2..]);
            reason = null;
            return true;
        }
        catch (DecoderFallbackException)
        {
            text = string.Empty;
            reason = "not valid UTF-16 (the file starts with a UTF-16 byte order mark)";
            return false;
        }
    }
}
