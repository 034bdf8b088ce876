using BriefingBot.Ingest;
using Microsoft.Extensions.DependencyInjection;

namespace BriefingBot.Integration.Tests.Platforms;

/// <summary>Indexes the repository's sample corpus (config/articles) into a running host's own index.</summary>
internal static class SampleIndex
{
    public static async Task IngestAsync(ServeHost host)
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "BriefingBot.sln"))) dir = dir.Parent;
        var articles = Path.Combine(dir!.FullName, "config", "articles");
        var result = await host.Services.GetRequiredService<IngestService>().IngestAsync([articles], null, TestContext.Current.CancellationToken);
        Assert.True(result.Added > 100, result.ToString());
    }
}
