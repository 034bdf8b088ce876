using System.Net;
using System.Net.Sockets;

namespace BriefingBot.Ingest.Web;

/// <summary>
/// Which IP addresses an outbound request may reach. Everything that is not globally routable unicast is refused:
/// loopback, RFC 1918, link-local (cloud metadata lives there), CGNAT, "this network", benchmarking, documentation,
/// reserved and multicast ranges, and their IPv6 counterparts (ULA, link-local, site-local, IPv4-mapped forms).
/// </summary>
public static class AddressPolicy
{
    /// <summary>Null when <paramref name="address"/> is public; else a short name of the range it belongs to.</summary>
    public static string? NonPublicRange(IPAddress address)
    {
        ArgumentNullException.ThrowIfNull(address);
        if (address.IsIPv4MappedToIPv6) address = address.MapToIPv4();
        return address.AddressFamily switch
        {
            AddressFamily.InterNetwork => NonPublicV4(address.GetAddressBytes()),
            AddressFamily.InterNetworkV6 => NonPublicV6(address),
            _ => "not an IP address",
        };
    }

    private static string? NonPublicV4(byte[] b) => (b[0], b[1]) switch
    {
        (0, _) => "'this network' (0.0.0.0/8)",
        (10, _) => "private (10.0.0.0/8)",
        (100, >= 64 and <= 127) => "carrier-grade NAT (100.64.0.0/10)",
        (127, _) => "loopback (127.0.0.0/8)",
        (169, 254) => "link-local (169.254.0.0/16)",
        (172, >= 16 and <= 31) => "private (172.16.0.0/12)",
        (192, 0) when b[2] is 0 or 2 => "reserved (192.0.0.0/24, 192.0.2.0/24)",
        (192, 168) => "private (192.168.0.0/16)",
        (198, 18 or 19) => "benchmarking (198.18.0.0/15)",
        (198, 51) when b[2] == 100 => "documentation (198.51.100.0/24)",
        (203, 0) when b[2] == 113 => "documentation (203.0.113.0/24)",
        (>= 224 and <= 239, _) => "multicast (224.0.0.0/4)",
        (>= 240, _) => "reserved (240.0.0.0/4)",
        _ => null,
    };

    private static string? NonPublicV6(IPAddress address)
    {
        if (IPAddress.IsLoopback(address)) return "loopback (::1)";
        if (address.Equals(IPAddress.IPv6None)) return "unspecified (::)";
        if (address.IsIPv6LinkLocal) return "link-local (fe80::/10)";
        if (address.IsIPv6SiteLocal) return "site-local (fec0::/10)";
        if (address.IsIPv6Multicast) return "multicast (ff00::/8)";
        var b = address.GetAddressBytes();
        if ((b[0] & 0xFE) == 0xFC) return "unique local (fc00::/7)";
        if (b[0] == 0x20 && b[1] == 0x01 && b[2] == 0x0D && b[3] == 0xB8) return "documentation (2001:db8::/32)";
        // NAT64 (64:ff9b::/96) and 6to4 (2002::/16) embed an IPv4 address: judge the embedded one.
        if (b[0] == 0x00 && b[1] == 0x64 && b[2] == 0xFF && b[3] == 0x9B) return NonPublicV4(b[12..16]);
        if (b[0] == 0x20 && b[1] == 0x02) return NonPublicV4(b[2..6]);
        // IPv4-compatible (::a.b.c.d, deprecated): first 12 bytes zero.
        if (b.AsSpan(0, 12).IndexOfAnyExcept((byte)0) < 0) return NonPublicV4(b[12..16]);
        return null;
    }
}
