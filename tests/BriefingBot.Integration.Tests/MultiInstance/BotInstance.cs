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

    public static async Task<BotInstance> StartAsync(
        string name, string connectionString, IDictionary<string, string?> settings, Action<WebApplicationBuilder>? configure, CancellationToken cancellationToken)
    {
        var app = ServeApplication.Build(new CliSettings(connectionString, null, false), ["http://127.0.0.1:0"], builder =>
        {
            builder.Configuration.AddInMemoryCollection(settings);
            configure?.Invoke(builder);
        });
        var instance = new BotInstance(name, app);
        try
        {
            await app.StartAsync(cancellationToken);
        }
        catch
        {
            await instance.DisposeAsync();
            throw;
        }
        return instance;
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
