using BriefingBot.Core.Digests;
using BriefingBot.Core.Index;
using BriefingBot.Storage.Postgres.Digests;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace BriefingBot.Storage.Postgres.Tests;

public sealed class PostgresServiceCollectionExtensionsTests : IAsyncDisposable
{
    private readonly PostgresTestSchema _schema = new();

    public ValueTask DisposeAsync() => _schema.DisposeAsync();

    [Fact]
    public async Task AddPostgresArticleIndexAndDigestStore_SameConnectionString_WorkingSingletonsSharingOnePool()
    {
        await _schema.CreateDataSourceAsync(); // creates the schema
        var ct = TestContext.Current.CancellationToken;
        await using var provider = new ServiceCollection()
            .AddPostgresArticleIndex(_schema.SchemaConnectionString)
            .AddPostgresDigestStore(_schema.SchemaConnectionString)
            .BuildServiceProvider();

        var index = provider.GetRequiredService<IArticleIndex>();
        var store = provider.GetRequiredService<IDigestStore>();
        await index.GetStatisticsAsync(ct);
        await store.ListSubscriptionsAsync(null, ct);

        Assert.IsType<PostgresArticleIndex>(index);
        Assert.IsType<PostgresDigestStore>(store);
        Assert.Same(index, provider.GetRequiredService<IArticleIndex>());
        Assert.Same(index, provider.GetRequiredService<PostgresArticleIndex>());
        Assert.Single(provider.GetServices<TimeProvider>());
        Assert.Equal(2L, await _schema.ScalarAsync("SELECT COUNT(*) FROM briefingbot_schema_versions"));
    }

    [Fact]
    public async Task AddPostgresArticleIndex_UrlForm_ConnectsLikeTheKeywordForm()
    {
        await _schema.CreateDataSourceAsync();
        var keywords = new NpgsqlConnectionStringBuilder(_schema.SchemaConnectionString);
        var url = $"postgres://{Uri.EscapeDataString(keywords.Username!)}:{Uri.EscapeDataString(keywords.Password!)}@{keywords.Host}:{keywords.Port}/{keywords.Database}?search_path={_schema.Name}";
        await using var provider = new ServiceCollection().AddPostgresArticleIndex(url).BuildServiceProvider();

        var stats = await provider.GetRequiredService<IArticleIndex>().GetStatisticsAsync(TestContext.Current.CancellationToken);

        Assert.Equal(0, stats.Count);
        Assert.Equal(1L, await _schema.ScalarAsync("SELECT COUNT(*) FROM briefingbot_schema_versions"));
    }

    [Fact]
    public void AddPostgresArticleIndex_EngineAlreadyRegistered_KeepsTheFirst()
    {
        var existing = new ServiceCollection().AddSingleton<IArticleIndex>(new NullIndex());

        existing.AddPostgresArticleIndex("Host=localhost;Database=db");

        using var provider = existing.BuildServiceProvider();
        Assert.IsType<NullIndex>(provider.GetRequiredService<IArticleIndex>());
    }

    [Fact]
    public void AddPostgresDigestStore_UnreadableConnectionString_ThrowsAtRegistration()
    {
        Assert.ThrowsAny<ArgumentException>(() => new ServiceCollection().AddPostgresDigestStore("postgres://u:p@host:x/db"));
    }

    private sealed class NullIndex : IArticleIndex
    {
        public Task<UpsertOutcome> UpsertAsync(Core.Articles.AnalyzedArticle article, CancellationToken cancellationToken) => throw new NotSupportedException();
        public Task<IReadOnlyList<SearchHit>> SearchAsync(ArticleQuery query, CancellationToken cancellationToken) => throw new NotSupportedException();
        public Task<IReadOnlyList<Core.Articles.AnalyzedArticle>> GetArticlesAsync(IReadOnlyList<string> ids, CancellationToken cancellationToken) => throw new NotSupportedException();
        public Task<IReadOnlyList<QuoteHit>> FindQuotesAsync(QuoteQuery query, CancellationToken cancellationToken) => throw new NotSupportedException();
        public Task<IndexStatistics> GetStatisticsAsync(CancellationToken cancellationToken) => throw new NotSupportedException();
        public Task<IReadOnlyList<string>> SuggestSpeakersAsync(string prefix, int limit, CancellationToken cancellationToken) => throw new NotSupportedException();
        public Task<IReadOnlyList<string>> SuggestTopicsAsync(string prefix, int limit, CancellationToken cancellationToken) => throw new NotSupportedException();
    }
}
