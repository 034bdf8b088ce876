using System.Text.Json.Nodes;

namespace BriefingBot.Slack.Rendering;

/// <param name="Text">mrkdwn, already escaped; null when the section only has fields.</param>
internal sealed record SectionBlock(string? Text, IReadOnlyList<string>? Fields = null) : SlackBlock
{
    public override int TextLength => (Text?.Length ?? 0) + (Fields?.Sum(f => f.Length) ?? 0);

    public override JsonObject ToJson()
    {
        var json = new JsonObject { ["type"] = "section" };
        if (Text is not null) json["text"] = Mrkdwn(Text);
        if (Fields is { Count: > 0 }) json["fields"] = new JsonArray([.. Fields.Select(f => (JsonNode)Mrkdwn(f))]);
        return json;
    }
}
