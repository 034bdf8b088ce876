using System.Text.Json.Nodes;

namespace BriefingBot.Slack.Rendering;

/// <param name="Elements">mrkdwn elements, already escaped.</param>
internal sealed record ContextBlock(IReadOnlyList<string> Elements) : SlackBlock
{
    public override int TextLength => Elements.Sum(e => e.Length);

    public override JsonObject ToJson() => new()
    {
        ["type"] = "context",
        ["elements"] = new JsonArray([.. Elements.Select(e => (JsonNode)Mrkdwn(e))]),
    };
}
