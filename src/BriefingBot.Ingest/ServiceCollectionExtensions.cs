using BriefingBot.Core.Analysis;
using BriefingBot.Nlp;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace BriefingBot.Ingest;

/// <summary>Registers file ingest.</summary>
public static class ServiceCollectionExtensions
{
    /// <summary>
    /// Adds <see cref="IngestService"/> with <see cref="IngestOptions"/> bound from the <c>Ingest</c> section and
    /// validated at start, <see cref="TimeProvider.System"/> and the NLP <see cref="TextAnalyzer"/> unless already
    /// registered. An <c>IArticleIndex</c> must be registered by a storage engine.
    /// </summary>
    public static IServiceCollection AddIngest(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.AddOptions<IngestOptions>()
            .BindConfiguration(IngestOptions.SectionName)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<ITextAnalyzer, TextAnalyzer>();
        services.TryAddTransient<IngestService>();
        return services;
    }
}
