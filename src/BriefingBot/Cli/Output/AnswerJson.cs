using System.Text.Json;
using System.Text.Json.Nodes;
using BriefingBot.Core.Briefings;
using BriefingBot.Core.Index;
using BriefingBot.Core.Time;

namespace BriefingBot.Cli.Output;

/// <summary>
/// The <c>--json</c> shapes of brief, quotes, timeline and sources (INTERFACES.md). Fields are only ever added,
/// never renamed: outside scripts read them.
/// </summary>
internal static class AnswerJson
{
    // Relaxed escaping: this JSON goes to terminals and scripts, never into HTML, so “curly quotes” and '+' stay readable.
    public static readonly JsonSerializerOptions Options = new() { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static readonly JsonSerializerOptions CompactOptions = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static JsonObject Briefing(Briefing b) => new()
    {
        ["topic"] = b.Topic,
        ["matchedArticles"] = b.MatchedArticles,
        ["newest"] = b.Newest?.ToString(),
        ["articles"] = Articles(b.Articles),
        ["summary"] = new JsonArray(b.Summary.Select(s => (JsonNode)new JsonObject
        {
            ["text"] = s.Text, ["article"] = s.ArticleId, ["sentence"] = s.Sentence, ["citation"] = s.Citation,
        }).ToArray()),
        ["quotes"] = Quotes(b.Quotes),
        ["timeline"] = Timeline(b.Timeline),
    };

    public static JsonObject QuoteList(QuoteList q) => new()
    {
        ["speaker"] = q.Speaker,
        ["topic"] = q.Topic,
        ["articles"] = Articles(q.Articles),
        ["quotes"] = Quotes(q.Quotes),
    };

    public static JsonObject Timeline(Timeline t) => new()
    {
        ["topic"] = t.Topic,
        ["matchedArticles"] = t.MatchedArticles,
        ["articles"] = Articles(t.Articles),
        ["timeline"] = Timeline(t.Entries),
    };

    public static JsonObject Sources(IndexStatistics s) => new()
    {
        ["count"] = s.Count,
        ["newest"] = s.Newest?.ToString(),
        ["lastIngest"] = s.LastIngest?.ToString("O"),
        ["sources"] = new JsonArray(s.Sources.Select(x => (JsonNode)new JsonObject { ["source"] = x.Source, ["count"] = x.Count }).ToArray()),
    };

    private static JsonArray Articles(IEnumerable<ArticleRef> articles) => new(articles.Select((a, i) => (JsonNode)new JsonObject
    {
        ["id"] = a.Id, ["title"] = a.Title, ["url"] = a.Url, ["source"] = a.Source, ["published"] = a.Published?.ToString(), ["citation"] = i + 1,
    }).ToArray());

    private static JsonArray Quotes(IEnumerable<QuoteLine> quotes) => new(quotes.Select(q => (JsonNode)new JsonObject
    {
        ["text"] = q.Text, ["speaker"] = q.Speaker, ["kind"] = q.Kind.ToString().ToLowerInvariant(),
        ["article"] = q.ArticleId, ["published"] = q.Published?.ToString(), ["citation"] = q.Citation,
    }).ToArray());

    private static JsonArray Timeline(IEnumerable<TimelineEntry> entries) => new(entries.Select(e => (JsonNode)new JsonObject
    {
        ["date"] = e.Date, ["precision"] = Precision(e.Precision), ["text"] = e.Text, ["article"] = e.ArticleId, ["citation"] = e.Citation,
    }).ToArray());

    public static string Precision(DatePrecision precision) => precision.ToString().ToLowerInvariant();
}
