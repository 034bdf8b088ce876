using System.Text.Json;
using BriefingBot.Core.Analysis;
using BriefingBot.Core.Articles;
using BriefingBot.Storage.Sqlite.Serialization;
using Microsoft.Data.Sqlite;

namespace BriefingBot.Storage.Sqlite;

/// <summary>Loads whole articles with their analysis (the JSON copy, not the normalized rows).</summary>
internal static class ArticleReader
{
    public static async Task<IReadOnlyList<AnalyzedArticle>> GetAsync(
        SqliteConnection connection, IReadOnlyList<string> ids, CancellationToken cancellationToken)
    {
        if (ids.Count == 0) return [];
        using var command = connection.CreateCommand();
        // One JSON array parameter instead of one parameter per id: one prepared statement for any count.
        command.CommandText = """
            SELECT a.id, a.title, a.url, a.source, a.published, a.published_approximate, c.authors, c.text, a.truncated,
                   a.content_hash, c.analysis
            FROM articles a JOIN article_contents c ON c.article_pk = a.pk
            WHERE a.id IN (SELECT value FROM json_each($ids));
            """;
        command.Parameters.AddWithValue("$ids", JsonSerializer.Serialize(ids, StorageJsonContext.Default.IReadOnlyListString));

        var byId = new Dictionary<string, AnalyzedArticle>(StringComparer.Ordinal);
        using (var reader = await command.ExecuteReaderAsync(cancellationToken))
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
                    Authors = JsonSerializer.Deserialize(reader.GetString(6), StorageJsonContext.Default.IReadOnlyListString) ?? [],
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
            if (byId.TryGetValue(id, out var found)) ordered.Add(found);
        }
        return ordered;
    }
}
