using BriefingBot.Core.Commands;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace BriefingBot.Core.Digests;

public static class DigestServiceCollectionExtensions
{
    /// <summary>
    /// Registers the digest feature: <see cref="DigestService"/>, the /digest command handler, the hosted
    /// <see cref="DigestScheduler"/> and <see cref="IDigestSchedulerStatus"/>. Options are validated at start.
    /// Needs an <see cref="IDigestStore"/> (e.g. <c>AddSqliteDigestStore</c>), an <c>IBriefingService</c>,
    /// a <see cref="TimeProvider"/> (<see cref="TimeProvider.System"/> is added if none) and zero or more
    /// <see cref="IDigestSender"/>s (a platform without a sender is left for a process that has one).
    /// Safe to call twice.
    /// </summary>
    /// <returns>The options builder: bind it in the host, e.g. <c>.BindConfiguration(DigestOptions.SectionName)</c>.</returns>
    public static OptionsBuilder<DigestOptions> AddDigests(this IServiceCollection services, Action<DigestOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        var builder = services.AddOptions<DigestOptions>();
        if (configure is not null) builder.Configure(configure);
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<DigestOptions>, DigestOptionsValidator>());
        builder.ValidateOnStart();
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<DigestSchedulerStatus>();
        services.TryAddSingleton<IDigestSchedulerStatus>(sp => sp.GetRequiredService<DigestSchedulerStatus>());
        services.TryAddSingleton<DigestService>();
        services.TryAddSingleton<IDigestCommandHandler, DigestCommandHandler>();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IHostedService, DigestScheduler>());
        return builder;
    }
}
