using System.Diagnostics.CodeAnalysis;

namespace BriefingBot.Core.Digests;

/// <summary>Resolves IANA zone ids as users type them ("europe/london" too) to the zone and its canonical id.</summary>
public static class DigestTimeZones
{
    public const string ValidForm = "an IANA time zone, \"Area/City such as Europe/London\" (or UTC)";

    private static readonly Lazy<Dictionary<string, string>> CanonicalIds = new(() =>
    {
        var ids = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var zone in TimeZoneInfo.GetSystemTimeZones())
        {
            if (zone.HasIanaId) ids.TryAdd(zone.Id, zone.Id);
        }
        ids.TryAdd("UTC", "UTC");
        return ids;
    });

    public static bool TryResolve(string? text, [NotNullWhen(true)] out TimeZoneInfo? zone, [NotNullWhen(true)] out string? ianaId)
    {
        zone = null;
        ianaId = null;
        var s = text?.Trim();
        if (string.IsNullOrEmpty(s) || s.Length > 64) return false;
        var candidate = CanonicalIds.Value.TryGetValue(s, out var canonical) ? canonical : s;
        if (!TimeZoneInfo.TryFindSystemTimeZoneById(candidate, out var found)) return false;
        if (found.HasIanaId)
        {
            ianaId = found.Id;
        }
        else if (!TimeZoneInfo.TryConvertWindowsIdToIanaId(found.Id, out ianaId))
        {
            return false;
        }
        zone = found;
        return true;
    }
}
