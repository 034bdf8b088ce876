using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Security;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace BriefingBot.Integration.Tests.MultiInstance;

/// <summary>
/// RSS feeds on a loopback Kestrel (<c>/feeds/{name}.xml</c>, one story each) that log every request: who asked
/// (user agent), when it started and ended, and how many requests for the same feed were in flight at once.
/// Each response is held for <c>responseDelay</c>, so two overlapping polls of one feed cannot slip past each other.
/// </summary>
internal sealed class FakeFeedServer : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ConcurrentDictionary<string, FeedLog> _logs = new(StringComparer.Ordinal);

    private FakeFeedServer(WebApplication app) => _app = app;

    public Uri BaseAddress { get; private set; } = null!;

    public static async Task<FakeFeedServer> StartAsync(IReadOnlyDictionary<string, string> storyByFeed, TimeSpan responseDelay, CancellationToken cancellationToken)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var server = new FakeFeedServer(app);
        var clock = Stopwatch.StartNew();
        app.MapGet("/feeds/{name}.xml", async (string name, HttpContext context) =>
        {
            if (!storyByFeed.TryGetValue(name, out var story)) return Results.NotFound();
            var log = server.Log(name);
            var request = log.Begin(context.Request.Headers.UserAgent.ToString(), clock.Elapsed);
            try
            {
                // Not the request's token: the end of every request is logged, even when a host stops mid-poll.
                await Task.Delay(responseDelay, CancellationToken.None);
                return Results.Text(Rss(server.BaseAddress, name, story), "application/rss+xml");
            }
            finally
            {
                log.End(request, clock.Elapsed);
            }
        });
        await app.StartAsync(cancellationToken);
        server.BaseAddress = new Uri(app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First());
        return server;
    }

    public Uri FeedUrl(string name) => new(BaseAddress, $"/feeds/{name}.xml");

    public FeedLog Log(string name) => _logs.GetOrAdd(name, _ => new FeedLog());

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync(CancellationToken.None);
        await _app.DisposeAsync();
    }

    private static string Rss(Uri baseAddress, string name, string story) => string.Create(CultureInfo.InvariantCulture, $"""
        <?xml version="1.0" encoding="utf-8"?>
        <rss version="2.0">
          <channel>
            <title>Feed {name}</title>
            <link>{baseAddress}</link>
            <description>A test feed</description>
            <item>
              <title>Story of feed {name}</title>
              <link>{new Uri(baseAddress, $"/stories/{name}")}</link>
              <guid isPermaLink="false">{name}-story</guid>
              <pubDate>Fri, 06 Mar 2026 08:00:00 GMT</pubDate>
              <description>{SecurityElement.Escape(story)}</description>
            </item>
          </channel>
        </rss>
        """);
}
