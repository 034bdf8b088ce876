using Microsoft.Data.Sqlite;

namespace BriefingBot.Storage.Sqlite.Tests;

/// <summary>A temporary folder for database files, deleted (with the files) on dispose.</summary>
internal sealed class TempDatabase : IDisposable
{
    public TempDatabase()
    {
        Folder = Path.Combine(Path.GetTempPath(), "briefingbot-sqlite-tests", Guid.NewGuid().ToString("N"));
    }

    public string Folder { get; }

    /// <summary>A file path in a nested folder that does not exist yet (the index must create it).</summary>
    public string NewPath(string name = "index.db") => Path.Combine(Folder, "nested", name);

    public void Dispose()
    {
        // Pooled connections keep files open; release them before deleting.
        SqliteConnection.ClearAllPools();
        try
        {
            if (Directory.Exists(Folder)) Directory.Delete(Folder, recursive: true);
        }
        catch (IOException)
        {
            // Best effort: a handle still closing must not fail a test that passed.
        }
    }
}
