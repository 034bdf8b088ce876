using BriefingBot.Core.Index;
using BriefingBot.Ingest.Sources;
using BriefingBot.Ingest.Tests.TestSupport;
using BriefingBot.Ingest.Web;
using BriefingBot.Storage.Sqlite.Sources;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace BriefingBot.Ingest.Tests.Sources;

public sealed class WebSourcesServiceCollectionExtensionsTests
{
    [Fact]
    public void AddSourcePolling_WithSqliteStore_ResolvesTheServiceAndOnePoller()
    {
        using var folder = new TempFolder();
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["Sources:AllowPrivateNetworks"] = "true" }).Build());
        services.AddLogging();
        services.AddSingleton<IArticleIndex>(new InMemoryArticleIndex());
        services.AddSqliteSourceStore(Path.Combine(folder.Path, "bb.db"));
        services.AddSourcePolling();
        services.AddSourcePolling();

        using var provider = services.BuildServiceProvider();

        Assert.NotNull(provider.GetRequiredService<SourceService>());
        Assert.Single(provider.GetServices<IHostedService>().OfType<SourcePollingService>());
        Assert.True(provider.GetRequiredService<IOptions<WebSourcesOptions>>().Value.AllowPrivateNetworks);
    }

    [Fact]
    public void AddWebSources_InvalidOption_FailsValidationNamingTheKey()
    {
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["Sources:MaxRedirects"] = "99" }).Build());
        services.AddWebSources();
        using var provider = services.BuildServiceProvider();

        var ex = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IOptions<WebSourcesOptions>>().Value);

        Assert.Contains("MaxRedirects", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void SourcesExampleFile_Loads()
    {
        var file = SourcesFile.Load(Path.Combine(RepoRoot.Find(), "config", "sources.example.json"));

        Assert.Equal(4, file.Sources.Count);
        Assert.All(file.Sources, s => Assert.StartsWith("https://", s.Url, StringComparison.Ordinal));
    }
}
