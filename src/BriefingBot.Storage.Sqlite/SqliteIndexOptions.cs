using System.ComponentModel.DataAnnotations;

namespace BriefingBot.Storage.Sqlite;

/// <summary>Where the embedded SQLite index lives. Bound from the <c>Storage:Sqlite</c> configuration section.</summary>
public sealed class SqliteIndexOptions
{
    public const string SectionName = "Storage:Sqlite";

    /// <summary>The database file; its folder is created on first use.</summary>
    [Required]
    public string Path { get; set; } = "./data/briefingbot.db";

    /// <summary>How long a writer waits for another writer (this or another process) before failing.</summary>
    [Range(0, 600_000)]
    public int BusyTimeoutMilliseconds { get; set; } = 10_000;
}
