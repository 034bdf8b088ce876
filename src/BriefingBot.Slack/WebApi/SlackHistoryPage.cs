using System.Text.Json.Nodes;

namespace BriefingBot.Slack.WebApi;

/// <summary>One page of conversations.history; <paramref name="NextCursor"/> is null on the last page.</summary>
internal sealed record SlackHistoryPage(IReadOnlyList<JsonObject> Messages, string? NextCursor, bool HasMore);
