using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using BriefingBot.Discord.Registration;
using BriefingBot.Discord.Rendering;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace BriefingBot.Discord.Rest;

/// <summary>
/// The few Discord REST calls BriefingBot makes. Typed client over <see cref="IHttpClientFactory"/>; waits for
/// rate-limit buckets before sending, retries 429s after <c>retry_after</c> and 5xx with backoff, a bounded number
/// of times, and turns Discord's errors into <see cref="DiscordApiException"/>.
/// </summary>
public sealed class DiscordRestClient
{
    /// <summary>Attempts per call, first one included.</summary>
    internal const int MaxAttempts = 4;

    private readonly HttpClient _http;
    private readonly DiscordRateLimiter _limiter;
    private readonly TimeProvider _time;
    private readonly DiscordOptions _options;
    private readonly ILogger<DiscordRestClient> _logger;

    internal DiscordRestClient(HttpClient http, DiscordRateLimiter limiter, TimeProvider time, IOptions<DiscordOptions> options, ILogger<DiscordRestClient> logger)
    {
        _http = http;
        _limiter = limiter;
        _time = time;
        _options = options.Value;
        _logger = logger;
    }

    /// <summary>First backoff after a 5xx; doubles each attempt.</summary>
    internal TimeSpan ServerErrorBackoff { get; init; } = TimeSpan.FromMilliseconds(250);

    /// <summary>Replaces the deferred "thinking…" message of an interaction (token valid 15 minutes).</summary>
    public async Task EditOriginalResponseAsync(string interactionToken, DiscordMessage message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        // Edits cannot change flags (ephemerality is fixed when deferring), so none are sent.
        var body = Serialize(message with { Flags = null });
        await SendAsync(Webhook(HttpMethod.Patch, interactionToken, "/messages/@original"), body, "editing the interaction response", retryRateLimits: true, cancellationToken);
    }

    /// <summary>Deletes the original interaction response, e.g. to replace a public "thinking…" with an ephemeral error.</summary>
    public async Task DeleteOriginalResponseAsync(string interactionToken, CancellationToken cancellationToken) =>
        await SendAsync(Webhook(HttpMethod.Delete, interactionToken, "/messages/@original"), null, "deleting the interaction response", retryRateLimits: true, cancellationToken);

    /// <summary>Sends a follow-up message to an interaction; returns the new message id.</summary>
    public async Task<string> CreateFollowupAsync(string interactionToken, DiscordMessage message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        using var doc = await SendAsync(Webhook(HttpMethod.Post, interactionToken, string.Empty), Serialize(message), "sending a follow-up", retryRateLimits: true, cancellationToken);
        return MessageId(doc);
    }

    /// <summary>
    /// Posts a message to a channel (digests); returns the message id. With a <paramref name="nonce"/> (at most 25
    /// characters) and <c>enforce_nonce</c>, Discord returns the earlier message instead of posting a duplicate when a
    /// retry repeats the nonce within a few minutes.
    /// </summary>
    public Task<string> CreateChannelMessageAsync(string channelId, DiscordMessage message, string? nonce, CancellationToken cancellationToken) =>
        CreateChannelMessageAsync(channelId, message, nonce, retryRateLimits: true, cancellationToken);

    /// <summary>
    /// Like <see cref="CreateChannelMessageAsync(string, DiscordMessage, string?, CancellationToken)"/>; with
    /// <paramref name="retryRateLimits"/> false a 429 is thrown at once (with <see cref="DiscordApiException.RetryAfter"/>)
    /// so a caller with its own retry schedule (the digest outbox) is not held up.
    /// </summary>
    internal async Task<string> CreateChannelMessageAsync(string channelId, DiscordMessage message, string? nonce, bool retryRateLimits, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(channelId);
        ArgumentNullException.ThrowIfNull(message);
        if (nonce is { Length: > 25 }) throw new ArgumentException("A Discord nonce is at most 25 characters.", nameof(nonce));
        var body = Serialize(message with { Flags = null });
        if (nonce is not null)
        {
            body["nonce"] = nonce;
            body["enforce_nonce"] = true;
        }
        var id = Uri.EscapeDataString(channelId);
        var route = new DiscordRoute(HttpMethod.Post, $"channels/{id}/messages", "channels/{channel}/messages", "channel:" + channelId, UsesBotToken: true);
        using var doc = await SendAsync(route, body, $"posting to channel {channelId}", retryRateLimits, cancellationToken);
        return MessageId(doc);
    }

    /// <summary>
    /// <c>GET /channels/{id}/messages</c>: up to <paramref name="limit"/> (1-100) messages, newest first; with
    /// <paramref name="after"/>, the ones following that snowflake. Needs the Read Message History permission.
    /// </summary>
    public async Task<IReadOnlyList<DiscordChannelMessage>> GetChannelMessagesAsync(string channelId, ulong? after, int limit, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(channelId);
        ArgumentOutOfRangeException.ThrowIfLessThan(limit, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(limit, 100);
        var id = Uri.EscapeDataString(channelId);
        var query = string.Create(CultureInfo.InvariantCulture, $"?limit={limit}") + (after is { } a ? string.Create(CultureInfo.InvariantCulture, $"&after={a}") : string.Empty);
        var route = new DiscordRoute(HttpMethod.Get, $"channels/{id}/messages{query}", "channels/{channel}/messages", "channel:" + channelId, UsesBotToken: true);
        using var doc = await SendAsync(route, null, $"reading channel {channelId}", retryRateLimits: true, cancellationToken);
        return doc is { RootElement.ValueKind: JsonValueKind.Array } ? [.. doc.RootElement.EnumerateArray().Select(DiscordChannelMessage.From)] : [];
    }

    /// <summary>Replaces every global command (visible in all guilds within about an hour).</summary>
    public Task BulkOverwriteGlobalCommandsAsync(IReadOnlyList<DiscordApplicationCommand> commands, CancellationToken cancellationToken) =>
        OverwriteAsync(null, commands, cancellationToken);

    /// <summary>Replaces every command of one guild (visible immediately; good for testing).</summary>
    public Task BulkOverwriteGuildCommandsAsync(string guildId, IReadOnlyList<DiscordApplicationCommand> commands, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(guildId);
        return OverwriteAsync(guildId, commands, cancellationToken);
    }

    private async Task OverwriteAsync(string? guildId, IReadOnlyList<DiscordApplicationCommand> commands, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(commands);
        var app = Uri.EscapeDataString(RequireApplicationId());
        var route = guildId is null
            ? new DiscordRoute(HttpMethod.Put, $"applications/{app}/commands", "applications/{app}/commands", "app:" + app, UsesBotToken: true)
            : new DiscordRoute(HttpMethod.Put, $"applications/{app}/guilds/{Uri.EscapeDataString(guildId)}/commands", "applications/{app}/guilds/{guild}/commands", "guild:" + guildId, UsesBotToken: true);
        var body = JsonSerializer.SerializeToNode(commands, DiscordJson.Options);
        using var _ = await SendAsync(route, body, guildId is null ? "registering global commands" : $"registering commands in guild {guildId}", retryRateLimits: true, cancellationToken);
    }

    private DiscordRoute Webhook(HttpMethod method, string token, string suffix)
    {
        ArgumentException.ThrowIfNullOrEmpty(token);
        var app = Uri.EscapeDataString(RequireApplicationId());
        return new DiscordRoute(method, $"webhooks/{app}/{Uri.EscapeDataString(token)}{suffix}", "webhooks/{app}/{token}" + suffix, "webhook:" + token, UsesBotToken: false);
    }

    private async Task<JsonDocument?> SendAsync(DiscordRoute route, JsonNode? body, string what, bool retryRateLimits, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            await _limiter.WaitAsync(route, cancellationToken);
            using var request = new HttpRequestMessage(route.Method, route.Path);
            if (route.UsesBotToken) request.Headers.Authorization = new AuthenticationHeaderValue("Bot", RequireBotToken());
            if (body is not null) request.Content = JsonContent.Create(body, options: DiscordJson.Options);

            HttpResponseMessage response;
            try
            {
                response = await _http.SendAsync(request, cancellationToken);
            }
            catch (HttpRequestException ex) when (attempt < MaxAttempts)
            {
                _logger.LogWarning(ex, "Discord request {Route} failed to connect (attempt {Attempt})", route.TemplateKey, attempt);
                await Task.Delay(Backoff(attempt), _time, cancellationToken);
                continue;
            }
            using (response)
            {
                _limiter.Update(route, response.Headers);
                var text = await response.Content.ReadAsStringAsync(cancellationToken);
                if (response.IsSuccessStatusCode)
                    return text.Length == 0 || response.StatusCode == HttpStatusCode.NoContent ? null : JsonDocument.Parse(text);
                if (response.StatusCode == HttpStatusCode.TooManyRequests)
                {
                    var (retryAfter, global) = RetryAfter(response, text);
                    _limiter.RateLimited(route, retryAfter, global);
                    _logger.LogWarning("Discord rate limited {Route} for {RetryAfter} (global: {Global}, attempt {Attempt})", route.TemplateKey, retryAfter, global, attempt);
                    if (retryRateLimits && attempt < MaxAttempts) continue;
                    throw DiscordApiException.From(response.StatusCode, text, what, retryAfter);
                }
                else if ((int)response.StatusCode >= 500 && attempt < MaxAttempts)
                {
                    _logger.LogWarning("Discord answered {Status} on {Route} (attempt {Attempt}); retrying", (int)response.StatusCode, route.TemplateKey, attempt);
                    await Task.Delay(Backoff(attempt), _time, cancellationToken);
                    continue;
                }
                throw DiscordApiException.From(response.StatusCode, text, what);
            }
        }
    }

    /// <summary>The body's <c>retry_after</c> (fractional seconds) is authoritative; the Retry-After header is the fallback.</summary>
    internal static (TimeSpan RetryAfter, bool Global) RetryAfter(HttpResponseMessage response, string body)
    {
        var retryAfter = TimeSpan.FromSeconds(1);
        var global = response.Headers.TryGetValues("X-RateLimit-Global", out var g) && g.Any(v => v.Equals("true", StringComparison.OrdinalIgnoreCase));
        if (response.Headers.TryGetValues("Retry-After", out var header) && DiscordRateLimiter.TryParseSeconds(header.FirstOrDefault(), out var fromHeader))
            retryAfter = fromHeader;
        try
        {
            using var doc = JsonDocument.Parse(body);
            if (doc.RootElement.ValueKind == JsonValueKind.Object)
            {
                if (doc.RootElement.TryGetProperty("retry_after", out var r) && r.ValueKind == JsonValueKind.Number && r.GetDouble() >= 0)
                    retryAfter = TimeSpan.FromSeconds(Math.Min(r.GetDouble(), 3600));
                if (doc.RootElement.TryGetProperty("global", out var gl) && gl.ValueKind == JsonValueKind.True) global = true;
            }
        }
        catch (JsonException)
        {
            // A 429 from a proxy in front of Discord may not be JSON; the header value stands.
        }
        return (retryAfter, global);
    }

    private TimeSpan Backoff(int attempt) => ServerErrorBackoff * Math.Pow(2, attempt - 1);

    private static JsonObject Serialize(DiscordMessage message) =>
        JsonSerializer.SerializeToNode(message, DiscordJson.Options)!.AsObject();

    private static string MessageId(JsonDocument? doc) =>
        doc is not null && doc.RootElement.ValueKind == JsonValueKind.Object && doc.RootElement.TryGetProperty("id", out var id) && id.ValueKind == JsonValueKind.String && id.GetString() is { } s
            ? s
            : throw new DiscordApiException("Discord accepted the message but returned no message id.");

    private string RequireApplicationId() =>
        _options.ApplicationId is { Length: > 0 } id ? id : throw new InvalidOperationException("Discord:ApplicationId is not configured.");

    private string RequireBotToken() =>
        _options.BotToken is { Length: > 0 } token ? token : throw new InvalidOperationException("Discord:BotToken is not configured; set it with the environment variable Discord__BotToken.");
}
