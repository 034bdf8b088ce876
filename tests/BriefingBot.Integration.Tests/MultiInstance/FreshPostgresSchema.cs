using BriefingBot.Storage.Postgres;
using Npgsql;

namespace BriefingBot.Integration.Tests.MultiInstance;

/// <summary>
/// A new schema in the PostgreSQL database named by <c>BRIEFINGBOT_TEST_POSTGRES</c> (<c>source .ci/postgres</c> starts
/// one), dropped with everything in it on dispose. <see cref="ConnectionString"/> has it as the search path, so every
/// host given that string (as <c>--db</c>) shares these tables and no other test's.
/// </summary>
internal sealed class FreshPostgresSchema : IAsyncDisposable
{
    public const string Variable = "BRIEFINGBOT_TEST_POSTGRES";

    private readonly string _server;

    private FreshPostgresSchema(string server, string name)
    {
        _server = server;
        Name = name;
        ConnectionString = new NpgsqlConnectionStringBuilder(server) { SearchPath = name }.ConnectionString;
    }

    public string Name { get; }

    public string ConnectionString { get; }

    /// <summary>Creates the schema, or skips the current test when no PostgreSQL is configured.</summary>
    public static async Task<FreshPostgresSchema> CreateAsync(CancellationToken cancellationToken)
    {
        var value = Environment.GetEnvironmentVariable(Variable);
        if (string.IsNullOrWhiteSpace(value))
            Assert.Skip($"{Variable} is not set: no PostgreSQL to run several hosts against (source .ci/postgres to start one).");
        var schema = new FreshPostgresSchema(PostgresConnectionString.ToNpgsql(value), "multi_" + Guid.NewGuid().ToString("N")[..16]);
        await schema.ExecuteAsync($"CREATE SCHEMA {schema.Name};", cancellationToken);
        return schema;
    }

    /// <summary>A pool of the test's own on the schema, for checking what the hosts left behind.</summary>
    public NpgsqlDataSource CreateDataSource() => NpgsqlDataSource.Create(ConnectionString);

    public async Task<long> CountAsync(string table, CancellationToken cancellationToken)
    {
        await using var dataSource = CreateDataSource();
#pragma warning disable CA2100 // Table names are constants in the tests.
        await using var command = dataSource.CreateCommand($"SELECT COUNT(*) FROM {table}");
#pragma warning restore CA2100
        return (long)(await command.ExecuteScalarAsync(cancellationToken))!;
    }

    public async ValueTask DisposeAsync()
    {
        // The hosts are gone by now; their pools may still hold idle connections, which do not block a DROP.
        await ExecuteAsync($"DROP SCHEMA IF EXISTS {Name} CASCADE;", CancellationToken.None);
    }

    private async Task ExecuteAsync(string sql, CancellationToken cancellationToken)
    {
        await using var dataSource = NpgsqlDataSource.Create(_server);
#pragma warning disable CA2100 // The schema name is generated from a GUID.
        await using var command = dataSource.CreateCommand(sql);
#pragma warning restore CA2100
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
