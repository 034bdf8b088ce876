using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using BriefingBot.Core.Commands.Replies;
using BriefingBot.Slack.Rendering;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace BriefingBot.Slack.WebApi;

/// <summary>
/// The few Slack Web API calls the bot makes (chat.postMessage, conversations.history, users.info). Honours 429 <c>Retry-After</c>, retries 5xx and
/// timeouts a bounded number of times with backoff, and turns <c>ok:false</c> into <see cref="SlackApiException"/>.
/// Used for mentions and by the digest sender.
/// </summary>
public sealed class SlackWebApiClient
{
    /// <summary>Attempts per call, the first included.</summary>
    public const int MaxAttempts = 4;

    private static readonly TimeSpan MaxRetryAfter = TimeSpan.FromMinutes(1);

    private readonly HttpClient http;
    private readonly IOptions<SlackOptions> options;
    private readonly ISlackRetryDelay delay;
    private readonly ILogger<SlackWebApiClient> logger;

    internal SlackWebApiClient(HttpClient http, IOptions<SlackOptions> options, ISlackRetryDelay delay, ILogger<SlackWebApiClient> logger)
    {
        this.http = http;
        this.options = options;
        this.delay = delay;
        this.logger = logger;
    }

    /// <summary>Renders <paramref name="reply"/> as Block Kit and posts it; returns the message <c>ts</c>.</summary>
    /// <param name="threadTs">Answer inside this thread, or null for the channel.</param>
    public Task<string> PostReplyAsync(string channel, BotReply reply, string? threadTs, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(reply);
        return PostMessageAsync(channel, SlackBlockRenderer.Render(reply), threadTs, cancellationToken);
    }

    internal async Task<string> PostMessageAsync(string channel, SlackMessage message, string? threadTs, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(channel);
        var payload = message.ToJson();
        payload["channel"] = channel;
        if (threadTs is not null) payload["thread_ts"] = threadTs;
        payload["unfurl_links"] = false;
        payload["unfurl_media"] = false;
        var json = payload.ToJsonString();
        var result = await CallAsync("chat.postMessage", () => new StringContent(json, Encoding.UTF8, "application/json"), cancellationToken);
        return result["ts"]?.GetValue<string>() ?? throw new SlackApiException("missing_ts", "chat.postMessage answered ok without a ts.");
    }

    /// <summary>
    /// chat.postMessage with one attempt only: chat.postMessage has no idempotency key, so a retry after a timeout or a
    /// 5xx could post twice. The digest outbox retries instead, after confirming. A 429 throws with
    /// <see cref="SlackApiException.RetryAfter"/>.
    /// </summary>
    internal async Task<string> PostMessageOnceAsync(string channel, SlackMessage message, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(channel);
        ArgumentNullException.ThrowIfNull(message);
        var payload = message.ToJson();
        payload["channel"] = channel;
        payload["unfurl_links"] = false;
        payload["unfurl_media"] = false;
        var json = payload.ToJsonString();
        var result = await CallAsync("chat.postMessage", () => new StringContent(json, Encoding.UTF8, "application/json"), cancellationToken, maxAttempts: 1);
        return result["ts"]?.GetValue<string>() ?? throw new SlackApiException("missing_ts", "chat.postMessage answered ok without a ts.");
    }

    /// <summary>
    /// conversations.history (scopes channels:history, groups:history): one page of messages posted since
    /// <paramref name="oldest"/>, newest first, with every app's metadata.
    /// </summary>
    internal async Task<SlackHistoryPage> ConversationsHistoryAsync(string channel, DateTimeOffset oldest, string? cursor, int limit, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(channel);
        var fields = new List<KeyValuePair<string, string>>
        {
            new("channel", channel),
            new("oldest", string.Create(CultureInfo.InvariantCulture, $"{Math.Max(0, oldest.ToUnixTimeSeconds())}.000000")),
            new("include_all_metadata", "true"),
            new("limit", limit.ToString(CultureInfo.InvariantCulture)),
        };
        if (!string.IsNullOrEmpty(cursor)) fields.Add(new("cursor", cursor));
        var result = await CallAsync("conversations.history", () => new FormUrlEncodedContent(fields), cancellationToken);
        var messages = (result["messages"] as JsonArray ?? []).OfType<JsonObject>().ToList();
        var next = result["response_metadata"]?["next_cursor"] is JsonValue v && v.TryGetValue<string>(out var c) && c.Length > 0 ? c : null;
        var hasMore = result["has_more"] is JsonValue more && more.TryGetValue<bool>(out var m) && m;
        return new SlackHistoryPage(messages, hasMore ? next : null, hasMore);
    }

    /// <summary>users.info (scope users:read): whether the user is a workspace admin or owner.</summary>
    internal async Task<bool> IsWorkspaceAdminAsync(string userId, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(userId);
        // Read methods take form fields, not JSON bodies.
        var result = await CallAsync("users.info", () => new FormUrlEncodedContent([new("user", userId)]), cancellationToken);
        var user = result["user"] as JsonObject;
        return Flag(user, "is_admin") || Flag(user, "is_owner") || Flag(user, "is_primary_owner");
    }

    private static bool Flag(JsonObject? json, string name) =>
        json?[name] is JsonValue value && value.TryGetValue<bool>(out var flag) && flag;

    private async Task<JsonObject> CallAsync(string method, Func<HttpContent> content, CancellationToken cancellationToken, int maxAttempts = MaxAttempts)
    {
        var token = options.Value.BotToken;
        if (string.IsNullOrWhiteSpace(token))
            throw new SlackApiException("not_configured", "Slack:BotToken is not set; the bot cannot call the Web API.");
        for (var attempt = 1; ; attempt++)
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, method) { Content = content() };
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
            HttpResponseMessage response;
            try
            {
                response = await http.SendAsync(request, cancellationToken);
            }
            catch (Exception ex) when (IsTransient(ex, cancellationToken) && attempt < maxAttempts)
            {
                var wait = Backoff(attempt);
                logger.LogWarning(ex, "Slack {Method} attempt {Attempt} failed; retrying in {Delay}", method, attempt, wait);
                await delay.DelayAsync(wait, cancellationToken);
                continue;
            }
            catch (Exception ex) when (IsTransient(ex, cancellationToken))
            {
                throw new SlackApiException("unreachable", $"Slack {method} failed after {attempt} attempts.", ex);
            }

            using (response)
            {
                if (response.StatusCode == HttpStatusCode.TooManyRequests)
                {
                    var wait = RetryAfter(response);
                    if (attempt >= maxAttempts) throw new SlackApiException("ratelimited", $"Slack {method} stayed rate limited after {attempt} attempts.") { RetryAfter = wait };
                    logger.LogWarning("Slack {Method} rate limited; retrying after {Delay}", method, wait);
                    await delay.DelayAsync(wait, cancellationToken);
                    continue;
                }
                if ((int)response.StatusCode >= 500)
                {
                    if (attempt >= maxAttempts) throw new SlackApiException(HttpError(response), $"Slack {method} answered {(int)response.StatusCode} {attempt} times.");
                    var wait = Backoff(attempt);
                    logger.LogWarning("Slack {Method} answered {Status}; retrying in {Delay}", method, (int)response.StatusCode, wait);
                    await delay.DelayAsync(wait, cancellationToken);
                    continue;
                }
                if (!response.IsSuccessStatusCode)
                    throw new SlackApiException(HttpError(response), $"Slack {method} answered {(int)response.StatusCode}.");

                var body = await response.Content.ReadAsStringAsync(cancellationToken);
                var result = ParseObject(body) ?? throw new SlackApiException("invalid_response", $"Slack {method} answered something that is not a JSON object: {body[..Math.Min(body.Length, 200)]}");
                if (result["ok"]?.GetValue<bool>() != true)
                {
                    var error = result["error"]?.GetValue<string>() ?? "unknown_error";
                    // A rate limit can also come as ok:false; keep Slack's wait when it sent one.
                    throw new SlackApiException(error, $"Slack {method} failed: {error}.")
                    {
                        RetryAfter = error == "ratelimited" && response.Headers.Contains("Retry-After") ? RetryAfter(response) : null,
                    };
                }
                return result;
            }
        }
    }

    private static JsonObject? ParseObject(string body)
    {
        try
        {
            return JsonNode.Parse(body) as JsonObject;
        }
        catch (System.Text.Json.JsonException)
        {
            return null;
        }
    }

    /// <summary>Network failures and our own per-request timeout are worth another try; the caller cancelling is not.</summary>
    private static bool IsTransient(Exception ex, CancellationToken cancellationToken) =>
        ex is HttpRequestException || (ex is TaskCanceledException && !cancellationToken.IsCancellationRequested);

    private static TimeSpan Backoff(int attempt) => TimeSpan.FromMilliseconds(500 * Math.Pow(2, attempt - 1));

    /// <summary>Retry-After in seconds (fractions allowed), capped so one header cannot park the sender for long.</summary>
    private static TimeSpan RetryAfter(HttpResponseMessage response)
    {
        if (response.Headers.TryGetValues("Retry-After", out var values)
            && double.TryParse(values.FirstOrDefault(), NumberStyles.Float, CultureInfo.InvariantCulture, out var seconds)
            && seconds >= 0)
        {
            var wait = TimeSpan.FromSeconds(seconds);
            return wait > MaxRetryAfter ? MaxRetryAfter : wait;
        }
        return TimeSpan.FromSeconds(1);
    }

    private static string HttpError(HttpResponseMessage response) => string.Create(CultureInfo.InvariantCulture, $"http_{(int)response.StatusCode}");
}
