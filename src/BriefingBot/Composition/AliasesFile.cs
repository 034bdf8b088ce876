using System.Text.Json;
using BriefingBot.Core.Index;
using Microsoft.Extensions.Configuration;

namespace BriefingBot.Composition;

/// <summary>
/// Loads the operator's speaker aliases from <c>Aliases:File</c>, else config/aliases.json beside the working directory
/// or the binary. A missing file means no aliases; a malformed one stops start-up with a message naming the file.
/// </summary>
internal static class AliasesFile
{
    public static SpeakerAliases Load(IConfiguration configuration)
    {
        var path = configuration["Aliases:File"] ?? BundledConfig.Locate("aliases.json");
        if (path is null) return SpeakerAliases.None;
        try
        {
            using var stream = File.OpenRead(path);
            using var json = JsonDocument.Parse(stream, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
            var table = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
            if (json.RootElement.TryGetProperty("aliases", out var aliases))
            {
                foreach (var entry in aliases.EnumerateObject())
                    table[entry.Name] = entry.Value.EnumerateArray().Select(v => v.GetString()).OfType<string>().ToList();
            }
            return new SpeakerAliases(table);
        }
        catch (Exception ex) when (ex is JsonException or InvalidOperationException or IOException or UnauthorizedAccessException)
        {
            throw new InvalidDataException($"{path}: not a valid aliases file ({ex.Message}). Expected {{\"aliases\": {{\"Canonical Name\": [\"alias\", …]}}}}.", ex);
        }
    }
}
