using System.Text;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;

namespace BriefingBot.Slack.Hosting;

/// <summary>Writes Slack's JSON as built, independent of the host's JSON options (naming policies, source-generated resolvers).</summary>
internal static class SlackJsonResult
{
    public static IResult From(JsonObject json) => Results.Text(json.ToJsonString(), "application/json", Encoding.UTF8);
}
