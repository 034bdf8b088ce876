using BriefingBot.Core.Digests;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace BriefingBot.Storage.Sqlite.Digests;

public static class SqliteDigestStoreServiceCollectionExtensions
{
    /// <summary>
    /// Stores digest subscriptions and the delivery outbox in the SQLite file at <paramref name="path"/>
    /// (normally the article index's file: the digest tables have their own prefix and migration stream).
    /// Created and migrated on first use. Safe to call twice; the first registration wins.
    /// </summary>
    public static IServiceCollection AddSqliteDigestStore(this IServiceCollection services, string path)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        services.TryAddSingleton<IDigestStore>(_ => new SqliteDigestStore(path));
        services.TryAddSingleton<IDigestExport>(_ => new Export.SqliteDigestExport(new SqliteDigestStore(path)));
        return services;
    }
}
