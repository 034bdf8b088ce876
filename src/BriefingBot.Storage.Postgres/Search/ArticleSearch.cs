using BriefingBot.Core.Index;
using Npgsql;

namespace BriefingBot.Storage.Postgres.Search;

/// <summary>Full-text search ranked with <c>ts_rank_cd</c>; reads only ids, ranks and dates, never article texts.</summary>
internal static class ArticleSearch
{
    /// <summary>
    /// ts_rank_cd weights for {D, C, B, A} = {unused, text, names, title}: a title hit counts ten text hits and a
    /// name or alias three, as in the SQLite engine's bm25 column weights. Normalization 1 divides by
    /// 1 + log(document length), so long articles do not win by length alone (bm25 does the same by design).
    /// </summary>
    public static string Rank(string tsquery) => $"ts_rank_cd('{{0.1, 0.1, 0.3, 1.0}}', a.search, {tsquery}, 1)";

    public static async Task<IReadOnlyList<SearchHit>> SearchAsync(
        NpgsqlDataSource dataSource, ArticleQuery query, CancellationToken cancellationToken)
    {
        if (query.Limit <= 0) return [];
        var text = TextSearchQuery.Parse(query.Text);
        foreach (var match in text.Strategies())
        {
            var hits = await RunAsync(dataSource, match, query, cancellationToken);
            if (hits.Count > 0) return Normalize(hits);
        }
        return [];
    }

    private static async Task<List<(string Id, double Score, string? Published, DateTimeOffset IndexedAt)>> RunAsync(
        NpgsqlDataSource dataSource, SqlFragment match, ArticleQuery query, CancellationToken cancellationToken)
    {
        var rank = Rank(match.Sql);
        var since = query.IndexedSince is null ? "" : " AND a.indexed_at >= @since";
        await using var command = dataSource.CreateCommand();
        // The tsquery is written inline (not in a CTE) so the planner sees a constant and uses the GIN index.
#pragma warning disable CA2100 // Assembled from constant fragments; every user value is a parameter.
        command.CommandText = $"""
            SELECT a.id, {rank} AS rank, a.published, a.indexed_at
            FROM articles a
            WHERE a.search @@ {match.Sql}{since}
            ORDER BY rank DESC, a.published DESC NULLS LAST, a.pk
            LIMIT @limit;
            """;
#pragma warning restore CA2100
        command.Parameters.AddRange(match.CloneParameters().ToArray());
        command.Parameters.AddWithValue("limit", query.Limit);
        if (query.IndexedSince is { } indexedSince) command.Parameters.AddWithValue("since", indexedSince.ToUniversalTime());

        var rows = new List<(string, double, string?, DateTimeOffset)>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            rows.Add((
                reader.GetString(0),
                reader.GetFloat(1),
                reader.IsDBNull(2) ? null : reader.GetString(2),
                reader.GetFieldValue<DateTimeOffset>(3)));
        }
        return rows;
    }

    /// <summary>
    /// Relevance relative to the best hit of this query (best = 1, all &gt; 0). Ranks are not comparable across
    /// queries or engines; a ratio to the best hit is, which lets callers drop the weak tail.
    /// </summary>
    private static List<SearchHit> Normalize(List<(string Id, double Score, string? Published, DateTimeOffset IndexedAt)> rows)
    {
        var best = rows.Max(r => r.Score);
        return rows.Select(r => new SearchHit(
                r.Id,
                best > 0 && r.Score > 0 ? r.Score / best : double.Epsilon,
                StoredValues.ParseDate(r.Published),
                r.IndexedAt))
            .ToList();
    }
}
