using System.Text.Json.Nodes;

namespace BriefingBot.Slack.Rendering;

/// <summary>A Block Kit block, typed so the renderer's limits can be checked before anything is sent.</summary>
internal abstract record SlackBlock
{
    /// <summary>Characters of text this block carries (what counts toward the message budget).</summary>
    public abstract int TextLength { get; }

    public abstract JsonObject ToJson();

    protected static JsonObject Mrkdwn(string text) => new() { ["type"] = "mrkdwn", ["text"] = text };
}
