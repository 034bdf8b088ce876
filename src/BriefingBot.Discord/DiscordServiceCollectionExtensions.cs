using BriefingBot.Core.Digests;
using BriefingBot.Discord.Digests;
using BriefingBot.Discord.Hosting;
using BriefingBot.Discord.Interactions;
using BriefingBot.Discord.Registration;
using BriefingBot.Discord.Rest;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace BriefingBot.Discord;

public static class DiscordServiceCollectionExtensions
{
    /// <summary>Name of the <see cref="HttpClient"/> behind <see cref="DiscordRestClient"/>.</summary>
    public const string HttpClientName = "BriefingBot.Discord";

    private const string UserAgent = "DiscordBot (https://github.com/briefingbot, 1.0)";

    /// <summary>
    /// Registers the Discord adapter: <see cref="DiscordOptions"/> bound from the <c>Discord</c> section and validated at
    /// start (an empty section means "Discord disabled" and is valid), the interactions handler, the deferred-response
    /// hosted service, <see cref="DiscordRestClient"/>, <see cref="DiscordCommandRegistrar"/> and, when
    /// <paramref name="configuration"/> is given and <see cref="DiscordConfiguration.CanUseBotApi"/>, the Discord <see cref="IDigestSender"/>.
    /// Needs an <c>ICommandDispatcher</c> and an <c>IBriefingService</c> from Core to be registered by the host.
    /// Calling it twice is harmless.
    /// </summary>
    /// <param name="configuration">The configuration holding the <c>Discord</c> section; when null, the host's <see cref="IConfiguration"/> is used.</param>
    public static IServiceCollection AddDiscordInteractions(this IServiceCollection services, IConfiguration? configuration = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        if (services.Any(d => d.ServiceType == typeof(DiscordInteractionHandler))) return services;

        var optionsBuilder = services.AddOptions<DiscordOptions>();
        if (configuration is null) optionsBuilder.BindConfiguration(DiscordOptions.SectionName);
        else optionsBuilder.Bind(configuration.GetSection(DiscordOptions.SectionName));
        optionsBuilder.ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<DiscordOptions>, DiscordOptionsValidator>());

        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton(sp =>
        {
            var o = sp.GetRequiredService<IOptions<DiscordOptions>>().Value;
            var key = o.PublicKey ?? throw new InvalidOperationException("Discord:PublicKey is not configured; the interactions endpoint cannot verify requests.");
            return new DiscordSignatureVerifier(key, sp.GetRequiredService<TimeProvider>(), o.SignatureWindow);
        });
        services.TryAddSingleton<DeferredInteractionQueue>();
        services.TryAddSingleton<DiscordInteractionHandler>();
        services.AddHostedService<DeferredResponseService>();

        services.AddHttpClient(HttpClientName, (sp, client) =>
        {
            var baseUrl = sp.GetRequiredService<IOptions<DiscordOptions>>().Value.ApiBaseUrl.ToString();
            client.BaseAddress = new Uri(baseUrl.EndsWith('/') ? baseUrl : baseUrl + "/");
            client.DefaultRequestHeaders.TryAddWithoutValidation("User-Agent", UserAgent);
            client.Timeout = TimeSpan.FromSeconds(30);
        });
        services.TryAddSingleton(sp => new DiscordRateLimiter(sp.GetRequiredService<TimeProvider>()));
        services.TryAddTransient(sp => new DiscordRestClient(
            sp.GetRequiredService<IHttpClientFactory>().CreateClient(HttpClientName),
            sp.GetRequiredService<DiscordRateLimiter>(),
            sp.GetRequiredService<TimeProvider>(),
            sp.GetRequiredService<IOptions<DiscordOptions>>(),
            sp.GetRequiredService<ILogger<DiscordRestClient>>()));
        services.TryAddTransient<DiscordCommandRegistrar>();
        // Digests need the bot token; without it the sender is left out and another process (or none) posts them.
        if (configuration is not null && DiscordConfiguration.CanUseBotApi(configuration))
        {
            services.TryAddEnumerable(ServiceDescriptor.Singleton<IDigestSender, DiscordDigestSender>(sp => new DiscordDigestSender(
                sp.GetRequiredService<DiscordRestClient>, sp.GetRequiredService<ILogger<DiscordDigestSender>>())));
        }
        return services;
    }
}
