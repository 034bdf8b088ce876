using System.Diagnostics;
using System.Globalization;
using BriefingBot.Core.Articles;
using BriefingBot.Storage.Sqlite;
using Microsoft.Data.Sqlite;

namespace BriefingBot.Benchmarks.Modes;

/// <summary>
/// Builds a large index from an analyzed one without analyzing again: every article is written <c>--times</c> times
/// under new ids and URLs. Analysis, not writing, is what makes a 100k ingest take an hour on 2 cores; query latency
/// depends on index size (posting lists, rows to rank and load), which replicas reproduce. Results on such an index are
/// labelled as replicated. Also a measure of index insert throughput at growing size.
/// </summary>
internal static class ReplicateMode
{
    private const int Batch = 100;

    public static async Task<int> RunAsync(Args args)
    {
        var from = args.Required("from");
        var to = args.Required("to");
        var times = Math.Max(1, args.Int("times", 10));
        if (!File.Exists(from)) throw new ArgumentException($"{from} not found.");
        if (File.Exists(to)) throw new ArgumentException($"{to} exists; replicate writes a fresh index.");

        var ids = ReadIds(from);
        var source = new SqliteArticleIndex(new SqliteIndexOptions { Path = from }, TimeProvider.System);
        var target = new SqliteArticleIndex(new SqliteIndexOptions { Path = to }, TimeProvider.System);
        var clock = Stopwatch.StartNew();
        var written = 0;
        for (var start = 0; start < ids.Count; start += Batch)
        {
            var articles = await source.GetArticlesAsync(ids.Skip(start).Take(Batch).ToList(), CancellationToken.None);
            for (var copy = 0; copy < times; copy++)
            {
                foreach (var article in articles)
                {
                    await target.UpsertAsync(Replica(article, copy), CancellationToken.None);
                    written++;
                }
            }
            if (start / Batch % 10 == 0) Report.Line($"  {written} written, {written / clock.Elapsed.TotalSeconds:F0}/s");
        }
        Report.Line($"replicate: {ids.Count} articles x {times} = {written} in {clock.Elapsed.TotalSeconds:F1} s = {written / clock.Elapsed.TotalSeconds:F0} inserts/s; db {to} ({new FileInfo(to).Length / 1e6:F0} MB); peak RSS {Memory.PeakMegabytes():F0} MB; load average {Memory.LoadAverage()}");
        return 0;
    }

    private static AnalyzedArticle Replica(AnalyzedArticle original, int copy)
    {
        if (copy == 0) return original;
        var suffix = "-r" + copy.ToString(CultureInfo.InvariantCulture);
        var article = original.Article;
        return original with
        {
            Article = article with
            {
                Id = article.Id + suffix,
                Url = article.Url is null ? null : article.Url + "?replica=" + copy.ToString(CultureInfo.InvariantCulture),
                ContentHash = article.ContentHash + suffix,
            },
        };
    }

    /// <summary>The one place this tool reads the schema directly: IArticleIndex has no "list all" on purpose.</summary>
    private static List<string> ReadIds(string path)
    {
        using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Mode = SqliteOpenMode.ReadOnly }.ToString());
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT id FROM articles ORDER BY rowid";
        using var reader = command.ExecuteReader();
        var ids = new List<string>();
        while (reader.Read()) ids.Add(reader.GetString(0));
        return ids;
    }
}
