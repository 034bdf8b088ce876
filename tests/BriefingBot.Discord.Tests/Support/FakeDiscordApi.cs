using System.Collections.Concurrent;
using System.Threading.Channels;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace BriefingBot.Discord.Tests.Support;

/// <summary>A Discord REST API stand-in on loopback: records every request and plays scripted responses (default 200).</summary>
internal sealed class FakeDiscordApi : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ConcurrentQueue<FakeResponse> _script = new();
    private readonly Channel<RecordedRequest> _requests = Channel.CreateUnbounded<RecordedRequest>();
    private int _count;

    private FakeDiscordApi(WebApplication app) => _app = app;

    public Uri BaseUrl { get; private set; } = null!;

    public int Count => Volatile.Read(ref _count);

    public static async Task<FakeDiscordApi> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var fake = new FakeDiscordApi(app);
        app.Map("/api/v10/{**path}", fake.HandleAsync);
        await app.StartAsync();
        fake.BaseUrl = new Uri(app.Urls.First() + "/api/v10");
        return fake;
    }

    public void Enqueue(params FakeResponse[] responses)
    {
        foreach (var r in responses) _script.Enqueue(r);
    }

    /// <summary>The next recorded request; the timeout only guards against a hung test.</summary>
    public async Task<RecordedRequest> NextAsync()
    {
        using var cts = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        return await _requests.Reader.ReadAsync(cts.Token);
    }

    private async Task HandleAsync(HttpContext http)
    {
        using var reader = new StreamReader(http.Request.Body);
        var body = await reader.ReadToEndAsync();
        var path = http.Request.Path.Value!["/api/v10".Length..];
        Interlocked.Increment(ref _count);
        await _requests.Writer.WriteAsync(new RecordedRequest(
            http.Request.Method, path, http.Request.Headers.Authorization.FirstOrDefault(), http.Request.Headers.UserAgent.ToString(), body, http.Request.QueryString.Value ?? string.Empty));
        var response = _script.TryDequeue(out var scripted) ? scripted : FakeResponse.Ok();
        http.Response.StatusCode = response.Status;
        foreach (var (name, value) in response.Headers ?? new Dictionary<string, string>()) http.Response.Headers[name] = value;
        http.Response.ContentType = "application/json";
        await http.Response.WriteAsync(response.Body);
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
