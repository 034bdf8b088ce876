using System.Text.Json;
using System.Text.Json.Serialization;

namespace BriefingBot.Ingest.Sources;

/// <summary>
/// <c>config/sources.json</c>: a declarative list of feeds and pages.
/// <code>{ "sources": [ { "url": "https://example.org/feed.xml", "every": "15m" } ] }</code>
/// </summary>
public sealed class SourcesFile
{
    private static readonly JsonSerializerOptions Json = new()
    {
        PropertyNameCaseInsensitive = true,
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
    };

    [JsonPropertyName("sources")]
    public IReadOnlyList<SourcesFileEntry> Sources { get; init; } = [];

    /// <exception cref="SourceValidationException">The file is missing or is not valid JSON of this shape.</exception>
    public static SourcesFile Load(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (!File.Exists(path)) throw new SourceValidationException($"{path}: file not found");
        try
        {
            return JsonSerializer.Deserialize<SourcesFile>(File.ReadAllText(path), Json) ?? new SourcesFile();
        }
        catch (JsonException ex)
        {
            throw new SourceValidationException($"{path}: not a valid sources file ({ex.Message}); expected {{\"sources\": [{{\"url\": \"…\", \"every\": \"15m\"}}]}}", ex);
        }
    }
}
