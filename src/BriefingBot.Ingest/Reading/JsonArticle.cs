using System.Text.Json;

namespace BriefingBot.Ingest.Reading;

/// <summary>
/// One article as a JSON object: <c>text</c> (required), <c>id</c>, <c>title</c>, <c>url</c>, <c>published</c> (or
/// <c>dct</c>), <c>published_approximate</c>, <c>authors</c>, <c>source</c>, <c>summarySentences</c>.
/// </summary>
internal static class JsonArticle
{
    public static ReadEntry Map(JsonElement element, string path, int? line)
    {
        if (element.ValueKind != JsonValueKind.Object)
            return ReadEntry.Failed(path, $"expected a JSON object, found {Describe(element.ValueKind)}", line);

        if (!element.TryGetProperty("text", out var textElement) || textElement.ValueKind != JsonValueKind.String)
            return ReadEntry.Failed(path, "missing \"text\" (the article text, a string)", line);
        var text = textElement.GetString()!;
        if (string.IsNullOrWhiteSpace(text)) return ReadEntry.Failed(path, "\"text\" is empty", line);

        var metadata = Metadata.FromFields(element.EnumerateObject()
            .Where(p => p.Name != "text")
            .Select(p => KeyValuePair.Create(p.Name, ToValue(p.Value))));
        return ReadEntry.Of(new ReadDocument
        {
            File = path,
            Line = line,
            Text = text,
            Title = metadata.Title,
            Url = metadata.Url,
            Source = metadata.Source,
            Id = metadata.Id,
            Published = metadata.Published,
            PublishedApproximate = metadata.PublishedApproximate,
            Authors = metadata.Authors,
            SummarySentences = metadata.SummarySentences,
            Warnings = metadata.Warnings,
        });
    }

    private static object? ToValue(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String => value.GetString(),
        JsonValueKind.Number => value.GetRawText(),
        JsonValueKind.True => true,
        JsonValueKind.False => false,
        JsonValueKind.Array => value.EnumerateArray().Select(ToValue).ToList(),
        _ => null,
    };

    private static string Describe(JsonValueKind kind) => kind switch
    {
        JsonValueKind.Array => "an array",
        JsonValueKind.String => "a string",
        JsonValueKind.Number => "a number",
        JsonValueKind.Null => "null",
        _ => "a " + kind.ToString().ToLowerInvariant(),
    };
}
