using Npgsql;

namespace BriefingBot.Storage.Postgres.Tests;

/// <summary>
/// A fresh schema in the PostgreSQL database named by <c>BRIEFINGBOT_TEST_POSTGRES</c> (CI starts one with
/// <c>.ci/postgres</c>), dropped with everything in it on dispose. Data sources it creates have the schema as their
/// search path, so tests running in parallel never see each other's tables.
/// </summary>
internal sealed class PostgresTestSchema : IAsyncDisposable
{
    public const string Variable = "BRIEFINGBOT_TEST_POSTGRES";

    private readonly List<NpgsqlDataSource> _dataSources = [];
    private bool _created;

    public string Name { get; } = "test_" + Guid.NewGuid().ToString("N")[..16];

    /// <summary>The connection string from the environment, or a skip of the current test when there is none.</summary>
    public static string ConnectionString
    {
        get
        {
            var value = Environment.GetEnvironmentVariable(Variable);
            if (string.IsNullOrWhiteSpace(value))
                Assert.Skip($"{Variable} is not set: no PostgreSQL to test against (source .ci/postgres to start one).");
            return value;
        }
    }

    /// <summary>The connection string with this schema as the search path.</summary>
    public string SchemaConnectionString => new NpgsqlConnectionStringBuilder(PostgresConnectionString.ToNpgsql(ConnectionString))
    {
        SearchPath = Name,
    }.ConnectionString;

    /// <summary>A new data source (a new "instance" of the bot: its own pool) on this schema, created on first call.</summary>
    public async Task<NpgsqlDataSource> CreateDataSourceAsync()
    {
        var connectionString = SchemaConnectionString;
        if (!_created)
        {
            await ExecuteAsync($"CREATE SCHEMA IF NOT EXISTS {Name};");
            _created = true;
        }
        var dataSource = NpgsqlDataSource.Create(connectionString);
        lock (_dataSources) _dataSources.Add(dataSource);
        return dataSource;
    }

    public async Task<object?> ScalarAsync(string sql)
    {
        await using var dataSource = NpgsqlDataSource.Create(SchemaConnectionString);
#pragma warning disable CA2100 // Test SQL written in the tests.
        await using var command = dataSource.CreateCommand(sql);
#pragma warning restore CA2100
        return await command.ExecuteScalarAsync();
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var dataSource in _dataSources) await dataSource.DisposeAsync();
        if (_created) await ExecuteAsync($"DROP SCHEMA IF EXISTS {Name} CASCADE;");
    }

    private static async Task ExecuteAsync(string sql)
    {
        await using var dataSource = NpgsqlDataSource.Create(PostgresConnectionString.ToNpgsql(ConnectionString));
#pragma warning disable CA2100 // The schema name is generated above from a GUID.
        await using var command = dataSource.CreateCommand(sql);
#pragma warning restore CA2100
        await command.ExecuteNonQueryAsync();
    }
}
