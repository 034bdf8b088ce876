using BriefingBot.Core.Sources;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Npgsql;

namespace BriefingBot.Storage.Postgres.Sources;

/// <summary>Registers the PostgreSQL web source store.</summary>
public static class PostgresSourceStoreServiceCollectionExtensions
{
    /// <summary>
    /// Stores registered web sources, seen feed items and the near-duplicate registry (<see cref="ISourceStore"/> and
    /// <see cref="IDuplicateRegistry"/>, one instance) in the PostgreSQL database named by
    /// <paramref name="connectionString"/> (URL or Npgsql keyword form), sharing the pool of the article index and the
    /// digest store for the same connection string. The <c>source_</c> tables have their own migration stream and are
    /// created on first use. Every instance of the bot may point here: polling leases are atomic, so a source is
    /// polled by one instance at a time. Safe to call twice; the first registration wins.
    /// </summary>
    /// <exception cref="ArgumentException">The connection string cannot be read.</exception>
    public static IServiceCollection AddPostgresSourceStore(this IServiceCollection services, string connectionString)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentException.ThrowIfNullOrWhiteSpace(connectionString);
        var key = PostgresDataSourceRegistration.Add(services, connectionString);
        services.TryAddSingleton(sp => new PostgresSourceStore(sp.GetRequiredKeyedService<NpgsqlDataSource>(key)));
        services.TryAddSingleton<ISourceStore>(sp => sp.GetRequiredService<PostgresSourceStore>());
        services.TryAddSingleton<IDuplicateRegistry>(sp => sp.GetRequiredService<PostgresSourceStore>());
        return services;
    }
}
