using System.Security.Cryptography;
using System.Text;

namespace BriefingBot.Ingest.Identity;

/// <summary>
/// Stable article ids and content hashes. The same story reached through a tracking link, with a fragment or a
/// trailing slash gets one id, so re-ingesting it updates instead of duplicating (feeds use this too).
/// </summary>
public static class ArticleIdentity
{
    /// <summary>16 hex digits (64 bits) of SHA-256: collisions are negligible at any index size this product sees.</summary>
    private const int IdHexLength = 16;

    private static readonly HashSet<string> TrackingParameters = new(StringComparer.OrdinalIgnoreCase)
    {
        "fbclid", "gclid", "dclid", "msclkid", "mc_cid", "mc_eid", "igshid", "yclid", "_ga",
    };

    /// <summary>The id of an article: from its normalized URL when it has one, else from its normalized content.</summary>
    public static string ArticleId(string? url, string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return string.IsNullOrWhiteSpace(url)
            ? ShortHash("content\n" + NormalizeContent(text))
            : ShortHash("url\n" + NormalizeUrl(url));
    }

    /// <summary>Hash of exactly what is stored (title and text): any change in either means "updated".</summary>
    public static string ContentHash(string title, string text)
    {
        ArgumentNullException.ThrowIfNull(title);
        ArgumentNullException.ThrowIfNull(text);
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(title + "\n\n" + text)));
    }

    /// <summary>
    /// Lower-case scheme and host, no default port, no fragment, no <c>utm_*</c>/<c>fbclid</c>/<c>gclid</c>-style
    /// tracking parameters, no trailing slash. Path and remaining query keep their case and order.
    /// Text that is not an absolute http(s) URL is only trimmed.
    /// </summary>
    public static string NormalizeUrl(string url)
    {
        ArgumentNullException.ThrowIfNull(url);
        var trimmed = url.Trim();
        if (!Uri.TryCreate(trimmed, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps))
            return trimmed;

        var sb = new StringBuilder(trimmed.Length);
        sb.Append(uri.Scheme).Append("://").Append(uri.IdnHost.ToLowerInvariant());
        if (!uri.IsDefaultPort) sb.Append(':').Append(uri.Port);
        sb.Append(uri.AbsolutePath.TrimEnd('/'));
        var query = uri.Query.TrimStart('?')
            .Split('&', StringSplitOptions.RemoveEmptyEntries)
            .Where(p => !IsTracking(p.Split('=', 2)[0]))
            .ToList();
        if (query.Count > 0) sb.Append('?').AppendJoin('&', query);
        return sb.ToString();
    }

    /// <summary>Unicode NFC, lower case, whitespace runs collapsed: copies differing only in layout share an id.</summary>
    public static string NormalizeContent(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var normalized = text.Normalize(NormalizationForm.FormC);
        var sb = new StringBuilder(normalized.Length);
        foreach (var c in normalized)
        {
            if (char.IsWhiteSpace(c))
            {
                if (sb.Length > 0 && sb[^1] != ' ') sb.Append(' ');
            }
            else
            {
                sb.Append(char.ToLowerInvariant(c));
            }
        }
        return sb.ToString().TrimEnd();
    }

    private static bool IsTracking(string name) =>
        name.StartsWith("utm_", StringComparison.OrdinalIgnoreCase) || TrackingParameters.Contains(name);

    private static string ShortHash(string value) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(value)))[..IdHexLength];
}
