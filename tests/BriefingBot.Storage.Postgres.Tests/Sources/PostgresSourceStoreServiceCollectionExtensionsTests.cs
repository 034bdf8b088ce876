using BriefingBot.Core.Index;
using BriefingBot.Core.Sources;
using BriefingBot.Storage.Postgres.Sources;
using Microsoft.Extensions.DependencyInjection;

namespace BriefingBot.Storage.Postgres.Tests.Sources;

public sealed class PostgresSourceStoreServiceCollectionExtensionsTests : IAsyncDisposable
{
    private readonly PostgresTestSchema _schema = new();

    public ValueTask DisposeAsync() => _schema.DisposeAsync();

    [Fact]
    public async Task AddPostgresSourceStore_WithTheIndex_OneStoreForBothInterfacesOnTheSharedPool()
    {
        await _schema.CreateDataSourceAsync(); // creates the schema
        var ct = TestContext.Current.CancellationToken;
        await using var provider = new ServiceCollection()
            .AddPostgresArticleIndex(_schema.SchemaConnectionString)
            .AddPostgresSourceStore(_schema.SchemaConnectionString)
            .AddPostgresSourceStore(_schema.SchemaConnectionString)
            .BuildServiceProvider();

        var sources = provider.GetRequiredService<ISourceStore>();
        await sources.ListAsync(ct);
        await provider.GetRequiredService<IArticleIndex>().GetStatisticsAsync(ct);

        Assert.IsType<PostgresSourceStore>(sources);
        Assert.Same(sources, provider.GetRequiredService<IDuplicateRegistry>());
        Assert.Single(provider.GetServices<ISourceStore>());
        Assert.Equal(2L, await _schema.ScalarAsync("SELECT COUNT(*) FROM briefingbot_schema_versions"));
    }

    [Fact]
    public void AddPostgresSourceStore_StoreAlreadyRegistered_KeepsTheFirst()
    {
        var services = new ServiceCollection().AddSingleton<ISourceStore>(_ => throw new InvalidOperationException("not built in this test"));

        services.AddPostgresSourceStore("Host=localhost;Database=db");

        Assert.Single(services, d => d.ServiceType == typeof(ISourceStore));
    }

    [Fact]
    public void AddPostgresSourceStore_UnreadableConnectionString_ThrowsAtRegistration()
    {
        var services = new ServiceCollection();

        Assert.Throws<ArgumentException>(() => services.AddPostgresSourceStore("Host=localhost;NoSuchKeyword=1"));
    }
}
