namespace BriefingBot.Storage.Postgres.Export;

/// <summary>
/// timestamptz keeps microseconds; .NET instants have 100 ns ticks (the SQLite index stores all seven digits).
/// Imports round down before writing and before comparing, so a re-run finds the row it wrote equal.
/// </summary>
internal static class StoredInstant
{
    private const long TicksPerMicrosecond = TimeSpan.TicksPerMillisecond / 1000;

    public static DateTimeOffset Of(DateTimeOffset value)
    {
        var utc = value.ToUniversalTime();
        return utc.AddTicks(-(utc.Ticks % TicksPerMicrosecond));
    }

    public static DateTimeOffset? Of(DateTimeOffset? value) => value is { } v ? Of(v) : null;
}
