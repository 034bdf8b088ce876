using System.Net;
using System.Text.Json;

namespace BriefingBot.Discord.Rest;

/// <summary>Discord answered with an error. <see cref="Code"/> is Discord's JSON error code when it sent one.</summary>
public sealed class DiscordApiException : Exception
{
    public DiscordApiException()
    {
    }

    public DiscordApiException(string message)
        : base(message)
    {
    }

    public DiscordApiException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public DiscordApiException(HttpStatusCode statusCode, int code, string message)
        : base(message)
    {
        StatusCode = statusCode;
        Code = code;
    }

    public HttpStatusCode StatusCode { get; }

    /// <summary>Discord's JSON error code, or 0 when the body had none.</summary>
    public int Code { get; }

    /// <summary>On a 429: how long Discord asked to wait (<c>retry_after</c>).</summary>
    public TimeSpan? RetryAfter { get; init; }

    public DiscordErrorCode ErrorCode => Enum.IsDefined(typeof(DiscordErrorCode), Code) ? (DiscordErrorCode)Code : DiscordErrorCode.None;

    /// <summary>The interaction token is gone (expired after 15 minutes, or never valid): nothing more can be sent with it.</summary>
    public bool IsInteractionGone => ErrorCode is DiscordErrorCode.UnknownInteraction or DiscordErrorCode.InvalidWebhookToken;

    internal static DiscordApiException From(HttpStatusCode status, string body, string what, TimeSpan? retryAfter = null)
    {
        var code = 0;
        string? discordMessage = null;
        string? details = null;
        try
        {
            using var doc = JsonDocument.Parse(body);
            var root = doc.RootElement;
            if (root.ValueKind == JsonValueKind.Object)
            {
                if (root.TryGetProperty("code", out var c) && c.ValueKind == JsonValueKind.Number && c.TryGetInt32(out var n)) code = n;
                if (root.TryGetProperty("message", out var m) && m.ValueKind == JsonValueKind.String) discordMessage = m.GetString();
                if (root.TryGetProperty("errors", out var e)) details = Shorten(e.GetRawText(), 500);
            }
        }
        catch (JsonException)
        {
            discordMessage = Shorten(body, 200);
        }
        var meaning = Explain(code, status);
        var text = $"Discord refused {what}: {(int)status} {meaning}"
            + (discordMessage is { Length: > 0 } ? $" (\"{discordMessage}\"" + (code != 0 ? $", code {code})" : ")") : string.Empty)
            + (details is null ? string.Empty : $"; details: {details}");
        return new DiscordApiException(status, code, text) { RetryAfter = retryAfter };
    }

    private static string Explain(int code, HttpStatusCode status) => (DiscordErrorCode)code switch
    {
        DiscordErrorCode.UnknownChannel => "unknown channel: it was deleted or the id is wrong",
        DiscordErrorCode.UnknownInteraction => "unknown interaction: it expired or was already answered elsewhere",
        DiscordErrorCode.InteractionAlreadyAcknowledged => "the interaction was already acknowledged",
        DiscordErrorCode.MissingAccess => "missing access: the bot cannot see that channel or guild",
        DiscordErrorCode.MissingPermissions => "missing permissions: the bot lacks a permission (e.g. Send Messages, Embed Links)",
        DiscordErrorCode.InvalidWebhookToken => "invalid webhook token: the interaction token expired (15 minutes)",
        DiscordErrorCode.InvalidFormBody => "invalid form body: the payload broke a Discord limit or rule",
        _ => status switch
        {
            HttpStatusCode.Unauthorized => "unauthorized: check Discord:BotToken",
            HttpStatusCode.Forbidden => "forbidden",
            HttpStatusCode.NotFound => "not found",
            HttpStatusCode.TooManyRequests => "rate limited, retries exhausted",
            _ => "error",
        },
    };

    private static string Shorten(string s, int max) => s.Length <= max ? s : s[..max] + "…";
}
