using System.Diagnostics;
using BriefingBot.Bench;

namespace BriefingBot.Benchmarks.Modes;

/// <summary>Writes a synthetic corpus and reports how fast (generation must never be the bottleneck of a run).</summary>
internal static class GenerateMode
{
    public static int Run(Args args)
    {
        var articles = args.Int("articles", 10_000);
        var output = args.Required("out");
        var seed = args.Int("seed", SyntheticCorpus.DefaultSeed);
        var clock = Stopwatch.StartNew();
        SyntheticCorpus.WriteFile(output, articles, seed);
        var seconds = clock.Elapsed.TotalSeconds;
        var bytes = new FileInfo(output).Length;
        Report.Line($"generate: {articles} articles, {bytes / 1e6:F1} MB in {seconds:F2} s = {articles / seconds:F0} articles/s, {bytes / 1e6 / seconds:F1} MB/s -> {output}");
        return 0;
    }
}
