using System.Text.Json.Nodes;

namespace BriefingBot.Slack.Rendering;

/// <param name="Text">plain_text: shown literally, mentions never resolve, so it needs no escaping.</param>
internal sealed record HeaderBlock(string Text) : SlackBlock
{
    public override int TextLength => Text.Length;

    public override JsonObject ToJson() => new()
    {
        ["type"] = "header",
        ["text"] = new JsonObject { ["type"] = "plain_text", ["text"] = Text, ["emoji"] = true },
    };
}
