using System.Net;

namespace BriefingBot.Ingest.Tests.Sources;

/// <summary>Feeds and pages written for these tests (invented outlets, people and events).</summary>
internal static class WebFixtures
{
    public const string Story =
        "The Harbour Bridge in Port Elin reopened to traffic on Thursday after eleven months of repairs to its northern span. " +
        "Engineers replaced forty steel cables and resurfaced the deck, according to the regional transport office. " +
        "Mayor Tessa Lund said the city had learned to plan for storms that arrive earlier every year. " +
        "Ferry operators, who carried twice their usual number of passengers during the closure, expect demand to fall back by spring. " +
        "Local shop owners near the southern ramp reported that trade had dropped by a third while the bridge was closed. " +
        "The repairs cost about 48 million euros, slightly less than the budget approved by the council last winter. " +
        "A second phase, covering the lighting and the pedestrian walkway, is planned for the summer months of next year.";

    public const string OtherStory =
        "Farmers in the Vell valley began the olive harvest two weeks early because of a warm and dry autumn. " +
        "The cooperative in Sarn expects a smaller crop than last year but oil of higher quality, its chairman Oriol Pas said. " +
        "Several growers have installed drip irrigation with help from a regional fund that opened applications in March. " +
        "Prices at the wholesale market rose for the third week in a row as buyers from abroad competed for early lots. " +
        "The regional weather service warned that the lack of rain could affect next season's blossoms as well. " +
        "Young pickers from nearby towns joined the harvest, which usually relies on seasonal workers from the coast.";

    /// <summary>The same story as an agency copy: a different first words and a credit line, everything else equal.</summary>
    public static string SyndicatedStory => "PORT ELIN (Wire) - " + Story + " Reporting for the wire service.";

    public static string Paragraphs(string text) => string.Concat(text.Split(". ").Select(s => "<p>" + WebUtility.HtmlEncode(s.TrimEnd('.')) + ".</p>"));

    public static string Rss(params (string Link, string Title, string Html, string? Date)[] items) =>
        $"""
        <?xml version="1.0" encoding="utf-8"?>
        <rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/">
          <channel><title>Port Elin Courier</title><link>https://courier.example/</link><description>News</description>
          {string.Concat(items.Select(i => $"<item><title>{WebUtility.HtmlEncode(i.Title)}</title><link>{WebUtility.HtmlEncode(i.Link)}</link><guid>{WebUtility.HtmlEncode(i.Link)}</guid>{(i.Date is null ? "" : $"<pubDate>{i.Date}</pubDate>")}<dc:creator>Ana Ruiz</dc:creator><description>Short teaser.</description><content:encoded><![CDATA[{i.Html}]]></content:encoded></item>"))}
          </channel>
        </rss>
        """;

    public static string Atom(params (string Link, string Title, string Html, string Updated)[] entries) =>
        $"""
        <?xml version="1.0" encoding="utf-8"?>
        <feed xmlns="http://www.w3.org/2005/Atom">
          <title>Coast Daily</title><id>urn:coast-daily</id><updated>2025-11-28T08:00:00Z</updated>
          {string.Concat(entries.Select(e => $"<entry><title>{WebUtility.HtmlEncode(e.Title)}</title><id>{WebUtility.HtmlEncode(e.Link)}</id><link rel=\"alternate\" href=\"{WebUtility.HtmlEncode(e.Link)}\"/><updated>{e.Updated}</updated><author><name>Li Wei</name></author><content type=\"html\">{WebUtility.HtmlEncode(e.Html)}</content></entry>"))}
        </feed>
        """;

    public static string JsonFeed(string url, string title, string html, string published) =>
        System.Text.Json.JsonSerializer.Serialize(new Dictionary<string, object>
        {
            ["version"] = "https://jsonfeed.org/version/1.1",
            ["title"] = "Wire Service",
            ["items"] = new[]
            {
                new Dictionary<string, object> { ["id"] = url, ["url"] = url, ["title"] = title, ["content_html"] = html, ["date_published"] = published, ["authors"] = new[] { new Dictionary<string, string> { ["name"] = "Wire Staff" } } },
            },
        });

    public static string Page(string title, string bodyHtml, string? head = null) =>
        $"""
        <!doctype html>
        <html lang="en"><head><meta charset="utf-8"><title>{WebUtility.HtmlEncode(title)}</title>{head}</head>
        <body>
          <nav><a href="/">Home</a> <a href="/world">World</a></nav>
          <article><h1>{WebUtility.HtmlEncode(title)}</h1>{bodyHtml}</article>
          <footer>© 2025 Courier Media. All rights reserved.</footer>
        </body></html>
        """;
}
