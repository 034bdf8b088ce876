using System.Text.Json;

namespace BriefingBot.Evaluation.Summaries;

/// <summary>One line of a summary gold file: the reference sentences and, when given, the Lead-N sentences.</summary>
internal sealed record SummaryGold(string Id, IReadOnlyList<string> Reference, IReadOnlyList<string>? Lead)
{
    public static IReadOnlyDictionary<string, SummaryGold> ReadJsonLines(string path)
    {
        var gold = new Dictionary<string, SummaryGold>(StringComparer.Ordinal);
        foreach (var line in File.ReadLines(path))
        {
            if (string.IsNullOrWhiteSpace(line)) continue;
            using var json = JsonDocument.Parse(line);
            var root = json.RootElement;
            var id = root.TryGetProperty("id", out var idElement) && idElement.ValueKind == JsonValueKind.String
                ? idElement.GetString()!
                : throw new InvalidDataException($"{path}: a line has no \"id\".");
            var reference = Strings(root, "reference") ?? throw new InvalidDataException($"{path}: {id} has no \"reference\" list.");
            gold[id] = new SummaryGold(id, reference, Strings(root, "lead"));
        }
        return gold;
    }

    private static List<string>? Strings(JsonElement root, string name) =>
        root.TryGetProperty(name, out var list) && list.ValueKind == JsonValueKind.Array
            ? list.EnumerateArray().Where(e => e.ValueKind == JsonValueKind.String).Select(e => e.GetString()!).ToList()
            : null;
}
