using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Npgsql;

namespace BriefingBot.Storage.Postgres;

/// <summary>
/// One <see cref="NpgsqlDataSource"/> (one connection pool) per connection string, registered as a keyed
/// singleton: the index and the digest store on the same database share a pool, and the container disposes it.
/// </summary>
internal static class PostgresDataSourceRegistration
{
    private const string KeyPrefix = "BriefingBot.Storage.Postgres:";

    /// <summary>Registers the data source for <paramref name="connectionString"/> (URL or keyword form) and returns its service key.</summary>
    public static string Add(IServiceCollection services, string connectionString)
    {
        var normalized = PostgresConnectionString.ToNpgsql(connectionString);
        var key = KeyPrefix + normalized;
        services.TryAddKeyedSingleton(key, (_, _) => NpgsqlDataSource.Create(normalized));
        return key;
    }
}
