using System.Net;
using System.Text.Json;
using BriefingBot.Core.Index;
using Microsoft.Extensions.DependencyInjection;

namespace BriefingBot.Integration.Tests;

public sealed class HealthEndpointTests
{
    [Fact]
    public async Task Healthz_FreshIndex_ReportsIndexAndScheduler()
    {
        await using var host = await ServeHost.StartAsync();

        using var response = await host.Client.GetAsync(new Uri("/healthz", UriKind.Relative), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        Assert.Equal("ok", json.RootElement.GetProperty("status").GetString());
        Assert.Equal(0, json.RootElement.GetProperty("index").GetProperty("count").GetInt32());
        Assert.Equal(JsonValueKind.Object, json.RootElement.GetProperty("scheduler").ValueKind);
    }

    [Fact]
    public async Task Healthz_IndexFails_Answers503WithoutDetails()
    {
        await using var host = await ServeHost.StartAsync(configure: b => b.Services.AddSingleton<IArticleIndex, BrokenIndex>());

        using var response = await host.Client.GetAsync(new Uri("/healthz", UriKind.Relative), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.DoesNotContain("at BriefingBot", await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
    }

    private sealed class BrokenIndex : IArticleIndex
    {
        private static IOException Down() => new IOException("disk gone");
        public Task<UpsertOutcome> UpsertAsync(Core.Articles.AnalyzedArticle article, CancellationToken cancellationToken) => throw Down();
        public Task<IReadOnlyList<SearchHit>> SearchAsync(ArticleQuery query, CancellationToken cancellationToken) => throw Down();
        public Task<IReadOnlyList<Core.Articles.AnalyzedArticle>> GetArticlesAsync(IReadOnlyList<string> ids, CancellationToken cancellationToken) => throw Down();
        public Task<IReadOnlyList<QuoteHit>> FindQuotesAsync(QuoteQuery query, CancellationToken cancellationToken) => throw Down();
        public Task<IndexStatistics> GetStatisticsAsync(CancellationToken cancellationToken) => throw Down();
        public Task<IReadOnlyList<string>> SuggestSpeakersAsync(string prefix, int limit, CancellationToken cancellationToken) => throw Down();
        public Task<IReadOnlyList<string>> SuggestTopicsAsync(string prefix, int limit, CancellationToken cancellationToken) => throw Down();
    }
}
