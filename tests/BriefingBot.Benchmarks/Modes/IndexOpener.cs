using BriefingBot.Core.Index;
using BriefingBot.Storage.Postgres;
using BriefingBot.Storage.Sqlite;
using Microsoft.Extensions.DependencyInjection;

namespace BriefingBot.Benchmarks.Modes;

/// <summary>Opens the index a benchmark names: a PostgreSQL connection string or URL, else a SQLite file.</summary>
internal static class IndexOpener
{
    public static bool IsPostgres(string db) =>
        db.StartsWith("postgres://", StringComparison.OrdinalIgnoreCase) || db.StartsWith("postgresql://", StringComparison.OrdinalIgnoreCase)
        || db.Contains("Host=", StringComparison.OrdinalIgnoreCase);

    public static IArticleIndex Open(string db)
    {
        if (!IsPostgres(db))
        {
            if (!File.Exists(db)) throw new ArgumentException($"{db} not found.");
            return new SqliteArticleIndex(new SqliteIndexOptions { Path = db }, TimeProvider.System);
        }
        // The same registration the product uses, so the benchmark measures what `serve` runs.
        var services = new ServiceCollection().AddLogging().AddPostgresArticleIndex(db).BuildServiceProvider();
        return services.GetRequiredService<IArticleIndex>();
    }
}
