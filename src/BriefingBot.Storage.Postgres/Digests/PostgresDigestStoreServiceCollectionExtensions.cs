using BriefingBot.Core.Digests;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Npgsql;

namespace BriefingBot.Storage.Postgres.Digests;

/// <summary>Registers the PostgreSQL digest store.</summary>
public static class PostgresDigestStoreServiceCollectionExtensions
{
    /// <summary>
    /// Stores digest subscriptions and the delivery outbox in the PostgreSQL database named by
    /// <paramref name="connectionString"/> (URL or Npgsql keyword form, as for
    /// <see cref="PostgresServiceCollectionExtensions.AddPostgresArticleIndex"/>, whose pool it shares for the same
    /// connection string). The <c>digest_</c> tables have their own migration stream and are created on first use.
    /// Every instance of the bot may point here: claims are atomic, so each digest goes out once.
    /// Safe to call twice; the first registration wins.
    /// </summary>
    /// <exception cref="ArgumentException">The connection string cannot be read.</exception>
    public static IServiceCollection AddPostgresDigestStore(this IServiceCollection services, string connectionString)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentException.ThrowIfNullOrWhiteSpace(connectionString);
        var key = PostgresDataSourceRegistration.Add(services, connectionString);
        services.TryAddSingleton(sp => new PostgresDigestStore(sp.GetRequiredKeyedService<NpgsqlDataSource>(key)));
        services.TryAddSingleton<IDigestStore>(sp => sp.GetRequiredService<PostgresDigestStore>());
        services.TryAddSingleton<IDigestExport>(sp => new Export.PostgresDigestExport(sp.GetRequiredKeyedService<NpgsqlDataSource>(key), sp.GetRequiredService<PostgresDigestStore>()));
        services.TryAddSingleton<IDigestImport>(sp => new Export.PostgresDigestImport(sp.GetRequiredKeyedService<NpgsqlDataSource>(key), sp.GetRequiredService<PostgresDigestStore>()));
        return services;
    }
}
