using System.Globalization;
using System.Numerics;

namespace BriefingBot.Discord.Interactions;

/// <summary>Reads Discord's permission bit set, a decimal string that can exceed 64 bits.</summary>
internal static class DiscordPermissions
{
    public static readonly BigInteger Administrator = BigInteger.One << 3;
    public static readonly BigInteger ManageChannels = BigInteger.One << 4;

    /// <summary>True when <paramref name="permissions"/> has MANAGE_CHANNELS or ADMINISTRATOR; false when absent or malformed.</summary>
    public static bool CanManageChannel(string? permissions) =>
        permissions is { Length: > 0 and <= 64 }
        && BigInteger.TryParse(permissions, NumberStyles.None, CultureInfo.InvariantCulture, out var bits)
        && (!(bits & ManageChannels).IsZero || !(bits & Administrator).IsZero);
}
