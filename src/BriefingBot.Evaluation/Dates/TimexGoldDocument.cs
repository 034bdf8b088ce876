using System.Text.Json;

namespace BriefingBot.Evaluation.Dates;

/// <summary>A gold line of a TIMEX3 collection (MEANTIME export): <c>id</c>, <c>text</c>, <c>dct</c>, <c>timexes[]</c>.</summary>
public sealed record TimexGoldDocument(string Id, string Text, IReadOnlyList<GoldTimex> Timexes)
{
    public static IReadOnlyList<TimexGoldDocument> ReadJsonLines(string path)
    {
        var documents = new List<TimexGoldDocument>();
        foreach (var line in File.ReadLines(path))
        {
            if (string.IsNullOrWhiteSpace(line)) continue;
            using var json = JsonDocument.Parse(line);
            var root = json.RootElement;
            var id = root.GetProperty("id").GetString() ?? throw new InvalidDataException($"{path}: a line has no \"id\".");
            var text = root.TryGetProperty("text", out var t) ? t.GetString() ?? string.Empty : string.Empty;
            var timexes = new List<GoldTimex>();
            if (root.TryGetProperty("timexes", out var list) && list.ValueKind == JsonValueKind.Array)
            {
                foreach (var x in list.EnumerateArray())
                {
                    timexes.Add(new GoldTimex(
                        x.GetProperty("start").GetInt32(),
                        x.GetProperty("end").GetInt32(),
                        x.TryGetProperty("text", out var s) ? s.GetString() ?? string.Empty : string.Empty,
                        x.TryGetProperty("type", out var ty) ? ty.GetString() ?? string.Empty : string.Empty,
                        x.TryGetProperty("value", out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() ?? string.Empty : string.Empty));
                }
            }
            documents.Add(new TimexGoldDocument(id, text, timexes));
        }
        return documents;
    }
}
