using BriefingBot.Storage.Postgres;
using Npgsql;

namespace BriefingBot.Integration.Tests.Migration;

/// <summary>
/// A fresh schema in the PostgreSQL named by <c>BRIEFINGBOT_TEST_POSTGRES</c> (<c>source .ci/postgres</c> starts one),
/// dropped with its tables on dispose; its connection string has the schema as search path.
/// </summary>
internal sealed class TestPostgresSchema : IAsyncDisposable
{
    public const string Variable = "BRIEFINGBOT_TEST_POSTGRES";

    private readonly string _server;

    private TestPostgresSchema(string server)
    {
        _server = PostgresConnectionString.ToNpgsql(server);
        ConnectionString = new NpgsqlConnectionStringBuilder(_server) { SearchPath = Name }.ConnectionString;
    }

    public string Name { get; } = "migrate_" + Guid.NewGuid().ToString("N")[..16];

    public string ConnectionString { get; }

    /// <summary>The server from the environment, or null when none is configured.</summary>
    public static string? Server => Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } value ? value : null;

    public static async Task<TestPostgresSchema> CreateAsync(string server)
    {
        var schema = new TestPostgresSchema(server);
        await schema.ExecuteAsync($"CREATE SCHEMA {schema.Name};");
        return schema;
    }

    public ValueTask DisposeAsync() => new(ExecuteAsync($"DROP SCHEMA IF EXISTS {Name} CASCADE;"));

    private async Task ExecuteAsync(string sql)
    {
        await using var dataSource = NpgsqlDataSource.Create(_server);
#pragma warning disable CA2100 // The schema name is generated from a GUID above.
        await using var command = dataSource.CreateCommand(sql);
#pragma warning restore CA2100
        await command.ExecuteNonQueryAsync();
    }
}
