using System.Text.Json.Nodes;
using System.Threading.Channels;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace BriefingBot.Slack.Tests.Infrastructure;

/// <summary>A loopback stand-in for slack.com/api and hooks.slack.com: records what the bot sends.</summary>
internal sealed class FakeSlackServer : IAsyncDisposable
{
    public const string BotToken = "xoxb-test-token";

    private readonly WebApplication app;
    private int rateLimitsLeft;
    private int serverErrorsLeft;

    private FakeSlackServer(WebApplication app, string baseUrl)
    {
        this.app = app;
        BaseUrl = baseUrl;
    }

    public string BaseUrl { get; }

    public Channel<JsonObject> Messages { get; } = Channel.CreateUnbounded<JsonObject>();

    public Channel<JsonObject> ResponseUrlPosts { get; } = Channel.CreateUnbounded<JsonObject>();

    public int MessageRequests;

    public int UserInfoRequests;

    /// <summary>users.info says this user is a workspace admin.</summary>
    public const string WorkspaceAdmin = "UWSADMIN";

    /// <summary>The next N chat.postMessage calls get 429 with Retry-After: 1.</summary>
    public void RateLimitNext(int count) => Volatile.Write(ref rateLimitsLeft, count);

    /// <summary>The next N chat.postMessage calls get 503.</summary>
    public void FailNext(int count) => Volatile.Write(ref serverErrorsLeft, count);

    /// <summary>When set, chat.postMessage answers ok:false with this error.</summary>
    public string? ApiError { get; set; }

    public string ResponseUrl(string id) => $"{BaseUrl}hooks/commands/{id}";

    public static async Task<FakeSlackServer> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        FakeSlackServer? server = null;
        // Typed as Delegate: a lambda taking only HttpContext would bind to RequestDelegate and drop the IResult.
        app.MapPost("/api/chat.postMessage", (Func<HttpContext, Task<IResult>>)(http => server!.PostMessageAsync(http)));
        app.MapPost("/api/conversations.history", (Func<HttpContext, Task<IResult>>)(http => server!.HistoryAsync(http)));
        app.MapPost("/api/users.info", (Func<HttpContext, Task<IResult>>)(async http =>
        {
            Interlocked.Increment(ref server!.UserInfoRequests);
            var form = await http.Request.ReadFormAsync();
            var user = form["user"].ToString();
            return Json(new JsonObject { ["ok"] = true, ["user"] = new JsonObject { ["id"] = user, ["is_admin"] = user == WorkspaceAdmin, ["is_owner"] = false } });
        }));
        app.MapPost("/hooks/commands/{id}", (Func<HttpContext, Task<IResult>>)(async http =>
        {
            var body = await JsonNode.ParseAsync(http.Request.Body) as JsonObject ?? [];
            await server!.ResponseUrlPosts.Writer.WriteAsync(body);
            return Results.Text("ok");
        }));
        await app.StartAsync();
        server = new FakeSlackServer(app, app.Urls.First().TrimEnd('/') + "/");
        return server;
    }

    private async Task<IResult> PostMessageAsync(HttpContext http)
    {
        Interlocked.Increment(ref MessageRequests);
        if (http.Request.Headers.Authorization.ToString() != "Bearer " + BotToken)
            return Json(new JsonObject { ["ok"] = false, ["error"] = "not_authed" });
        if (Interlocked.Decrement(ref rateLimitsLeft) >= 0)
        {
            http.Response.Headers.RetryAfter = "1";
            return Results.StatusCode(StatusCodes.Status429TooManyRequests);
        }
        if (Interlocked.Decrement(ref serverErrorsLeft) >= 0) return Results.StatusCode(StatusCodes.Status503ServiceUnavailable);
        if (ApiError is { } error) return Json(new JsonObject { ["ok"] = false, ["error"] = error });
        var body = await JsonNode.ParseAsync(http.Request.Body) as JsonObject ?? [];
        await Messages.Writer.WriteAsync(body);
        var ts = "1800000000.000200";
        Posted.Enqueue(new JsonObject { ["type"] = "message", ["ts"] = ts, ["bot_id"] = "B1", ["text"] = body["text"]?.DeepClone(), ["metadata"] = body["metadata"]?.DeepClone() });
        return Json(new JsonObject { ["ok"] = true, ["channel"] = body["channel"]?.DeepClone(), ["ts"] = ts });
    }

    /// <summary>Messages as conversations.history would list them (metadata included), in posting order.</summary>
    public System.Collections.Concurrent.ConcurrentQueue<JsonObject> Posted { get; } = new();

    /// <summary>The form fields of every conversations.history call.</summary>
    public System.Collections.Concurrent.ConcurrentQueue<Dictionary<string, string>> HistoryRequests { get; } = new();

    /// <summary>When set, conversations.history answers ok:false with this error (e.g. missing_scope).</summary>
    public string? HistoryError { get; set; }

    /// <summary>Lists <see cref="Posted"/> newest first; like Slack, metadata only with include_all_metadata=true.</summary>
    private async Task<IResult> HistoryAsync(HttpContext http)
    {
        var form = await http.Request.ReadFormAsync();
        HistoryRequests.Enqueue(form.ToDictionary(f => f.Key, f => f.Value.ToString()));
        if (HistoryError is { } error) return Json(new JsonObject { ["ok"] = false, ["error"] = error });
        var withMetadata = form["include_all_metadata"] == "true";
        var messages = Posted.Reverse().Select(m =>
        {
            var copy = m.DeepClone().AsObject();
            if (!withMetadata || copy["metadata"] is null) copy.Remove("metadata");
            return (JsonNode)copy;
        });
        return Json(new JsonObject { ["ok"] = true, ["messages"] = new JsonArray([.. messages]), ["has_more"] = false });
    }

    private static IResult Json(JsonObject json) => Results.Text(json.ToJsonString(), "application/json");

    public async ValueTask DisposeAsync()
    {
        await app.StopAsync();
        await app.DisposeAsync();
    }
}
