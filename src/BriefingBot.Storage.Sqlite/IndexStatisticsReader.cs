using BriefingBot.Core.Index;
using Microsoft.Data.Sqlite;

namespace BriefingBot.Storage.Sqlite;

/// <summary>What <c>sources</c> shows: counts, newest publication, last ingest, articles per source.</summary>
internal static class IndexStatisticsReader
{
    /// <summary>The source name shown for articles that came without one.</summary>
    public const string UnknownSource = "unknown";

    public static async Task<IndexStatistics> ReadAsync(SqliteConnection connection, CancellationToken cancellationToken)
    {
        using var command = connection.CreateCommand();
        command.CommandText = """
            SELECT COUNT(*), MAX(published), MAX(indexed_at) FROM articles;
            SELECT COALESCE(source, $unknown) AS name, COUNT(*) AS n FROM articles GROUP BY name ORDER BY n DESC, name;
            """;
        command.Parameters.AddWithValue("$unknown", UnknownSource);
        using var reader = await command.ExecuteReaderAsync(cancellationToken);
        await reader.ReadAsync(cancellationToken);
        var count = reader.GetInt32(0);
        var newest = StoredValues.ParseDate(reader.IsDBNull(1) ? null : reader.GetString(1));
        DateTimeOffset? lastIngest = reader.IsDBNull(2) ? null : StoredValues.ParseInstant(reader.GetString(2));

        await reader.NextResultAsync(cancellationToken);
        var sources = new List<SourceCount>();
        while (await reader.ReadAsync(cancellationToken))
            sources.Add(new SourceCount(reader.GetString(0), reader.GetInt32(1)));
        return new IndexStatistics(count, newest, lastIngest, sources);
    }
}
