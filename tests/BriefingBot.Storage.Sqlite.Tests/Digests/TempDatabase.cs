using Microsoft.Data.Sqlite;

namespace BriefingBot.Storage.Sqlite.Tests.Digests;

/// <summary>A real SQLite file in a fresh temp folder, deleted afterwards.</summary>
internal sealed class TempDatabase : IDisposable
{
    private readonly string directory = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "briefingbot-digest-" + Guid.NewGuid().ToString("N"));

    public TempDatabase() => Directory.CreateDirectory(directory);

    public string Path => System.IO.Path.Combine(directory, "briefingbot.db");

    public SqliteConnection Open()
    {
        var connection = new SqliteConnection($"Data Source={Path}");
        connection.Open();
        return connection;
    }

    public object? Scalar(string sql)
    {
        using var connection = Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return command.ExecuteScalar();
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(directory, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp folder is harmless; failing the test for it is not.
        }
    }
}
