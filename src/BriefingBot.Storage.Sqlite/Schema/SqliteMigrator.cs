using System.Globalization;
using Microsoft.Data.Sqlite;

namespace BriefingBot.Storage.Sqlite.Schema;

/// <summary>Brings a database file to the latest schema version, one transaction per script.</summary>
internal static class SqliteMigrator
{
    public static int LatestVersion => SqliteMigrations.Scripts.Count;

    /// <summary>Applies every missing script; safe when several processes open a fresh file at once.</summary>
    public static async Task MigrateAsync(SqliteConnection connection, CancellationToken cancellationToken)
    {
        // WAL is a property of the file and cannot be switched inside a transaction.
        await ExecuteAsync(connection, "PRAGMA journal_mode = WAL;", cancellationToken);

        var current = await GetVersionAsync(connection, cancellationToken);
        if (current > LatestVersion)
        {
            throw new InvalidOperationException(
                $"The index '{connection.DataSource}' has schema version {current}, newer than this program knows ({LatestVersion}). Update BriefingBot.");
        }

        for (var version = current + 1; version <= LatestVersion; version++)
        {
            // BEGIN IMMEDIATE takes the write lock first, so a concurrent migrator waits and then sees the new version.
            using var transaction = connection.BeginTransaction(deferred: false);
            var applied = await GetVersionAsync(connection, cancellationToken);
            if (applied >= version)
            {
                transaction.Commit();
                continue;
            }

            await ExecuteAsync(connection, SqliteMigrations.Scripts[version - 1], cancellationToken);
            await ExecuteAsync(connection, string.Create(CultureInfo.InvariantCulture, $"PRAGMA user_version = {version};"), cancellationToken);
            transaction.Commit();
        }
    }

    public static async Task<int> GetVersionAsync(SqliteConnection connection, CancellationToken cancellationToken)
    {
        using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA user_version;";
        var value = await command.ExecuteScalarAsync(cancellationToken);
        return Convert.ToInt32(value, CultureInfo.InvariantCulture);
    }

    private static async Task ExecuteAsync(SqliteConnection connection, string sql, CancellationToken cancellationToken)
    {
        using var command = connection.CreateCommand();
#pragma warning disable CA2100 // Migration scripts are constants compiled into this assembly, never user input.
        command.CommandText = sql;
#pragma warning restore CA2100
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
