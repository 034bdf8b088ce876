using BriefingBot.Core.Digests;
using BriefingBot.Slack.Commands;
using BriefingBot.Slack.Digests;
using BriefingBot.Slack.Events;
using BriefingBot.Slack.Hosting;
using BriefingBot.Slack.Signing;
using BriefingBot.Slack.WebApi;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace BriefingBot.Slack;

public static class SlackServiceCollectionExtensions
{
    internal const string WebApiClientName = "slack-web-api";
    private static readonly TimeSpan RequestTimeout = TimeSpan.FromSeconds(10);

    /// <summary>
    /// Registers the Slack adapter: <see cref="SlackOptions"/> bound from <c>Slack</c> and validated at start,
    /// request verification, the background worker, <see cref="SlackWebApiClient"/> and an in-memory
    /// <see cref="ISlackEventDeduplicator"/> (replace it before or after this call for several instances), and, when
    /// <c>Slack:BotToken</c> is set, the Slack <see cref="IDigestSender"/>.
    /// The host must register an <c>ICommandDispatcher</c>. Call only when <see cref="SlackConfiguration.IsEnabled"/>;
    /// calling twice is harmless.
    /// </summary>
    public static IServiceCollection AddSlackAdapter(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);
        if (services.Any(d => d.ServiceType == typeof(SlackAdapterMarker))) return services;
        services.AddSingleton<SlackAdapterMarker>();

        services.AddOptions<SlackOptions>()
            .Bind(configuration.GetSection(SlackOptions.SectionName))
            .PostConfigure(o =>
            {
                if (o.AllowedResponseUrlHosts.Count == 0) o.AllowedResponseUrlHosts.Add(SlackOptions.SlackHooksHost);
            })
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<SlackOptions>, SlackOptionsValidator>());

        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<ISlackRetryDelay, TimeProviderRetryDelay>();
        services.TryAddSingleton<ISlackEventDeduplicator, InMemorySlackEventDeduplicator>();
        services.TryAddSingleton<ResponseUrlTracker>();
        services.TryAddSingleton<SlackChannelManagers>();
        services.TryAddSingleton<SlackRequestReader>();
        services.TryAddSingleton<SlackBackgroundWork>();
        services.AddHostedService(sp => sp.GetRequiredService<SlackBackgroundWork>());

        services.AddHttpClient(WebApiClientName, (sp, client) =>
        {
            client.BaseAddress = sp.GetRequiredService<IOptions<SlackOptions>>().Value.ApiBaseUrl;
            client.Timeout = RequestTimeout;
        });
        // No redirects: a response_url that redirects could lead the bot anywhere the allow-list forbids.
        services.AddHttpClient(SlackResponseUrlClient.HttpClientName, client => client.Timeout = RequestTimeout)
            .ConfigurePrimaryHttpMessageHandler(() => new SocketsHttpHandler { AllowAutoRedirect = false });

        services.TryAddTransient(sp => new SlackWebApiClient(
            sp.GetRequiredService<IHttpClientFactory>().CreateClient(WebApiClientName),
            sp.GetRequiredService<IOptions<SlackOptions>>(),
            sp.GetRequiredService<ISlackRetryDelay>(),
            sp.GetRequiredService<ILogger<SlackWebApiClient>>()));
        services.TryAddTransient(sp => new SlackResponseUrlClient(
            sp.GetRequiredService<IHttpClientFactory>().CreateClient(SlackResponseUrlClient.HttpClientName),
            sp.GetRequiredService<IOptions<SlackOptions>>(),
            sp.GetRequiredService<ResponseUrlTracker>(),
            sp.GetRequiredService<ILogger<SlackResponseUrlClient>>()));
        // Digests need the bot token; without it the sender is left out and another process (or none) posts them.
        if (!string.IsNullOrWhiteSpace(configuration[$"{SlackOptions.SectionName}:{nameof(SlackOptions.BotToken)}"]))
        {
            services.TryAddEnumerable(ServiceDescriptor.Singleton<IDigestSender, SlackDigestSender>(sp => new SlackDigestSender(
                sp.GetRequiredService<SlackWebApiClient>, sp.GetRequiredService<ILogger<SlackDigestSender>>())));
        }
        services.TryAddTransient<SlackCommandHandler>();
        services.TryAddTransient<SlackEventsHandler>();
        return services;
    }
}
