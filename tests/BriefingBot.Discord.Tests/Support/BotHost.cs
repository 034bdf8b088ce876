using System.Globalization;
using System.Net.Http.Headers;
using System.Text;
using BriefingBot.Core.Briefings;
using BriefingBot.Core.Commands;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace BriefingBot.Discord.Tests.Support;

/// <summary>A tiny real host on loopback mapping only the Discord endpoint, with canned Core services.</summary>
internal sealed class BotHost : IAsyncDisposable
{
    public const string ApplicationId = "111122223333444455";

    private readonly WebApplication _app;

    private BotHost(WebApplication app, HttpClient client, CannedDispatcher dispatcher, CannedBriefingService briefings)
    {
        _app = app;
        Client = client;
        Dispatcher = dispatcher;
        Briefings = briefings;
    }

    public HttpClient Client { get; }

    public CannedDispatcher Dispatcher { get; }

    public CannedBriefingService Briefings { get; }

    public static async Task<BotHost> StartAsync(Uri apiBaseUrl, string deferAfter = "00:00:01.5")
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Discord:ApplicationId"] = ApplicationId,
            ["Discord:PublicKey"] = TestKeys.PublicKeyHex,
            ["Discord:ApiBaseUrl"] = apiBaseUrl.ToString(),
            ["Discord:DeferAfter"] = deferAfter,
        });
        var dispatcher = new CannedDispatcher();
        var briefings = new CannedBriefingService();
        builder.Services.AddDiscordInteractions();
        builder.Services.AddSingleton<ICommandDispatcher>(dispatcher);
        builder.Services.AddSingleton<IBriefingService>(briefings);
        var app = builder.Build();
        app.MapDiscordInteractions();
        await app.StartAsync();
        var client = new HttpClient { BaseAddress = new Uri(app.Urls.First()) };
        return new BotHost(app, client, dispatcher, briefings);
    }

    /// <summary>Posts <paramref name="json"/> signed with the test key at <paramref name="timestamp"/> (default: now).</summary>
    public Task<HttpResponseMessage> PostSignedAsync(string json, DateTimeOffset? timestamp = null, Func<string, string>? tamperSignature = null)
    {
        var body = Encoding.UTF8.GetBytes(json);
        var ts = (timestamp ?? TimeProvider.System.GetUtcNow()).ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        var signature = TestKeys.Sign(ts, body);
        return PostAsync(body, tamperSignature is null ? signature : tamperSignature(signature), ts);
    }

    public async Task<HttpResponseMessage> PostAsync(byte[] body, string? signature, string? timestamp)
    {
        var content = new ByteArrayContent(body);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        using var request = new HttpRequestMessage(HttpMethod.Post, "/discord/interactions") { Content = content };
        if (signature is not null) request.Headers.TryAddWithoutValidation("X-Signature-Ed25519", signature);
        if (timestamp is not null) request.Headers.TryAddWithoutValidation("X-Signature-Timestamp", timestamp);
        return await Client.SendAsync(request);
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
