using BriefingBot.Core.Time;
using BriefingBot.Ingest.Tests.TestSupport;
using BriefingBot.Ingest.Web;

namespace BriefingBot.Ingest.Tests.Web;

public sealed class PageExtractorTests
{
    private static readonly string Golden = Path.Combine(RepoRoot.Find(), "tests", "BriefingBot.Ingest.Tests", "Web", "Golden");

    /// <summary>
    /// Golden file: the expected text was reviewed by a person. To regenerate after an intended change, run with
    /// BRIEFINGBOT_UPDATE_GOLDEN=1 and review the diff.
    /// </summary>
    [Fact]
    public void Extract_PageWithCookieBannerRelatedLinksAndAuthorList_YieldsCleanText()
    {
        var html = File.ReadAllText(Path.Combine(Golden, "cluttered-page.html"));

        var page = PageExtractor.Extract(html, new Uri("https://coastdaily.example/2025/11/20/valley-water-utility?utm_source=homepage"));

        var expectedPath = Path.Combine(Golden, "cluttered-page.expected.txt");
        if (Environment.GetEnvironmentVariable("BRIEFINGBOT_UPDATE_GOLDEN") == "1") File.WriteAllText(expectedPath, page.Text + "\n");
        Assert.Equal(File.ReadAllText(expectedPath).TrimEnd('\n'), page.Text);
        Assert.DoesNotContain("cookie", page.Text, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("Related", page.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Petra Lind", page.Text, StringComparison.Ordinal);
        Assert.Equal(["Marta Solé", "Jonas Berg"], page.Authors);
        Assert.Equal(new PartialDate(2025, 11, 20), page.Published);
        Assert.Equal("https://coastdaily.example/2025/11/20/valley-water-utility?utm_source=homepage", page.CanonicalUrl);
        Assert.Equal("Valley towns vote to share one water utility", page.Title);
    }

    [Fact]
    public void Extract_PageWithoutPublicationMetadata_IgnoresSidebarTimeAndModifiedDate()
    {
        var html = """
            <html><head><title>Ferry timetable changes</title><meta property="article:modified_time" content="2025-12-01T10:00:00Z"></head>
            <body><article><h1>Ferry timetable changes</h1>
            <p>The ferry company will add two late crossings on weekdays from next month, its spokesperson said on Monday.</p>
            <p>The change follows complaints from commuters who work evening shifts at the port and at the hospital.</p>
            <p>Tickets for the new crossings go on sale next week at the usual price, the company added in a statement.</p>
            </article><aside><time datetime="2019-03-02">2 March 2019</time> Old story</aside></body></html>
            """;

        var page = PageExtractor.Extract(html, new Uri("https://courier.example/ferries"));

        Assert.Null(page.Published);
    }
}
