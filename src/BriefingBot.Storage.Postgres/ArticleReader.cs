using System.Text.Json;
using BriefingBot.Core.Analysis;
using BriefingBot.Core.Articles;
using BriefingBot.Storage.Postgres.Serialization;
using Npgsql;

namespace BriefingBot.Storage.Postgres;

/// <summary>Loads whole articles with their analysis (the JSON copy, not the normalized rows).</summary>
internal static class ArticleReader
{
    public static async Task<IReadOnlyList<AnalyzedArticle>> GetAsync(
        NpgsqlDataSource dataSource, IReadOnlyList<string> ids, CancellationToken cancellationToken)
    {
        if (ids.Count == 0) return [];
        await using var command = dataSource.CreateCommand("""
            SELECT id, title, url, source, published, published_approximate, authors, text, truncated, content_hash, analysis
            FROM articles WHERE id = ANY(@ids);
            """);
        // One array parameter instead of one parameter per id: one statement shape for any count.
        command.Parameters.AddWithValue("ids", ids.Select(StoredValues.Text).Distinct(StringComparer.Ordinal).ToArray());

        var byId = new Dictionary<string, AnalyzedArticle>(StringComparer.Ordinal);
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken))
        {
            while (await reader.ReadAsync(cancellationToken))
            {
                var article = new Article
                {
                    Id = reader.GetString(0),
                    Title = reader.GetString(1),
                    Url = reader.IsDBNull(2) ? null : reader.GetString(2),
                    Source = reader.IsDBNull(3) ? null : reader.GetString(3),
                    Published = StoredValues.ParseDate(reader.IsDBNull(4) ? null : reader.GetString(4)),
                    PublishedApproximate = reader.GetBoolean(5),
                    Authors = reader.GetFieldValue<string[]>(6),
                    Text = reader.GetString(7),
                    Truncated = reader.GetBoolean(8),
                    ContentHash = reader.GetString(9),
                };
                var analysis = JsonSerializer.Deserialize(reader.GetString(10), StorageJsonContext.Default.TextAnalysis) ?? TextAnalysis.Empty;
                byId[article.Id] = new AnalyzedArticle(article, analysis);
            }
        }

        var ordered = new List<AnalyzedArticle>(byId.Count);
        foreach (var id in ids)
        {
            if (byId.TryGetValue(StoredValues.Text(id), out var found)) ordered.Add(found);
        }
        return ordered;
    }
}
