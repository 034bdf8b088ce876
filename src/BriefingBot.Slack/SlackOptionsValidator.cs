using System.Net;
using Microsoft.Extensions.Options;

namespace BriefingBot.Slack;

/// <summary>Checks what data annotations cannot express, so a bad setting fails at start with the key named.</summary>
internal sealed class SlackOptionsValidator : IValidateOptions<SlackOptions>
{
    public ValidateOptionsResult Validate(string? name, SlackOptions options)
    {
        var failures = new List<string>();
        if (!options.ApiBaseUrl.IsAbsoluteUri || !IsHttpsOrLoopback(options.ApiBaseUrl))
            failures.Add("Slack:ApiBaseUrl must be an absolute https URL (http only for loopback test servers).");
        else if (!options.ApiBaseUrl.AbsolutePath.EndsWith('/'))
            failures.Add("Slack:ApiBaseUrl must end with '/' (e.g. https://slack.com/api/).");
        if (options.AllowedResponseUrlHosts.Count == 0 || options.AllowedResponseUrlHosts.Any(string.IsNullOrWhiteSpace))
            failures.Add("Slack:AllowedResponseUrlHosts must list at least one host (hooks.slack.com in production).");
        if (options.AdminUserIds.Any(string.IsNullOrWhiteSpace))
            failures.Add("Slack:AdminUserIds must not contain empty entries.");
        if (options.BotToken is { Length: > 0 } token && !token.StartsWith("xoxb-", StringComparison.Ordinal))
            failures.Add("Slack:BotToken must be a bot token starting with 'xoxb-'.");
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    internal static bool IsHttpsOrLoopback(Uri uri) =>
        uri.Scheme == Uri.UriSchemeHttps || (uri.Scheme == Uri.UriSchemeHttp && IsLoopback(uri.Host));

    internal static bool IsLoopback(string host) =>
        host.Equals("localhost", StringComparison.OrdinalIgnoreCase)
        || (IPAddress.TryParse(host.Trim('[', ']'), out var ip) && IPAddress.IsLoopback(ip));
}
