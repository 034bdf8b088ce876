using BriefingBot.Cli;
using BriefingBot.Serve;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;

namespace BriefingBot.Integration.Tests.MultiInstance;

/// <summary>
/// One real <c>serve</c> application on Kestrel at a free loopback port, with <c>--db</c> set to a PostgreSQL
/// connection string: several of these on one string are several instances of the bot sharing a database.
/// </summary>
internal sealed class BotInstance : IAsyncDisposable
{
    private readonly WebApplication _app;
    private bool _stopped;

    private BotInstance(string name, WebApplication app)
    {
        Name = name;
        _app = app;
    }

    public string Name { get; }

    public IServiceProvider Services => _app.Services;

    /// <summary>Builds and starts an instance.</summary>
    public static async Task<BotInstance> StartAsync(
        string name, string connectionString, IDictionary<string, string?> settings, Action<WebApplicationBuilder>? configure, CancellationToken cancellationToken)
    {
        var instance = Create(name, connectionString, settings, configure);
        await instance.StartAsync(cancellationToken);
        return instance;
    }

    /// <summary>Builds an instance without starting it, so several can then start at the same moment.</summary>
    public static BotInstance Create(string name, string connectionString, IDictionary<string, string?> settings, Action<WebApplicationBuilder>? configure)
    {
        var app = ServeApplication.Build(
            new CliSettings(connectionString, null, false),
            ["http://127.0.0.1:0"],
            configuration => configuration.AddInMemoryCollection(settings),
            configure);
        return new BotInstance(name, app);
    }

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        try
        {
            await _app.StartAsync(cancellationToken);
        }
        catch
        {
            await DisposeAsync();
            throw;
        }
    }

    /// <summary>Stops the hosted services (poller, scheduler) and releases the pool; safe to call twice.</summary>
    public async ValueTask DisposeAsync()
    {
        if (_stopped) return;
        _stopped = true;
        await _app.StopAsync(CancellationToken.None);
        await _app.DisposeAsync();
    }
}
