using System.Globalization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace BriefingBot.Integration.Tests.MultiInstance;

/// <summary>
/// A chat platform on a loopback Kestrel, shaped like Discord's channel messages: <c>POST /channels/{id}/messages</c>
/// with a nonce posts (every post is kept, duplicates included: that is what a channel would show), and
/// <c>GET /channels/{id}/messages?nonce=</c> says whether a nonce was posted.
/// </summary>
internal sealed class FakeChatApi : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly List<ChatPost> _posts = [];
    private readonly List<HttpClient> _clients = [];

    private FakeChatApi(WebApplication app) => _app = app;

    public Uri BaseAddress { get; private set; } = null!;

    public IReadOnlyList<ChatPost> Posts
    {
        get
        {
            lock (_posts) return [.. _posts];
        }
    }

    public static async Task<FakeChatApi> StartAsync(CancellationToken cancellationToken)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var api = new FakeChatApi(app);
        app.MapPost("/channels/{channel}/messages", (string channel, ChatMessageBody body, HttpContext context) =>
        {
            lock (api._posts)
            {
                api._posts.Add(new ChatPost(channel, body.Nonce, context.Request.Headers["X-Instance"].ToString(), body.Content));
                return Results.Json(new ChatMessageId("msg-" + api._posts.Count.ToString(CultureInfo.InvariantCulture)));
            }
        });
        app.MapGet("/channels/{channel}/messages", (string channel, string nonce) =>
        {
            lock (api._posts)
            {
                var index = api._posts.FindIndex(p => p.Channel == channel && p.Nonce == nonce);
                return index < 0 ? Results.NotFound() : Results.Json(new ChatMessageId("msg-" + (index + 1).ToString(CultureInfo.InvariantCulture)));
            }
        });
        await app.StartAsync(cancellationToken);
        api.BaseAddress = new Uri(app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First());
        return api;
    }

    /// <summary>A sender for one bot instance, posting as <paramref name="instance"/>.</summary>
    public ChatApiDigestSender CreateSender(string instance)
    {
        var client = new HttpClient { BaseAddress = BaseAddress, Timeout = TimeSpan.FromSeconds(10) };
        client.DefaultRequestHeaders.Add("X-Instance", instance);
        lock (_clients) _clients.Add(client);
        return new ChatApiDigestSender(client);
    }

    public async ValueTask DisposeAsync()
    {
        lock (_clients)
        {
            foreach (var client in _clients) client.Dispose();
        }
        await _app.StopAsync(CancellationToken.None);
        await _app.DisposeAsync();
    }
}
