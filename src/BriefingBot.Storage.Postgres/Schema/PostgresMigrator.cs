using System.Globalization;
using Npgsql;

namespace BriefingBot.Storage.Postgres.Schema;

/// <summary>
/// Applies versioned migration scripts, one stream per component (article index, digests), recorded in
/// <c>briefingbot_schema_versions</c> of the connection's current schema. Several instances starting together
/// serialize on a transaction-scoped advisory lock (per schema), so a script is applied exactly once; DDL is
/// transactional in PostgreSQL, so a failed script leaves no trace and the next start retries it.
/// </summary>
internal static class PostgresMigrator
{
    /// <summary>First key of the advisory lock: "BBot" in ASCII, so it does not collide with other applications' locks.</summary>
    private const int LockClass = 0x42426F74;

    public static async Task MigrateAsync(
        NpgsqlDataSource dataSource, string component, IReadOnlyList<string> scripts, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);

        await ExecuteAsync(connection, transaction, $"SELECT pg_advisory_xact_lock({LockClass}, hashtext(current_schema()));", cancellationToken);
        await ExecuteAsync(connection, transaction, """
            CREATE TABLE IF NOT EXISTS briefingbot_schema_versions (
                component  text PRIMARY KEY,
                version    integer NOT NULL,
                applied_at timestamptz NOT NULL DEFAULT now()
            );
            """, cancellationToken);

        var current = await GetVersionAsync(connection, transaction, component, cancellationToken);
        if (current > scripts.Count)
        {
            throw new InvalidOperationException(string.Create(CultureInfo.InvariantCulture,
                $"The PostgreSQL schema '{connection.Database}' has {component} version {current}, newer than this program knows ({scripts.Count}). Update BriefingBot."));
        }

        for (var version = current + 1; version <= scripts.Count; version++)
            await ExecuteAsync(connection, transaction, scripts[version - 1], cancellationToken);

        if (current < scripts.Count)
        {
            await using var record = new NpgsqlCommand("""
                INSERT INTO briefingbot_schema_versions (component, version) VALUES (@component, @version)
                ON CONFLICT (component) DO UPDATE SET version = excluded.version, applied_at = now();
                """, connection, transaction);
            record.Parameters.AddWithValue("component", component);
            record.Parameters.AddWithValue("version", scripts.Count);
            await record.ExecuteNonQueryAsync(cancellationToken);
        }
        await transaction.CommitAsync(cancellationToken);
    }

    public static async Task<int> GetVersionAsync(
        NpgsqlConnection connection, NpgsqlTransaction? transaction, string component, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(
            "SELECT version FROM briefingbot_schema_versions WHERE component = @component;", connection, transaction);
        command.Parameters.AddWithValue("component", component);
        var value = await command.ExecuteScalarAsync(cancellationToken);
        return value is int version ? version : 0;
    }

    private static async Task ExecuteAsync(
        NpgsqlConnection connection, NpgsqlTransaction transaction, string sql, CancellationToken cancellationToken)
    {
#pragma warning disable CA2100 // Migration scripts are constants compiled into this assembly, never user input.
        await using var command = new NpgsqlCommand(sql, connection, transaction);
#pragma warning restore CA2100
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
