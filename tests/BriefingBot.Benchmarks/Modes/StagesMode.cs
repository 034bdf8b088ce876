using System.Diagnostics;
using BriefingBot.Benchmarks.Pipeline;
using BriefingBot.Core.Analysis;
using BriefingBot.Nlp;
using BriefingBot.Nlp.Summarization;
using BriefingBot.Nlp.Temporal;

namespace BriefingBot.Benchmarks.Modes;

/// <summary>
/// A profile without a profiler: each stage of the pipeline timed with Stopwatch over many articles, single-threaded,
/// after a warm-up pass (so JIT and regex construction are excluded), next to the whole <see cref="TextAnalyzer"/>.
/// </summary>
internal static class StagesMode
{
    private static readonly string[] Names = ["cleaning", "sentences", "entities", "quotes", "pubdate", "dates", "events", "summary", "keywords"];

    public static int Run(Args args)
    {
        var input = args.Get("input");
        var articles = input is null ? CorpusLoader.Synthetic(args.Int("articles", 1_000)) : CorpusLoader.JsonLines(input);
        var stages = new PipelineStages();
        var analyzer = new TextAnalyzer();
        var totals = new long[Names.Length];
        long whole = 0;
        long chars = 0;
        var cpu = TimeSpan.Zero;
        var perArticle = new List<(int Index, int Length, long Ticks, int Slowest)>();

        for (var pass = 0; pass < 2; pass++)
        {
            var measure = pass == 1;
            if (measure) cpu = Memory.CpuTime();
            var number = -1;
            foreach (var (text, published) in measure ? articles : articles.Take(50))
            {
                number++;
                var t = new long[Names.Length + 1];
                t[0] = Stopwatch.GetTimestamp();
                var cleaned = stages.Clean(text);
                t[1] = Stopwatch.GetTimestamp();
                var sentences = stages.Sentences(cleaned);
                t[2] = Stopwatch.GetTimestamp();
                var entities = stages.Entities(cleaned, sentences);
                t[3] = Stopwatch.GetTimestamp();
                _ = stages.Quotes(cleaned, sentences, entities);
                t[4] = Stopwatch.GetTimestamp();
                var date = published ?? PublicationDateInferrer.Infer(cleaned, 0);
                t[5] = Stopwatch.GetTimestamp();
                var timexes = TemporalTagger.Tag(cleaned, 0, date);
                t[6] = Stopwatch.GetTimestamp();
                _ = DatedEventBuilder.Build(cleaned, sentences, timexes);
                t[7] = Stopwatch.GetTimestamp();
                _ = Summarizer.Summarize(cleaned, sentences, 5);
                t[8] = Stopwatch.GetTimestamp();
                _ = KeywordExtractor.Extract(cleaned, sentences, stages.EntityList(entities), 10);
                t[9] = Stopwatch.GetTimestamp();
                var started = Stopwatch.GetTimestamp();
                _ = analyzer.Analyze(new DocumentInput(text, published));
                var analyzed = Stopwatch.GetTimestamp() - started;
                if (!measure) continue;
                var slowest = 0;
                for (var s = 0; s < Names.Length; s++)
                {
                    totals[s] += t[s + 1] - t[s];
                    if (t[s + 1] - t[s] > t[slowest + 1] - t[slowest]) slowest = s;
                }
                perArticle.Add((number, text.Length, t[^1] - t[0], slowest));
                whole += analyzed;
                chars += text.Length;
            }
        }

        cpu = Memory.CpuTime() - cpu;
        var n = articles.Count;
        var sum = totals.Sum();
        Report.Line($"stages: {n} articles, {chars / (double)n:F0} chars on average, single thread; missing stages: {(stages.Missing.Count == 0 ? "none" : string.Join(", ", stages.Missing))}");
        foreach (var (name, ticks) in Names.Zip(totals).OrderByDescending(x => x.Second))
            Report.Line($"  {name,-10} {Micros(ticks) / n,9:F1} µs/article {100.0 * ticks / Math.Max(1, sum),5:F1}%");
        Report.Line($"  {"sum",-10} {Micros(sum) / n,9:F1} µs/article");
        Report.Line($"  {"analyzer",-10} {Micros(whole) / n,9:F1} µs/article = {n / (Micros(whole) / 1e6):F0} articles/s per core (wall)");
        // Every article ran twice (stage by stage, then whole): half the CPU time is one analysis per article.
        Report.Line($"  {"cpu",-10} {cpu.TotalMilliseconds * 1000 / 2 / n,9:F1} µs/article of process CPU time = {2 * n / cpu.TotalSeconds:F0} articles per CPU-second; load average {Memory.LoadAverage()}");
        // Outliers point at patterns (backtracking, quadratic scans) that averages hide.
        foreach (var (index, length, ticks, slowest) in perArticle.OrderByDescending(a => a.Ticks).Take(3))
            Report.Line($"  slowest: article #{index} ({length} chars) {Micros(ticks) / 1000:F1} ms, mostly {Names[slowest]}");
        var sorted = perArticle.Select(a => Micros(a.Ticks)).Order().ToList();
        Report.Line($"  per article: median {sorted[sorted.Count / 2] / 1000:F2} ms, p99 {sorted[Math.Min(sorted.Count - 1, (int)(sorted.Count * 0.99))] / 1000:F2} ms");
        return 0;
    }

    private static double Micros(long ticks) => ticks * 1e6 / Stopwatch.Frequency;
}
