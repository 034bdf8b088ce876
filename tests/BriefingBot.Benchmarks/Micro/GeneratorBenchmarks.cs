using BenchmarkDotNet.Attributes;
using BriefingBot.Bench;

namespace BriefingBot.Benchmarks.Micro;

/// <summary>The synthetic corpus generator: 1,000 articles (about 5 MB) into a null writer.</summary>
[MemoryDiagnoser]
public class GeneratorBenchmarks
{
    [Benchmark(OperationsPerInvoke = 1_000)]
    public void Generate1000() => SyntheticCorpus.Write(TextWriter.Null, 1_000, seed: 3);
}
