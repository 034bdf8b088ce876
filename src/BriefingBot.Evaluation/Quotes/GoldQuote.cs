using System.Text.Json;

namespace BriefingBot.Evaluation.Quotes;

/// <summary>One annotated quote of the GenderGapTracker format: its span (marks included) and the resolved speaker.</summary>
internal sealed record GoldQuote(int Start, int End, string Text, string Reference, bool Direct)
{
    /// <summary>Gold quotes per document id. A quote without a recomputed span is located by its text; failing that it can never be found.</summary>
    public static Dictionary<string, List<GoldQuote>> ReadFile(string path)
    {
        var result = new Dictionary<string, List<GoldQuote>>(StringComparer.Ordinal);
        foreach (var line in File.ReadLines(path))
        {
            if (string.IsNullOrWhiteSpace(line)) continue;
            using var json = JsonDocument.Parse(line);
            var root = json.RootElement;
            var id = root.GetProperty("id").GetString() ?? throw new InvalidDataException($"{path}: a line has no id.");
            var text = root.TryGetProperty("text", out var t) ? t.GetString() ?? string.Empty : string.Empty;
            var quotes = new List<GoldQuote>();
            if (root.TryGetProperty("quotations", out var qs) && qs.ValueKind == JsonValueKind.Array)
            {
                foreach (var q in qs.EnumerateArray()) quotes.Add(Parse(q, text));
            }
            result[id] = quotes;
        }
        return result;
    }

    private static GoldQuote Parse(JsonElement q, string text)
    {
        var quote = q.TryGetProperty("quote", out var qt) ? qt.GetString() ?? string.Empty : string.Empty;
        var reference = q.TryGetProperty("reference", out var r) ? r.GetString() ?? string.Empty : string.Empty;
        var direct = quote.TrimStart().Length > 0 && quote.TrimStart()[0] is '"' or '“' or '”' or '«';
        int start = -1, end = -1;
        if (q.TryGetProperty("quote_span_recomputed", out var span) && span.ValueKind == JsonValueKind.Array && span.GetArrayLength() == 2)
        {
            start = span[0].GetInt32();
            end = span[1].GetInt32();
        }
        else
        {
            var trimmed = quote.Trim();
            var at = trimmed.Length > 0 ? text.IndexOf(trimmed, StringComparison.Ordinal) : -1;
            if (at >= 0) { start = at; end = at + trimmed.Length; }
        }
        return new GoldQuote(start, end, quote, reference, direct);
    }
}
