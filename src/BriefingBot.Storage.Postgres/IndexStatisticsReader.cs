using BriefingBot.Core.Index;
using Npgsql;

namespace BriefingBot.Storage.Postgres;

/// <summary>What <c>sources</c> shows: counts, newest publication, last ingest, articles per source.</summary>
internal static class IndexStatisticsReader
{
    /// <summary>The source name shown for articles that came without one (the SQLite engine's word too).</summary>
    public const string UnknownSource = "unknown";

    public static async Task<IndexStatistics> ReadAsync(NpgsqlDataSource dataSource, CancellationToken cancellationToken)
    {
        await using var batch = dataSource.CreateBatch();
        batch.BatchCommands.Add(new NpgsqlBatchCommand("SELECT COUNT(*), MAX(published), MAX(indexed_at) FROM articles;"));
        var sources = new NpgsqlBatchCommand("""
            SELECT COALESCE(source, @unknown) COLLATE "C" AS name, COUNT(*) AS n FROM articles GROUP BY 1 ORDER BY n DESC, name;
            """);
        sources.Parameters.AddWithValue("unknown", UnknownSource);
        batch.BatchCommands.Add(sources);

        await using var reader = await batch.ExecuteReaderAsync(cancellationToken);
        await reader.ReadAsync(cancellationToken);
        var count = checked((int)reader.GetInt64(0));
        var newest = StoredValues.ParseDate(reader.IsDBNull(1) ? null : reader.GetString(1));
        DateTimeOffset? lastIngest = reader.IsDBNull(2) ? null : reader.GetFieldValue<DateTimeOffset>(2);

        await reader.NextResultAsync(cancellationToken);
        var list = new List<SourceCount>();
        while (await reader.ReadAsync(cancellationToken))
            list.Add(new SourceCount(reader.GetString(0), checked((int)reader.GetInt64(1))));
        return new IndexStatistics(count, newest, lastIngest, list);
    }
}
