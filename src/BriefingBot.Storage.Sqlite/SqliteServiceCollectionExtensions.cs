using BriefingBot.Core.Index;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace BriefingBot.Storage.Sqlite;

/// <summary>Registers the embedded SQLite article index.</summary>
public static class SqliteServiceCollectionExtensions
{
    /// <summary>
    /// Registers <see cref="SqliteArticleIndex"/> as the singleton <see cref="IArticleIndex"/>, with
    /// <see cref="SqliteIndexOptions"/> bound from the <c>Storage:Sqlite</c> configuration section (an
    /// <c>IConfiguration</c> must be registered, as every host does) and validated at start.
    /// Registers <see cref="TimeProvider.System"/> unless a <see cref="TimeProvider"/> is already registered.
    /// Existing <see cref="IArticleIndex"/> registrations win (TryAdd), so a host may choose another engine first.
    /// </summary>
    public static IServiceCollection AddSqliteArticleIndex(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        Validated(services.AddOptions<SqliteIndexOptions>().BindConfiguration(SqliteIndexOptions.SectionName));
        return AddIndex(services);
    }

    /// <summary>
    /// Registers the SQLite index on the database file <paramref name="path"/> (created with its folder on first use),
    /// without reading configuration. Otherwise as <see cref="AddSqliteArticleIndex(IServiceCollection)"/>.
    /// </summary>
    public static IServiceCollection AddSqliteArticleIndex(this IServiceCollection services, string path)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        Validated(services.AddOptions<SqliteIndexOptions>().Configure(o => o.Path = path));
        return AddIndex(services);
    }

    private static void Validated(OptionsBuilder<SqliteIndexOptions> options) =>
        options
            .ValidateDataAnnotations()
            .Validate(o => !string.IsNullOrWhiteSpace(o.Path), $"{SqliteIndexOptions.SectionName}:Path must name a database file.")
            .ValidateOnStart();

    private static IServiceCollection AddIndex(IServiceCollection services)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton(sp => new SqliteArticleIndex(
            sp.GetRequiredService<IOptions<SqliteIndexOptions>>().Value,
            sp.GetRequiredService<TimeProvider>()));
        services.TryAddSingleton<IArticleIndex>(sp => sp.GetRequiredService<SqliteArticleIndex>());
        services.TryAddSingleton<IArticleExport>(sp => new Export.SqliteArticleExport(sp.GetRequiredService<IOptions<SqliteIndexOptions>>().Value));
        return services;
    }
}
