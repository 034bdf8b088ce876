namespace BriefingBot.Slack.Commands;

/// <summary>
/// Where the bot may POST a response_url answer. The body is signed, but a leaked signing secret must not turn
/// the bot into a proxy to internal addresses: only the configured hosts, https only (http only for loopback tests).
/// </summary>
internal static class ResponseUrlPolicy
{
    public static bool IsAllowed(string? responseUrl, IEnumerable<string> allowedHosts)
    {
        if (string.IsNullOrWhiteSpace(responseUrl)) return false;
        if (!Uri.TryCreate(responseUrl, UriKind.Absolute, out var uri)) return false;
        if (uri.UserInfo.Length > 0) return false;
        if (!SlackOptionsValidator.IsHttpsOrLoopback(uri)) return false;
        return allowedHosts.Any(h => string.Equals(h.Trim(), uri.Host, StringComparison.OrdinalIgnoreCase));
    }
}
