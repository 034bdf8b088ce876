using System.Text.Json.Nodes;

namespace BriefingBot.Cli.Output;

/// <summary>Writes JSON to stdout directly (not through Spectre, which would wrap lines), so scripts can parse it.</summary>
internal static class JsonOutput
{
    public static void Write(JsonNode node) => Console.Out.WriteLine(node.ToJsonString(AnswerJson.Options));

    /// <summary>One compact object per line (JSON Lines).</summary>
    public static void WriteLine(JsonNode node) => Console.Out.WriteLine(node.ToJsonString(AnswerJson.CompactOptions));
}
