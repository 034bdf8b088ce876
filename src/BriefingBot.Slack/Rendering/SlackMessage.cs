using System.Text.Json.Nodes;

namespace BriefingBot.Slack.Rendering;

/// <summary>A rendered answer: <paramref name="Text"/> is the notification fallback, <paramref name="Blocks"/> what is shown.</summary>
internal sealed record SlackMessage(string Text, IReadOnlyList<SlackBlock> Blocks)
{
    public int TotalTextLength => Text.Length + Blocks.Sum(b => b.TextLength);

    /// <summary>Message <c>metadata</c> (<c>event_type</c>, <c>event_payload</c>), sent with chat.postMessage; digests carry their delivery id here.</summary>
    public JsonObject? Metadata { get; init; }

    /// <summary>The message body shared by inline answers, response_url posts and chat.postMessage.</summary>
    public JsonObject ToJson()
    {
        var json = new JsonObject
        {
            ["text"] = Text,
            ["blocks"] = new JsonArray([.. Blocks.Select(b => (JsonNode)b.ToJson())]),
        };
        if (Metadata is not null) json["metadata"] = Metadata.DeepClone();
        return json;
    }
}
