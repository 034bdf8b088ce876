using System.Net;
using BriefingBot.Core.Index;
using BriefingBot.Ingest.Sources;
using BriefingBot.Ingest.Tests.TestSupport;
using BriefingBot.Ingest.Web;
using BriefingBot.Storage.Sqlite;
using BriefingBot.Storage.Sqlite.Sources;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace BriefingBot.Ingest.Tests.Sources;

/// <summary>
/// A SourceService over real parts: one temporary SQLite file holding the article index and the source tables,
/// the real text analyzer (stubbed where a test says so), and a fetcher whose handler is the production one.
/// </summary>
internal sealed class SourcesHarness : IDisposable
{
    private readonly TempFolder _folder = new();
    private readonly SimpleClientFactory _clients;

    public SourcesHarness(WebSourcesOptions? options = null, Func<IPAddress, string?>? addressPolicy = null, Core.Analysis.ITextAnalyzer? analyzer = null)
    {
        Options = options ?? new WebSourcesOptions { AllowPrivateNetworks = true, RequestTimeout = TimeSpan.FromSeconds(10) };
        var databasePath = Path.Combine(_folder.Path, "briefingbot.db");
        Index = new SqliteArticleIndex(new SqliteIndexOptions { Path = databasePath }, Time);
        Store = new SqliteSourceStore(databasePath);
        _clients = new SimpleClientFactory(SafeHttpFetcher.CreateHandler(Options, addressPolicy));
        Fetcher = new SafeHttpFetcher(_clients, Microsoft.Extensions.Options.Options.Create(Options));
        var ingest = Ingester.Create(Index, analyzer: analyzer ?? new StubAnalyzer());
        Interleaving = new InterleavingSourceStore(Store);
        Service = new SourceService(Interleaving, Store, Fetcher, ingest, Time, Microsoft.Extensions.Options.Options.Create(Options), NullLogger<SourceService>.Instance);
    }

    public FakeTimeProvider Time { get; } = new(new DateTimeOffset(2025, 11, 28, 9, 0, 0, TimeSpan.Zero));

    public WebSourcesOptions Options { get; }

    public IArticleIndex Index { get; }

    public SqliteSourceStore Store { get; }

    /// <summary>The store the service uses: <see cref="Store"/>, with a hook between a read and what follows it.</summary>
    public InterleavingSourceStore Interleaving { get; }

    public SafeHttpFetcher Fetcher { get; }

    public SourceService Service { get; }

    public async Task<int> ArticleCountAsync() => (await Index.GetStatisticsAsync(TestContext.Current.CancellationToken)).Count;

    public void Dispose()
    {
        _clients.Dispose();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        _folder.Dispose();
    }

    private sealed class SimpleClientFactory(HttpMessageHandler handler) : IHttpClientFactory, IDisposable
    {
        public HttpClient CreateClient(string name) => new(handler, disposeHandler: false) { Timeout = Timeout.InfiniteTimeSpan };

        public void Dispose() => handler.Dispose();
    }
}
