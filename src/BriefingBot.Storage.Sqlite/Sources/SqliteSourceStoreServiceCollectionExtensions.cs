using BriefingBot.Core.Sources;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace BriefingBot.Storage.Sqlite.Sources;

public static class SqliteSourceStoreServiceCollectionExtensions
{
    /// <summary>
    /// Stores registered web sources, seen feed items and the near-duplicate registry (<see cref="ISourceStore"/> and
    /// <see cref="IDuplicateRegistry"/>, one instance) in the SQLite file at <paramref name="path"/> (normally the
    /// article index's file: the <c>source_</c> tables have their own migration stream). Created and migrated on
    /// first use. Safe to call twice; the first registration wins.
    /// </summary>
    public static IServiceCollection AddSqliteSourceStore(this IServiceCollection services, string path)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        services.TryAddSingleton(_ => new SqliteSourceStore(path));
        services.TryAddSingleton<ISourceStore>(sp => sp.GetRequiredService<SqliteSourceStore>());
        services.TryAddSingleton<IDuplicateRegistry>(sp => sp.GetRequiredService<SqliteSourceStore>());
        return services;
    }
}
