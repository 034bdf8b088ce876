using BriefingBot.Core.Analysis;
using BriefingBot.Core.Briefings;
using BriefingBot.Core.Commands;
using BriefingBot.Core.Digests;
using BriefingBot.Core.Index;
using BriefingBot.Ingest;
using BriefingBot.Nlp;
using BriefingBot.Discord;
using BriefingBot.Slack;
using BriefingBot.Storage.Postgres;
using BriefingBot.Storage.Postgres.Digests;
using BriefingBot.Storage.Postgres.Sources;
using BriefingBot.Storage.Sqlite;
using BriefingBot.Storage.Sqlite.Digests;
using BriefingBot.Storage.Sqlite.Sources;
using BriefingBot.Ingest.Sources;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace BriefingBot.Composition;

/// <summary>The one composition of BriefingBot's parts, shared by every CLI verb and by <c>serve</c>.</summary>
internal static class BriefingBotServiceCollectionExtensions
{
    /// <summary>Registers the pipeline, the index on the selected engine, ingest, briefings and command dispatch.</summary>
    public static IServiceCollection AddBriefingBot(this IServiceCollection services, IConfiguration configuration, StorageSelection storage)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton(storage);
        services.TryAddSingleton<ITextAnalyzer, TextAnalyzer>();
        switch (storage.Provider)
        {
            case StorageProvider.Sqlite:
                services.AddSqliteArticleIndex(storage.Target);
                services.AddSqliteDigestStore(storage.Target);
                services.AddSqliteSourceStore(storage.Target);
                services.AddWebSources();
                break;
            case StorageProvider.Postgres:
                services.AddPostgresArticleIndex(storage.Target);
                services.AddPostgresDigestStore(storage.Target);
                services.AddPostgresSourceStore(storage.Target);
                services.AddWebSources();
                break;
            default:
                throw new NotSupportedException($"Storage provider {storage.Provider} is not available in this build.");
        }
        services.AddIngest();
        services.TryAddSingleton<SampleCorpus>();
        services.TryAddSingleton(_ => AliasesFile.Load(configuration));
        services.TryAddSingleton<IBriefingService, BriefingService>();
        services.AddDigests().BindConfiguration(DigestOptions.SectionName);
        services.TryAddSingleton<CommandDispatcher>();
        services.TryAddSingleton<ICommandDispatcher>(sp => new BoundedCommandDispatcher(sp.GetRequiredService<CommandDispatcher>(), BoundedCommandDispatcher.DefaultConcurrency));
        // A platform is wired only when configured, so an instance without it answers 404 rather than 401s.
        if (DiscordConfiguration.IsEnabled(configuration) || DiscordConfiguration.CanUseBotApi(configuration)) services.AddDiscordInteractions(configuration);
        if (SlackConfiguration.IsEnabled(configuration)) services.AddSlackAdapter(configuration);
        return services;
    }
}
