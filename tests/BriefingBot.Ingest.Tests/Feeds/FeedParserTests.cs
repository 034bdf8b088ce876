using BriefingBot.Ingest.Feeds;

namespace BriefingBot.Ingest.Tests.Feeds;

public sealed class FeedParserTests
{
    [Fact]
    public void Parse_RssWithNamedZoneAndContentEncoded_ReadsEveryField()
    {
        const string rss = """
            <?xml version="1.0"?>
            <rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/">
              <channel><title>Courier</title><link>https://courier.example/</link><description>d</description>
                <item><title>Bridge reopens</title><link>/news/bridge</link><guid isPermaLink="false">item-17</guid>
                  <pubDate>Thu, 27 Nov 2025 18:30:00 EST</pubDate><dc:creator>Ana Ruiz</dc:creator>
                  <description>Teaser</description><content:encoded><![CDATA[<p>Full text.</p>]]></content:encoded></item>
              </channel>
            </rss>
            """;

        var feed = FeedParser.Parse(rss, new Uri("https://courier.example/feed.xml"));

        var item = Assert.Single(feed.Items);
        Assert.Equal((FeedFormat.Rss20, "Courier"), (feed.Format, feed.Title));
        Assert.Equal(("item-17", "https://courier.example/news/bridge", "Bridge reopens"), (item.Key, item.Url, item.Title));
        Assert.Equal("<p>Full text.</p>", item.ContentHtml);
        Assert.Equal("Teaser", item.SummaryHtml);
        Assert.Equal(new DateTimeOffset(2025, 11, 27, 18, 30, 0, TimeSpan.FromHours(-5)), item.Published);
        Assert.Equal(["Ana Ruiz"], item.Authors);
    }

    [Fact]
    public void Parse_AtomEntry_ReadsLinkUpdatedAndAuthor()
    {
        const string atom = """
            <feed xmlns="http://www.w3.org/2005/Atom"><title>Coast</title><id>urn:c</id><updated>2025-11-28T08:00:00Z</updated>
              <entry><title>Harvest</title><id>urn:e1</id><link rel="alternate" href="https://coast.example/harvest"/>
                <updated>2025-11-28T07:00:00Z</updated><published>2025-11-27T06:00:00+01:00</published>
                <author><name>Li Wei</name></author><summary>Short</summary></entry>
            </feed>
            """;

        var item = Assert.Single(FeedParser.Parse(atom).Items);

        Assert.Equal(("urn:e1", "https://coast.example/harvest"), (item.Key, item.Url));
        Assert.Equal(new DateTimeOffset(2025, 11, 27, 6, 0, 0, TimeSpan.FromHours(1)), item.Published);
        Assert.Equal(new DateTimeOffset(2025, 11, 28, 7, 0, 0, TimeSpan.Zero), item.Updated);
        Assert.Equal(["Li Wei"], item.Authors);
    }

    [Fact]
    public void Parse_JsonFeed_ReadsItems()
    {
        const string json = """
            {"version":"https://jsonfeed.org/version/1.1","title":"Wire","items":[
              {"id":"w1","url":"https://wire.example/1","title":"One","content_text":"Plain body.","date_published":"2025-11-27T20:00:00Z","authors":[{"name":"Wire Staff"}]}]}
            """;

        var feed = FeedParser.Parse(json);

        var item = Assert.Single(feed.Items);
        Assert.Equal(FeedFormat.JsonFeed, feed.Format);
        Assert.Equal(("w1", "Plain body.", "Wire Staff"), (item.Key, item.ContentText, item.Authors[0]));
    }

    [Theory]
    [InlineData("<html><body>page</body></html>")]
    [InlineData("{\"not\":\"a feed\"}")]
    [InlineData("plain text")]
    public void Detect_NotAFeed_IsNull(string text) => Assert.Null(FeedParser.Detect(text));

    [Fact]
    public void Parse_FeedWithEntityExpansion_DoesNotExpandExternalEntities()
    {
        const string hostile = """
            <?xml version="1.0"?>
            <!DOCTYPE rss [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>
            <rss version="2.0"><channel><title>&xxe;</title><link>https://x.example/</link><description>d</description></channel></rss>
            """;

        var ex = Record.Exception(() => FeedParser.Parse(hostile));

        Assert.True(ex is null or FeedFormatException);
        if (ex is null) Assert.DoesNotContain("root:", FeedParser.Parse(hostile).Title ?? string.Empty, StringComparison.Ordinal);
    }
}
