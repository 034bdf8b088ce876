using BenchmarkDotNet.Attributes;
using BriefingBot.Bench;
using BriefingBot.Benchmarks.Pipeline;
using BriefingBot.Core.Analysis;
using BriefingBot.Core.Time;
using BriefingBot.Nlp;
using BriefingBot.Nlp.Summarization;
using BriefingBot.Nlp.Temporal;

namespace BriefingBot.Benchmarks.Micro;

/// <summary>Each pipeline stage on one ~5 KB synthetic article, with the inputs of later stages precomputed.</summary>
[MemoryDiagnoser]
public class StageBenchmarks
{
    private readonly PipelineStages _stages = new();
    private readonly TextAnalyzer _analyzer = new();
    private SyntheticArticle _article = null!;
    private string _cleaned = "";
    private IReadOnlyList<TextSpan> _sentences = [];
    private object? _entities;
    private IReadOnlyList<TimeExpression> _timexes = [];
    private PartialDate _published;

    [GlobalSetup]
    public void Setup()
    {
        // The article closest to the 5 KB average, so numbers read as "per typical article".
        _article = BenchmarkData.Articles(50).OrderBy(a => Math.Abs(a.Text.Length - 5_000)).First();
        _published = PartialDate.FromDate(_article.Published);
        _cleaned = _stages.Clean(_article.Text);
        _sentences = _stages.Sentences(_cleaned);
        _entities = _stages.Entities(_cleaned, _sentences);
        _timexes = TemporalTagger.Tag(_cleaned, 0, _published);
    }

    [Benchmark]
    public string Cleaning() => _stages.Clean(_article.Text);

    [Benchmark]
    public IReadOnlyList<TextSpan> Sentences() => _stages.Sentences(_cleaned);

    [Benchmark]
    public object? Entities() => _stages.Entities(_cleaned, _sentences);

    [Benchmark]
    public IReadOnlyList<Quote> Quotes() => _stages.Quotes(_cleaned, _sentences, _entities);

    [Benchmark]
    public IReadOnlyList<TimeExpression> Dates() => TemporalTagger.Tag(_cleaned, 0, _published);

    [Benchmark]
    public IReadOnlyList<DatedEvent> Events() => DatedEventBuilder.Build(_cleaned, _sentences, _timexes);

    [Benchmark]
    public IReadOnlyList<int> Summary() => Summarizer.Summarize(_cleaned, _sentences, 5);

    [Benchmark]
    public IReadOnlyList<string> Keywords() => KeywordExtractor.Extract(_cleaned, _sentences, _stages.EntityList(_entities), 10);

    [Benchmark(Baseline = true)]
    public DocumentAnalysis WholeArticle() => _analyzer.Analyze(new DocumentInput(_article.Text, _published, _article.Title));
}
