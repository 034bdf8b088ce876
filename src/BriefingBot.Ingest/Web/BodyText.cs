using System.Text;
using System.Text.RegularExpressions;

namespace BriefingBot.Ingest.Web;

/// <summary>Bytes of a response to text. Unknown charsets fall back to UTF-8 rather than failing the source.</summary>
internal static partial class BodyText
{
    private const int SniffBytes = 2048;

    public static string Decode(byte[] body, string? charset)
    {
        if (body.Length >= 3 && body[0] == 0xEF && body[1] == 0xBB && body[2] == 0xBF) return Encoding.UTF8.GetString(body, 3, body.Length - 3);
        if (body.Length >= 2 && (body[0], body[1]) is (0xFF, 0xFE) or (0xFE, 0xFF)) return (body[0] == 0xFF ? Encoding.Unicode : Encoding.BigEndianUnicode).GetString(body, 2, body.Length - 2);
        var encoding = EncodingOf(charset) ?? EncodingOf(SniffMetaCharset(body)) ?? Encoding.UTF8;
        return encoding.GetString(body);
    }

    private static Encoding? EncodingOf(string? name)
    {
        if (string.IsNullOrWhiteSpace(name)) return null;
        try
        {
            return Encoding.GetEncoding(name.Trim().Trim('"', '\''));
        }
        catch (ArgumentException)
        {
            return null;
        }
    }

    private static string? SniffMetaCharset(byte[] body)
    {
        var head = Encoding.ASCII.GetString(body, 0, Math.Min(body.Length, SniffBytes));
        var match = MetaCharset().Match(head);
        return match.Success ? match.Groups[1].Value : null;
    }

    [GeneratedRegex("""<meta[^>]+charset\s*=\s*["']?([A-Za-z0-9_\-]+)""", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex MetaCharset();
}
