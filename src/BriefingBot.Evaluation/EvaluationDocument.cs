using System.Text.Json;
using BriefingBot.Core.Analysis;
using BriefingBot.Core.Time;

namespace BriefingBot.Evaluation;

/// <summary>One line of a <c>*.input.jsonl</c> file: <c>id</c>, <c>text</c>, optional <c>published</c>/<c>dct</c>, <c>title</c>, <c>summarySentences</c>.</summary>
public sealed record EvaluationDocument(string Id, string Text, PartialDate? Published, string? Title, int? SummarySentences)
{
    public DocumentInput ToInput() => new(Text, Published, Title, 0, SummarySentences);

    public static IReadOnlyList<EvaluationDocument> ReadJsonLines(string path)
    {
        var documents = new List<EvaluationDocument>();
        foreach (var line in File.ReadLines(path))
        {
            if (string.IsNullOrWhiteSpace(line)) continue;
            using var json = JsonDocument.Parse(line);
            var root = json.RootElement;
            var published = Str(root, "published") ?? Str(root, "dct");
            documents.Add(new EvaluationDocument(
                Str(root, "id") ?? throw new InvalidDataException($"{path}: a line has no \"id\"."),
                Str(root, "text") ?? string.Empty,
                PartialDate.TryParse(published, out var date) ? date : null,
                Str(root, "title"),
                root.TryGetProperty("summarySentences", out var n) && n.ValueKind == JsonValueKind.Number ? n.GetInt32() : null));
        }
        return documents;
    }

    private static string? Str(JsonElement root, string name) =>
        root.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;
}
