using System.Globalization;
using BenchmarkDotNet.Attributes;
using BriefingBot.Bench;
using BriefingBot.Core.Articles;
using BriefingBot.Core.Briefings;
using BriefingBot.Core.Index;
using BriefingBot.Nlp;
using BriefingBot.Storage.Sqlite;

namespace BriefingBot.Benchmarks.Micro;

/// <summary>
/// SQLite index insert and the chat answers on a small index (1,000 articles, built once per benchmark). Large-index latency
/// (10k, 100k) is measured by the <c>query</c> mode on indexes built once, not here: building them per run is too slow.
/// </summary>
[MemoryDiagnoser]
public class IndexBenchmarks
{
    private const int IndexSize = 1_000;
    private readonly string _path = Path.Combine(Path.GetTempPath(), $"briefingbot-micro-{Environment.ProcessId}.db");
    private SqliteArticleIndex _index = null!;
    private BriefingService _service = null!;
    private AnalyzedArticle[] _fresh = [];
    private int _next;
    private int _query;

    [GlobalSetup]
    public void Setup()
    {
        _index = new SqliteArticleIndex(new SqliteIndexOptions { Path = _path }, TimeProvider.System);
        _service = new BriefingService(_index);
        var analyzer = new TextAnalyzer();
        foreach (var article in SyntheticCorpus.Generate(IndexSize, seed: 11))
            _index.UpsertAsync(BenchmarkData.Analyzed(article, analyzer), CancellationToken.None).GetAwaiter().GetResult();
        // Inserts reuse analyzed articles under new ids: the benchmark times the write, not the analysis.
        _fresh = SyntheticCorpus.Generate(64, seed: 12).Select(a => BenchmarkData.Analyzed(a, analyzer)).ToArray();
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        foreach (var suffix in new[] { "", "-wal", "-shm" })
        {
            if (File.Exists(_path + suffix)) File.Delete(_path + suffix);
        }
    }

    [Benchmark]
    public Task<UpsertOutcome> Insert()
    {
        var source = _fresh[_next % _fresh.Length];
        var id = "insert-" + (_next++).ToString(CultureInfo.InvariantCulture);
        return _index.UpsertAsync(source with { Article = source.Article with { Id = id, ContentHash = id } }, CancellationToken.None);
    }

    [Benchmark]
    public Task<IReadOnlyList<SearchHit>> Search() => _index.SearchAsync(new ArticleQuery(NextTopic()), CancellationToken.None);

    [Benchmark]
    public Task<Briefing> Brief() => _service.BriefAsync(new BriefingRequest(NextTopic()), CancellationToken.None);

    [Benchmark]
    public Task<QuoteList> QuotesBySpeaker() =>
        _service.QuotesAsync(SyntheticWorld.QuerySpeakers[_query++ % SyntheticWorld.QuerySpeakers.Count], null, 10, CancellationToken.None);

    [Benchmark]
    public Task<Timeline> Timeline() => _service.TimelineAsync(NextTopic(), 12, CancellationToken.None);

    private string NextTopic() => SyntheticWorld.QueryTopics[_query++ % SyntheticWorld.QueryTopics.Count];
}
