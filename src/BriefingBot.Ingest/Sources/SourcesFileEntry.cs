using System.Text.Json.Serialization;

namespace BriefingBot.Ingest.Sources;

/// <summary>One entry of <c>config/sources.json</c>; <see cref="Every"/> uses the <c>--every</c> syntax (<c>15m</c>, <c>1h</c>).</summary>
public sealed class SourcesFileEntry
{
    [JsonPropertyName("url")]
    public string Url { get; init; } = string.Empty;

    [JsonPropertyName("every")]
    public string? Every { get; init; }
}
