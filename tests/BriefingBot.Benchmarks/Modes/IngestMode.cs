using System.Diagnostics;
using BriefingBot.Ingest;
using BriefingBot.Nlp;
using BriefingBot.Storage.Sqlite;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace BriefingBot.Benchmarks.Modes;

/// <summary>
/// The real ingest path (readers → TextAnalyzer → SQLite) into a fresh database, timed end to end.
/// MB/s counts input file bytes, so JSON Lines overhead is included the way an operator experiences it.
/// </summary>
internal static class IngestMode
{
    public static async Task<int> RunAsync(Args args)
    {
        var inputs = args.All("input");
        if (inputs.Count == 0) throw new ArgumentException("--input is required (files or folders).");
        var db = args.Get("db") ?? Path.Combine(Path.GetTempPath(), $"briefingbot-bench-{Environment.ProcessId}.db");
        if (args.Get("keep") is null && File.Exists(db)) throw new ArgumentException($"{db} exists; ingest measures a fresh index (pass another --db).");
        var parallel = args.Int("parallel", Environment.ProcessorCount);

        var bytes = inputs.Sum(InputBytes);
        var index = new SqliteArticleIndex(new SqliteIndexOptions { Path = db }, TimeProvider.System);
        var service = new IngestService(new TextAnalyzer(), index, TimeProvider.System,
            Options.Create(new IngestOptions { MaxParallelAnalyses = Math.Max(1, parallel) }), NullLogger<IngestService>.Instance);

        var cpu = Memory.CpuTime();
        var clock = Stopwatch.StartNew();
        var result = await service.IngestAsync(inputs, progress: null, CancellationToken.None);
        var seconds = clock.Elapsed.TotalSeconds;
        var cpuSeconds = (Memory.CpuTime() - cpu).TotalSeconds;
        var documents = result.Added + result.Updated + result.Unchanged;
        Report.Line($"ingest: {documents} articles ({result.Added} added, {result.Failed.Count} failed), {bytes / 1e6:F1} MB in {seconds:F2} s = {documents / seconds:F1} articles/s, {bytes / 1e6 / seconds:F2} MB/s; {cpuSeconds:F1} CPU-s = {documents / cpuSeconds:F1} articles per CPU-second; parallel analyses {parallel}; peak RSS {Memory.PeakMegabytes():F0} MB; db {db} ({new FileInfo(db).Length / 1e6:F0} MB); load average {Memory.LoadAverage()}");
        return result.Failed.Count == 0 ? 0 : 2;
    }

    private static long InputBytes(string path) =>
        Directory.Exists(path)
            ? new DirectoryInfo(path).EnumerateFiles("*", SearchOption.AllDirectories).Sum(f => f.Length)
            : File.Exists(path) ? new FileInfo(path).Length : 0;
}
