using BriefingBot.Composition;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace BriefingBot.Cli;

/// <summary>
/// Composes the services for one CLI verb. Logs go to stderr at Warning and above, so stdout stays clean for
/// <c>--json</c> consumers.
/// </summary>
internal static class CliHost
{
    public static IHost Build(CliSettings settings)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true, ContentRootPath = Directory.GetCurrentDirectory() });
        BriefingBotConfiguration.Apply(builder.Configuration, settings.ConfigFile);
        builder.Logging.ClearProviders();
        // The CLI ignores Logging:LogLevel (that is the server's): only warnings and errors, on stderr.
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.Logging.AddSimpleConsole(o => o.SingleLine = true);
        builder.Services.Configure<Microsoft.Extensions.Logging.Console.ConsoleLoggerOptions>(o => o.LogToStandardErrorThreshold = LogLevel.Trace);
        var storage = StorageSelection.Resolve(settings.Database, builder.Configuration);
        builder.Services.AddBriefingBot(builder.Configuration, storage);
        return builder.Build();
    }
}
