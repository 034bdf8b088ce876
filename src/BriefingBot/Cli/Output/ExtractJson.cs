using System.Text.Json.Nodes;
using BriefingBot.Core.Analysis;
using BriefingBot.Ingest.Reading;

namespace BriefingBot.Cli.Output;

/// <summary>
/// The <c>extract --json</c> shape of INTERFACES.md. Offsets are UTF-16 code units into the text exactly as read from
/// the file (BOM removed), so outside scorers can compare spans with gold data.
/// </summary>
internal static class ExtractJson
{
    public static JsonObject Document(ReadDocument document, DocumentAnalysis result, bool includeFile)
    {
        var a = result.Analysis;
        var text = document.Text;
        var json = new JsonObject();
        if (includeFile) json["file"] = document.File;
        if (document.Id is not null) json["id"] = document.Id;
        json["title"] = document.Title;
        json["published"] = result.Published?.ToString();
        if (result.PublishedInferred) json["publishedInferred"] = true;
        json["textLength"] = text.Length;
        json["truncated"] = a.Truncated;
        json["sentences"] = Array(a.Sentences, s => new JsonObject { ["start"] = s.Start, ["end"] = s.End });
        json["entities"] = Array(a.Entities, e => new JsonObject
        {
            ["name"] = e.Name, ["kind"] = e.Kind.ToString().ToLowerInvariant(),
            ["aliases"] = new JsonArray(e.Aliases.Select(x => (JsonNode)JsonValue.Create(x)!).ToArray()),
            ["role"] = e.Role, ["mentions"] = e.Mentions,
        });
        json["quotes"] = Array(a.Quotes, q => new JsonObject
        {
            ["text"] = q.Text, ["start"] = q.Start, ["end"] = q.End, ["kind"] = q.Kind.ToString().ToLowerInvariant(),
            ["speaker"] = q.Speaker, ["speakerSurface"] = q.SpeakerSurface, ["cue"] = q.Cue,
            ["confidence"] = Math.Round(q.Confidence, 3), ["sentence"] = q.Sentence,
        });
        json["timexes"] = Array(a.Timexes, t => new JsonObject
        {
            ["text"] = t.Text, ["start"] = t.Start, ["end"] = t.End, ["type"] = t.Type, ["value"] = t.Value, ["mod"] = t.Mod, ["anchor"] = t.Anchor,
        });
        json["events"] = Array(a.Events, e => new JsonObject
        {
            ["date"] = e.Date, ["precision"] = AnswerJson.Precision(e.Precision), ["sentence"] = e.Sentence, ["text"] = e.Text,
        });
        json["summary"] = Array(a.Summary, i => new JsonObject { ["sentence"] = i, ["text"] = text[a.Sentences[i].Start..a.Sentences[i].End] });
        json["keywords"] = new JsonArray(a.Keywords.Select(k => (JsonNode)JsonValue.Create(k)!).ToArray());
        json["boilerplateRemoved"] = Array(a.BoilerplateRemoved, b => new JsonObject { ["start"] = b.Start, ["end"] = b.End, ["reason"] = b.Reason });
        return json;
    }

    private static JsonArray Array<T>(IEnumerable<T> items, Func<T, JsonObject> map) => new(items.Select(i => (JsonNode)map(i)).ToArray());
}
