using BriefingBot.Core.Index;
using Microsoft.Data.Sqlite;

namespace BriefingBot.Storage.Sqlite.Search;

/// <summary>Full-text search with bm25 ranking; reads only ids, scores and dates, never article texts.</summary>
internal static class ArticleSearch
{
    /// <summary>bm25 column weights for (title, body, names): a title hit counts ten body hits.</summary>
    private const string Bm25 = "bm25(articles_fts, 10.0, 1.0, 3.0)";

    public static async Task<IReadOnlyList<SearchHit>> SearchAsync(
        SqliteConnection connection, ArticleQuery query, CancellationToken cancellationToken)
    {
        if (query.Limit <= 0) return [];
        var fts = FtsQuery.Parse(query.Text);
        foreach (var match in fts.Strategies())
        {
            var hits = await RunAsync(connection, match, query, cancellationToken);
            if (hits.Count > 0) return Normalize(hits);
        }
        return [];
    }

    private static async Task<List<(string Id, double Score, string? Published, string IndexedAt)>> RunAsync(
        SqliteConnection connection, string match, ArticleQuery query, CancellationToken cancellationToken)
    {
        using var command = connection.CreateCommand();
        // Without a date filter the best hits are chosen inside the full-text table (ranking needs nothing else),
        // and only those few rows are joined. With one, CROSS JOIN keeps the full-text cursor as the outer loop,
        // which bm25() needs to see its MATCH.
        command.CommandText = query.IndexedSince is null
            ? $"""
              SELECT a.id, m.score, a.published, a.indexed_at
              FROM (SELECT rowid, {Bm25} AS score FROM articles_fts WHERE articles_fts MATCH $match ORDER BY score LIMIT $limit) m
              JOIN articles a ON a.pk = m.rowid
              ORDER BY m.score, a.published DESC;
              """
            : $"""
              SELECT a.id, {Bm25} AS score, a.published, a.indexed_at
              FROM articles_fts CROSS JOIN articles a ON a.pk = articles_fts.rowid
              WHERE articles_fts MATCH $match AND a.indexed_at >= $since
              ORDER BY score, a.published DESC LIMIT $limit;
              """;
        command.Parameters.AddWithValue("$match", match);
        command.Parameters.AddWithValue("$limit", query.Limit);
        if (query.IndexedSince is { } since) command.Parameters.AddWithValue("$since", StoredValues.Instant(since));

        var rows = new List<(string, double, string?, string)>();
        using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            rows.Add((reader.GetString(0), -reader.GetDouble(1), reader.IsDBNull(2) ? null : reader.GetString(2), reader.GetString(3)));
        }
        return rows;
    }

    /// <summary>
    /// Relevance relative to the best hit of this query (best = 1, all &gt; 0). bm25 values are not comparable
    /// across queries or engines; a ratio to the best hit is, which lets callers drop the weak tail.
    /// </summary>
    private static List<SearchHit> Normalize(List<(string Id, double Score, string? Published, string IndexedAt)> rows)
    {
        var best = rows.Max(r => r.Score);
        return rows.Select(r => new SearchHit(
                r.Id,
                best > 0 && r.Score > 0 ? r.Score / best : double.Epsilon,
                StoredValues.ParseDate(r.Published),
                StoredValues.ParseInstant(r.IndexedAt)))
            .ToList();
    }
}
