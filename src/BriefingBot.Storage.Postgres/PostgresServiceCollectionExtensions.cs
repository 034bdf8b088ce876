using BriefingBot.Core.Index;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Npgsql;

namespace BriefingBot.Storage.Postgres;

/// <summary>Registers the PostgreSQL article index.</summary>
public static class PostgresServiceCollectionExtensions
{
    /// <summary>
    /// Registers <see cref="PostgresArticleIndex"/> as the singleton <see cref="IArticleIndex"/> on the database named by
    /// <paramref name="connectionString"/>: a URL (<c>postgres://user:pass@host:5432/db?sslmode=require</c>) or an
    /// Npgsql keyword string (<c>Host=…;Database=…;Username=…;Password=…</c>). The tables go to the first schema of
    /// the search path and are created and migrated on first use. One pooled <see cref="NpgsqlDataSource"/> per
    /// connection string is shared with <see cref="Digests.PostgresDigestStoreServiceCollectionExtensions.AddPostgresDigestStore"/>.
    /// Registers <see cref="TimeProvider.System"/> unless a <see cref="TimeProvider"/> is already registered.
    /// Existing <see cref="IArticleIndex"/> registrations win (TryAdd), so a host may choose another engine first.
    /// </summary>
    /// <exception cref="ArgumentException">The connection string cannot be read (checked now, not at first use).</exception>
    public static IServiceCollection AddPostgresArticleIndex(this IServiceCollection services, string connectionString)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentException.ThrowIfNullOrWhiteSpace(connectionString);
        var key = PostgresDataSourceRegistration.Add(services, connectionString);
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton(sp => new PostgresArticleIndex(
            sp.GetRequiredKeyedService<NpgsqlDataSource>(key),
            sp.GetRequiredService<TimeProvider>()));
        services.TryAddSingleton<IArticleIndex>(sp => sp.GetRequiredService<PostgresArticleIndex>());
        services.TryAddSingleton<IArticleExport>(sp => new Export.PostgresArticleExport(sp.GetRequiredKeyedService<NpgsqlDataSource>(key), sp.GetRequiredService<PostgresArticleIndex>()));
        services.TryAddSingleton<IArticleImport>(sp => new Export.PostgresArticleImport(sp.GetRequiredKeyedService<NpgsqlDataSource>(key), sp.GetRequiredService<PostgresArticleIndex>()));
        return services;
    }
}
