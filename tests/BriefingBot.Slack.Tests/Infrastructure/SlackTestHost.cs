using System.Globalization;
using System.Text;
using BriefingBot.Core.Commands;
using BriefingBot.Slack.Signing;
using BriefingBot.Slack.WebApi;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;

namespace BriefingBot.Slack.Tests.Infrastructure;

/// <summary>The Slack adapter on real Kestrel (127.0.0.1:0), wired to a fake Slack and a canned dispatcher.</summary>
internal sealed class SlackTestHost : IAsyncDisposable
{
    public const string Secret = "test-signing-secret-0123456789";
    public static readonly DateTimeOffset Start = DateTimeOffset.FromUnixTimeSeconds(1_800_000_000);

    private readonly WebApplication app;

    private SlackTestHost(WebApplication app, FakeSlackServer slack, FakeTimeProvider time, TestDispatcher dispatcher, RecordingRetryDelay delay, string secret)
    {
        this.app = app;
        Slack = slack;
        Time = time;
        Dispatcher = dispatcher;
        Delay = delay;
        SigningSecret = secret;
        Client = new HttpClient { BaseAddress = new Uri(app.Urls.First().TrimEnd('/') + "/") };
    }

    public FakeSlackServer Slack { get; }
    public FakeTimeProvider Time { get; }
    public TestDispatcher Dispatcher { get; }
    public RecordingRetryDelay Delay { get; }
    public HttpClient Client { get; }
    public string SigningSecret { get; }

    public IServiceProvider Services => app.Services;

    public static async Task<SlackTestHost> StartAsync(IDictionary<string, string?>? overrides = null, DateTimeOffset? now = null)
    {
        var slack = await FakeSlackServer.StartAsync();
        var time = new FakeTimeProvider(now ?? Start);
        var dispatcher = new TestDispatcher();
        var delay = new RecordingRetryDelay();
        var settings = new Dictionary<string, string?>
        {
            ["Slack:SigningSecret"] = Secret,
            ["Slack:BotToken"] = FakeSlackServer.BotToken,
            ["Slack:ApiBaseUrl"] = slack.BaseUrl + "api/",
            ["Slack:AllowedResponseUrlHosts:0"] = "127.0.0.1",
            ["Slack:AdminUserIds:0"] = "UADMIN",
            ["Slack:MaxBodyBytes"] = "4096",
        };
        foreach (var (key, value) in overrides ?? new Dictionary<string, string?>()) settings[key] = value;

        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        builder.Configuration.AddInMemoryCollection(settings);
        builder.Services.AddSingleton<TimeProvider>(time);
        builder.Services.AddSingleton<ICommandDispatcher>(dispatcher);
        builder.Services.AddSingleton<ISlackRetryDelay>(delay);
        builder.Services.AddSlackAdapter(builder.Configuration);
        var app = builder.Build();
        app.MapSlackEndpoints();
        await app.StartAsync();
        return new SlackTestHost(app, slack, time, dispatcher, delay, settings["Slack:SigningSecret"]!);
    }

    public static string Form(IEnumerable<KeyValuePair<string, string>> fields) =>
        string.Join('&', fields.Select(f => Uri.EscapeDataString(f.Key) + "=" + Uri.EscapeDataString(f.Value)));

    public string CommandBody(string command, string text, string? responseUrl = null, string user = "U123") => Form(
    [
        new("token", "unused-legacy-token"),
        new("team_id", "T1"),
        new("channel_id", "C1"),
        new("user_id", user),
        new("command", command),
        new("text", text),
        new("response_url", responseUrl ?? Slack.ResponseUrl("unused")),
        new("trigger_id", "1.2.3"),
    ]);

    public Task<HttpResponseMessage> PostCommandAsync(string command, string text, string? responseUrl = null, string user = "U123") =>
        PostSignedAsync("slack/commands", CommandBody(command, text, responseUrl, user), "application/x-www-form-urlencoded");

    public Task<HttpResponseMessage> PostSignedAsync(string path, string body, string contentType, long? timestamp = null, int? retryNum = null)
    {
        var ts = (timestamp ?? Time.GetUtcNow().ToUnixTimeSeconds()).ToString(CultureInfo.InvariantCulture);
        var bytes = Encoding.UTF8.GetBytes(body);
        return PostRawAsync(path, bytes, contentType, ts, SlackSignature.Compute(SigningSecret, ts, bytes), retryNum);
    }

    public async Task<HttpResponseMessage> PostRawAsync(string path, byte[] body, string contentType, string? timestamp, string? signature, int? retryNum = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = new ByteArrayContent(body) };
        request.Content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue(contentType);
        if (timestamp is not null) request.Headers.Add("X-Slack-Request-Timestamp", timestamp);
        if (signature is not null) request.Headers.Add("X-Slack-Signature", signature);
        if (retryNum is not null)
        {
            request.Headers.Add("X-Slack-Retry-Num", retryNum.Value.ToString(CultureInfo.InvariantCulture));
            request.Headers.Add("X-Slack-Retry-Reason", "http_timeout");
        }
        return await Client.SendAsync(request);
    }

    /// <summary>Stops the app (waiting for its background work) but keeps the fake Slack running for assertions.</summary>
    public async Task DisposeBackgroundWorkAsync() => await app.StopAsync();

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await app.StopAsync();
        await app.DisposeAsync();
        await Slack.DisposeAsync();
    }
}
