using System.Text.Json;

namespace BriefingBot.Ingest.Reading;

/// <summary><c>.json</c>: one article object, or an array of them. A bad element is reported and the others kept.</summary>
internal sealed class JsonReader : WholeFileReader
{
    public override IReadOnlyCollection<string> Extensions { get; } = [".json"];

    public override IEnumerable<ReadEntry> Parse(string path, string text)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(text, new JsonDocumentOptions { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip });
        }
        catch (JsonException ex)
        {
            return [ReadEntry.Failed(path, $"invalid JSON: {ex.Message}")];
        }
        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Array) return [JsonArticle.Map(root, path, line: null)];
            var entries = new List<ReadEntry>();
            var index = 0;
            foreach (var element in root.EnumerateArray())
            {
                var entry = JsonArticle.Map(element, path, line: null);
                // Name the element: a JSON array has no useful line numbers once parsed.
                entries.Add(entry.Problem is { } p ? ReadEntry.Failed(path, $"item {index}: {p.Reason}") : entry);
                index++;
            }
            return entries;
        }
    }
}
