using Microsoft.Extensions.Configuration;

namespace BriefingBot.Composition;

/// <summary>
/// Which engine holds the index, from <c>--db</c> or configuration (<c>Storage:Provider</c>,
/// <c>ConnectionStrings:BriefingBot</c>, <c>Storage:Sqlite:Path</c>). A <c>postgres://</c> URL or an Npgsql
/// connection string selects PostgreSQL; anything else is a SQLite file path.
/// </summary>
internal sealed record StorageSelection(StorageProvider Provider, string Target, bool IsDefaultSqliteFile)
{
    public const string DefaultSqlitePath = "./data/briefingbot.db";

    public static StorageSelection Resolve(string? databaseArgument, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        if (!string.IsNullOrWhiteSpace(databaseArgument)) return FromTarget(databaseArgument.Trim(), isDefault: false);
        var provider = configuration["Storage:Provider"];
        var connectionString = configuration.GetConnectionString("BriefingBot");
        if (string.Equals(provider, nameof(StorageProvider.Postgres), StringComparison.OrdinalIgnoreCase))
        {
            if (string.IsNullOrWhiteSpace(connectionString))
                throw new InvalidOperationException("Storage:Provider is Postgres but ConnectionStrings:BriefingBot is not set.");
            return new StorageSelection(StorageProvider.Postgres, connectionString, false);
        }
        var path = configuration["Storage:Sqlite:Path"];
        return string.IsNullOrWhiteSpace(path)
            ? new StorageSelection(StorageProvider.Sqlite, DefaultSqlitePath, true)
            : FromTarget(path, isDefault: false);
    }

    private static StorageSelection FromTarget(string target, bool isDefault) =>
        LooksLikePostgres(target)
            ? new StorageSelection(StorageProvider.Postgres, target, false)
            : new StorageSelection(StorageProvider.Sqlite, target, isDefault);

    private static bool LooksLikePostgres(string target) =>
        target.StartsWith("postgres://", StringComparison.OrdinalIgnoreCase)
        || target.StartsWith("postgresql://", StringComparison.OrdinalIgnoreCase)
        || (target.Contains('=', StringComparison.Ordinal) && target.Contains("host", StringComparison.OrdinalIgnoreCase));
}
