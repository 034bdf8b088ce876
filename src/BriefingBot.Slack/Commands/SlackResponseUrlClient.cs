using System.Text;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace BriefingBot.Slack.Commands;

/// <summary>Posts a deferred answer to a slash command's response_url, within the allow-list and the use limits.</summary>
internal sealed class SlackResponseUrlClient(HttpClient http, IOptions<SlackOptions> options, ResponseUrlTracker tracker, ILogger<SlackResponseUrlClient> logger)
{
    public const string HttpClientName = "slack-response-url";

    public async Task<bool> PostAsync(string responseUrl, JsonObject payload, CancellationToken cancellationToken)
    {
        if (!ResponseUrlPolicy.IsAllowed(responseUrl, options.Value.AllowedResponseUrlHosts))
        {
            logger.LogWarning("Refused to post to a response_url outside Slack:AllowedResponseUrlHosts");
            return false;
        }
        if (!tracker.TryUse(responseUrl))
        {
            logger.LogWarning("Refused to post to a response_url that is expired or used up");
            return false;
        }
        using var content = new StringContent(payload.ToJsonString(), Encoding.UTF8, "application/json");
        using var response = await http.PostAsync(new Uri(responseUrl), content, cancellationToken);
        if (!response.IsSuccessStatusCode)
        {
            logger.LogWarning("Slack response_url answered {Status}", (int)response.StatusCode);
            return false;
        }
        return true;
    }
}
