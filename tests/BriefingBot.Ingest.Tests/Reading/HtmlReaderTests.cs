using BriefingBot.Core.Time;
using BriefingBot.Ingest.Reading;
using BriefingBot.Ingest.Tests.TestSupport;

namespace BriefingBot.Ingest.Tests.Reading;

public sealed class HtmlReaderTests
{
    private const string Page = """
        <!DOCTYPE html>
        <html><head>
          <title>Bridge Opens Across the Bay | Coastal Times</title>
          <link rel="canonical" href="https://coastal.example.com/news/bridge-opens">
          <meta property="og:site_name" content="Coastal Times">
          <meta property="og:title" content="Bridge Opens Across the Bay">
          <meta property="article:published_time" content="2024-06-14T08:00:00Z">
          <meta name="author" content="Mara Lind">
          <script>var tracking = "do not index me";</script>
        </head><body>
          <nav><a href="/">Home</a> <a href="/world">World</a> <a href="/sport">Sport</a></nav>
          <article>
            <h1>Bridge Opens Across the Bay</h1>
            <p>The new bridge across the bay opened to traffic on Friday morning, ending a decade of planning
               and four years of construction that cost the region more than two billion dollars.</p>
            <p>Commuters who once spent an hour on the ferry can now cross in twelve minutes, the transport
               authority said, adding that tolls would be waived for the first month of operation.</p>
            <p>"This is the biggest change to how people move around here in fifty years," said the mayor,
               who cut the ribbon alongside engineers and workers who built the crossing.<br>Officials expect
               forty thousand vehicles a day by the end of the year, rising as new housing is completed.</p>
            <p>Environmental groups have asked for monitoring of the wetlands beneath the eastern approach,
               and the authority has promised quarterly reports on bird populations and water quality.</p>
          </article>
          <footer>Copyright Coastal Times. All rights reserved. Subscribe to our newsletter.</footer>
        </body></html>
        """;

    [Fact]
    public void ReadFile_ArticlePage_ExtractsMetadataAndMainTextAsParagraphs()
    {
        using var folder = new TempFolder();
        var path = folder.Write("bridge.html", Page);

        var result = DocumentReaders.ReadFile(path);

        var document = Assert.Single(result.Documents);
        Assert.Empty(result.Problems);
        Assert.Contains("Bridge Opens Across the Bay", document.Title, StringComparison.Ordinal);
        Assert.Equal("https://coastal.example.com/news/bridge-opens", document.Url);
        Assert.Equal("Coastal Times", document.Source);
        Assert.Equal(new PartialDate(2024, 6, 14), document.Published);
        Assert.Equal(0, document.BodyStart);
        Assert.StartsWith("The new bridge across the bay opened to traffic on Friday morning, ending a decade", document.Text, StringComparison.Ordinal);
        Assert.Contains("construction that cost", document.Text, StringComparison.Ordinal);
        Assert.Contains("fifty years,\" said the mayor", document.Text, StringComparison.Ordinal);
        Assert.Contains("crossing.\nOfficials expect", document.Text, StringComparison.Ordinal);
        Assert.True(document.Text.Split('\n').Length >= 5, document.Text);
        Assert.DoesNotContain("do not index me", document.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Subscribe", document.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("  ", document.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void ReadFile_PageWithoutText_IsReported()
    {
        using var folder = new TempFolder();
        var path = folder.Write("empty.htm", "<html><head><title>Nothing</title></head><body><script>x()</script></body></html>");

        var problem = Assert.Single(DocumentReaders.ReadFile(path).Problems);

        Assert.Contains("no article text", problem.Reason, StringComparison.Ordinal);
    }
}
