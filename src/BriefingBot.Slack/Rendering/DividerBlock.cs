using System.Text.Json.Nodes;

namespace BriefingBot.Slack.Rendering;

internal sealed record DividerBlock : SlackBlock
{
    public override int TextLength => 0;

    public override JsonObject ToJson() => new() { ["type"] = "divider" };
}
