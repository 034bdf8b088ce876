namespace BriefingBot.Discord.Digests;

/// <summary>Discord ids encode their creation time: milliseconds since 2015-01-01 shifted left by 22 bits.</summary>
internal static class DiscordSnowflake
{
    public const long DiscordEpochMilliseconds = 1_420_070_400_000;

    /// <summary>The smallest id created at <paramref name="instant"/>: <c>GET …/messages?after=</c> it returns later messages.</summary>
    public static ulong AtOrBefore(DateTimeOffset instant)
    {
        var ms = instant.ToUnixTimeMilliseconds() - DiscordEpochMilliseconds;
        return ms <= 0 ? 0 : (ulong)ms << 22;
    }
}
