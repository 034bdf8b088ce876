using BenchmarkDotNet.Running;
using BriefingBot.Benchmarks.Load;
using BriefingBot.Benchmarks.Modes;

namespace BriefingBot.Benchmarks;

/// <summary>
/// Entry point. The first argument picks a mode; anything else goes to BenchmarkDotNet
/// (e.g. <c>--filter * --job short</c>). Modes measure whole workflows the way an operator would see them.
/// </summary>
public static class Program
{
    public static async Task<int> Main(string[] args)
    {
        ArgumentNullException.ThrowIfNull(args);
        var rest = args.Skip(1).ToArray();
        try
        {
            switch (args.FirstOrDefault())
            {
                case "generate": return GenerateMode.Run(Args.Parse(rest));
                case "ingest": return await IngestMode.RunAsync(Args.Parse(rest));
                case "query": return await QueryMode.RunAsync(Args.Parse(rest));
                case "stages": return StagesMode.Run(Args.Parse(rest));
                case "replicate": return await ReplicateMode.RunAsync(Args.Parse(rest));
                case "load": return await LoadMode.RunAsync(Args.Parse(rest));
                case "sign-check": return SignCheck.Run();
                case "help" or "--help" or "-h":
                    Console.WriteLine(Usage);
                    return 0;
                default:
                    BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
                    return 0;
            }
        }
        catch (ArgumentException ex)
        {
            await Console.Error.WriteLineAsync(ex.Message);
            await Console.Error.WriteLineAsync(Usage);
            return 1;
        }
    }

    private const string Usage = """
        BriefingBot.Benchmarks <mode> [options]
          generate --articles N --out FILE [--seed S]          synthetic corpus (JSON Lines) and its generation rate
          ingest   --input PATH... [--db FILE] [--parallel P]  ingest throughput into a fresh SQLite index (articles/s, MB/s, peak RSS)
          query    --db FILE [--iterations N] [--topics a,b]   brief/quotes/timeline latency p50/p95/p99 in process
          stages   [--articles N | --input FILE.jsonl]         Stopwatch profile per pipeline stage
          replicate --from DB --to DB [--times K]             a K-times larger index from an analyzed one, without re-analysis
          load     --url http://127.0.0.1:PORT [--platform discord|slack|both] [--requests N] [--concurrency C]
                   [--seconds S] [--topics a,b] [--discord-seed HEX] [--slack-secret S]   signed HTTP load (loopback only)
          sign-check                                           verify both signers against the documented vectors
          (anything else)                                      BenchmarkDotNet, e.g. --filter '*Stage*' --job short
        """;
}
