namespace BriefingBot.Slack.WebApi;

/// <summary>The Web API said no (<c>{"ok":false,"error":"…"}</c>) or kept failing; <see cref="Error"/> is Slack's code, e.g. <c>channel_not_found</c>.</summary>
public sealed class SlackApiException : Exception
{
    public SlackApiException()
        : this("unknown_error", "The Slack Web API call failed.")
    {
    }

    public SlackApiException(string message)
        : this("unknown_error", message)
    {
    }

    public SlackApiException(string message, Exception innerException)
        : base(message, innerException)
    {
        Error = "unknown_error";
    }

    public SlackApiException(string error, string message)
        : base(message)
    {
        Error = error;
    }

    public SlackApiException(string error, string message, Exception innerException)
        : base(message, innerException)
    {
        Error = error;
    }

    public string Error { get; }

    /// <summary>When Slack rate limited the call: its <c>Retry-After</c>.</summary>
    public TimeSpan? RetryAfter { get; init; }
}
