namespace BriefingBot.Cli;

/// <param name="Database">As given with --db, or null for the default SQLite file.</param>
internal sealed record CliSettings(string? Database, string? ConfigFile, bool Json)
{
    public bool UsesDefaultDatabase => Database is null;
}
