using BriefingBot.Cli;
using BriefingBot.Serve;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace BriefingBot.Integration.Tests;

/// <summary>
/// The real `serve` application on Kestrel at a free loopback port, with a real SQLite file in a temp folder.
/// Configuration is passed as in-memory settings (the way environment variables would arrive).
/// </summary>
internal sealed class ServeHost : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly string _folder;

    private ServeHost(WebApplication app, string folder, Uri baseAddress)
    {
        _app = app;
        _folder = folder;
        Client = new HttpClient { BaseAddress = baseAddress, Timeout = TimeSpan.FromSeconds(30) };
    }

    public HttpClient Client { get; }

    public IServiceProvider Services => _app.Services;

    public static async Task<ServeHost> StartAsync(IDictionary<string, string?>? settings = null, Action<WebApplicationBuilder>? configure = null)
    {
        var folder = Directory.CreateTempSubdirectory("briefingbot-serve-").FullName;
        var app = ServeApplication.Build(
            new CliSettings(Path.Combine(folder, "index.db"), null, false),
            ["http://127.0.0.1:0"],
            configuration =>
            {
                configuration.AddInMemoryCollection(new Dictionary<string, string?> { ["Digests:SchedulerEnabled"] = "false" });
                if (settings is not null) configuration.AddInMemoryCollection(settings);
            },
            configure);
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new ServeHost(app, folder, new Uri(address));
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await _app.StopAsync();
        await _app.DisposeAsync();
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
            // SQLite may still hold the file for a moment; temp folders are cleaned by the OS.
        }
    }
}
