using System.Diagnostics;
using BriefingBot.Bench;
using BriefingBot.Core.Briefings;
using BriefingBot.Core.Index;

namespace BriefingBot.Benchmarks.Modes;

/// <summary>
/// In-process latency of the three chat answers on an existing index, through <see cref="BriefingService"/> exactly as
/// the adapters call it: search, load, select. Topics cycle through a realistic mix (broad keywords, companies,
/// places, people) so no single cached plan flatters the numbers.
/// </summary>
internal static class QueryMode
{
    public static async Task<int> RunAsync(Args args)
    {
        var db = args.Required("db");
        var iterations = args.Int("iterations", 300);
        var warmup = args.Int("warmup", 20);
        var topics = args.List("topics", SyntheticWorld.QueryTopics);
        var speakers = args.List("speakers", SyntheticWorld.QuerySpeakers);

        var index = IndexOpener.Open(db);
        var service = new BriefingService(index);
        var stats = await service.SourcesAsync(CancellationToken.None);
        Report.Line($"query: {(IndexOpener.IsPostgres(db) ? "PostgreSQL" : "SQLite")} index {(IndexOpener.IsPostgres(db) ? "(connection string)" : db)} with {stats.Count} articles; {iterations} iterations per kind after {warmup} warm-up");

        var top = new List<IReadOnlyList<string>>();
        foreach (var topic in topics)
            top.Add((await index.SearchAsync(new ArticleQuery(topic, 8), CancellationToken.None)).Select(h => h.ArticleId).ToList());
        var kinds = new (string Name, Func<int, Task> Run)[]
        {
            ("brief", i => service.BriefAsync(new BriefingRequest(topics[i % topics.Count]), CancellationToken.None)),
            ("quotes", i => service.QuotesAsync(speakers[i % speakers.Count], null, 10, CancellationToken.None)),
            ("quotes+topic", i => service.QuotesAsync(null, topics[i % topics.Count], 10, CancellationToken.None)),
            ("timeline", i => service.TimelineAsync(topics[i % topics.Count], 12, CancellationToken.None)),
            // The parts of a briefing, to show where its time goes: full-text search (100 hits, as BriefingService asks)
            // and loading 8 articles with their analyses.
            ("  search", i => index.SearchAsync(new ArticleQuery(topics[i % topics.Count], 100), CancellationToken.None)),
            ("  load 8", i => index.GetArticlesAsync(top[i % top.Count], CancellationToken.None)),
        };
        foreach (var (name, run) in kinds)
        {
            for (var i = 0; i < warmup; i++) await run(i);
            var latencies = new Latencies();
            for (var i = 0; i < iterations; i++)
            {
                var started = Stopwatch.GetTimestamp();
                await run(i);
                latencies.Add(Stopwatch.GetElapsedTime(started));
            }
            Report.Line($"  {name,-13} {latencies.Summary()}");
        }
        Report.Line($"  peak RSS {Memory.PeakMegabytes():F0} MB; load average {Memory.LoadAverage()}");
        return 0;
    }
}
