using BriefingBot.Cli;
using BriefingBot.Composition;
using BriefingBot.Core.Sources;
using BriefingBot.Ingest.Sources;
using BriefingBot.Discord;
using BriefingBot.Slack;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace BriefingBot.Serve;

/// <summary>The bot host: chat endpoints, health, and the hosted services (sample corpus on first run, digests).</summary>
internal static class ServeApplication
{
    /// <param name="configureConfiguration">Lets tests add settings before the composition reads them.</param>
    /// <param name="configure">Lets tests replace services before the app is built.</param>
    public static WebApplication Build(CliSettings settings, string[] urls, Action<IConfigurationBuilder>? configureConfiguration = null, Action<WebApplicationBuilder>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { ContentRootPath = Directory.GetCurrentDirectory() });
        BriefingBotConfiguration.Apply(builder.Configuration, settings.ConfigFile);
        configureConfiguration?.Invoke(builder.Configuration);
        if (urls.Length > 0) builder.WebHost.UseUrls(urls);
        var storage = StorageSelection.Resolve(settings.Database, builder.Configuration);
        builder.Services.AddBriefingBot(builder.Configuration, storage);
        if (storage.IsDefaultSqliteFile) builder.Services.AddHostedService<SampleCorpusHostedService>();
        if (builder.Services.Any(d => d.ServiceType == typeof(ISourceStore))) builder.Services.AddSourcePolling();
        configure?.Invoke(builder);

        var app = builder.Build();
        app.MapHealth();
        app.MapDiscordInteractions();
        app.MapSlackEndpoints();
        return app;
    }
}
