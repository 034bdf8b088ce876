using BriefingBot.Ingest.Web;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace BriefingBot.Ingest.Sources;

/// <summary>Registers web sources: safe fetching, feed and page ingest, the source service and (optionally) the poller.</summary>
public static class WebSourcesServiceCollectionExtensions
{
    /// <summary>
    /// Adds <see cref="SourceService"/> and <see cref="SafeHttpFetcher"/> (a named <see cref="HttpClient"/> whose
    /// handler refuses non-public addresses unless <c>Sources:AllowPrivateNetworks</c>), with
    /// <see cref="WebSourcesOptions"/> bound from the <c>Sources</c> section and validated at start. Also calls
    /// <see cref="ServiceCollectionExtensions.AddIngest"/>. Needs an <c>ISourceStore</c> and <c>IDuplicateRegistry</c>
    /// (<c>AddSqliteSourceStore</c>) and an <c>IArticleIndex</c>. Does not start polling: see
    /// <see cref="AddSourcePolling"/>. Safe to call twice.
    /// </summary>
    public static IServiceCollection AddWebSources(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.AddIngest();
        services.AddOptions<WebSourcesOptions>()
            .BindConfiguration(WebSourcesOptions.SectionName)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.AddHttpClient(SafeHttpFetcher.HttpClientName, client => client.Timeout = Timeout.InfiniteTimeSpan)
            .ConfigurePrimaryHttpMessageHandler(sp => SafeHttpFetcher.CreateHandler(sp.GetRequiredService<IOptions<WebSourcesOptions>>().Value));
        services.TryAddSingleton<SafeHttpFetcher>();
        services.TryAddTransient<SourceService>();
        return services;
    }

    /// <summary>Adds <see cref="SourcePollingService"/>, the hosted service that polls due sources (for <c>serve</c>).</summary>
    public static IServiceCollection AddSourcePolling(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.AddWebSources();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<Microsoft.Extensions.Hosting.IHostedService, SourcePollingService>());
        return services;
    }
}
