using BriefingBot.Core.Analysis;
using BriefingBot.Core.Index;
using BriefingBot.Ingest.Tests.TestSupport;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace BriefingBot.Ingest.Tests;

public sealed class ServiceCollectionExtensionsTests
{
    private static ServiceProvider Build(Dictionary<string, string?> settings, Action<IServiceCollection>? configure = null)
    {
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(new ConfigurationBuilder().AddInMemoryCollection(settings).Build());
        services.AddSingleton(typeof(Microsoft.Extensions.Logging.ILogger<>), typeof(NullLogger<>));
        services.AddSingleton<IArticleIndex, InMemoryArticleIndex>();
        configure?.Invoke(services);
        services.AddIngest();
        return services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });
    }

    [Fact]
    public async Task AddIngest_BindsTheIngestSectionAndResolvesAWorkingService()
    {
        using var provider = Build(new() { ["Ingest:MaxFileBytes"] = "1000", ["Ingest:MaxParallelAnalyses"] = "3" });
        using var folder = new TempFolder();
        var path = folder.Write("big.txt", "Big\n" + new string('a', 1200));

        var options = provider.GetRequiredService<IOptions<IngestOptions>>().Value;
        var result = await provider.GetRequiredService<IngestService>().RunAsync(path);

        Assert.Equal((1000L, 3), (options.MaxFileBytes, options.MaxParallelAnalyses));
        Assert.Contains("too large", Assert.Single(result.Failed).Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void AddIngest_InvalidOptions_FailValidation()
    {
        using var provider = Build(new() { ["Ingest:MaxParallelAnalyses"] = "0" });

        var error = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IOptions<IngestOptions>>().Value);

        Assert.Contains("MaxParallelAnalyses", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AddIngest_KeepsAnAnalyzerRegisteredBefore()
    {
        var stub = new StubAnalyzer();
        using var provider = Build([], s => s.AddSingleton<ITextAnalyzer>(stub));

        Assert.Same(stub, provider.GetRequiredService<ITextAnalyzer>());
        Assert.Same(TimeProvider.System, provider.GetRequiredService<TimeProvider>());
    }
}
