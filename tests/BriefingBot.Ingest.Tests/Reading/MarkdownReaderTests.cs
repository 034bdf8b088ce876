using BriefingBot.Core.Time;
using BriefingBot.Ingest.Reading;
using BriefingBot.Ingest.Tests.TestSupport;

namespace BriefingBot.Ingest.Tests.Reading;

public sealed class MarkdownReaderTests
{
    [Fact]
    public void ReadFile_FrontMatter_ReadsEveryFieldAndBodyStartsAfterClosingLine()
    {
        using var folder = new TempFolder();
        const string content = """
            ---
            title: "Rivers Rise in the North"
            url: https://news.example.org/rivers
            source: Example News
            published: "2025-11"
            published_approximate: true
            authors:
              - Ana Ruiz
              - Li Wei
            id: rivers-1
            ---
            Rivers rose for a third day.
            """;
        var path = folder.Write("rivers.md", content);

        var result = DocumentReaders.ReadFile(path);

        var document = Assert.Single(result.Documents);
        Assert.Equal("Rivers Rise in the North", document.Title);
        Assert.Equal("https://news.example.org/rivers", document.Url);
        Assert.Equal("Example News", document.Source);
        Assert.Equal(new PartialDate(2025, 11), document.Published);
        Assert.True(document.PublishedApproximate);
        Assert.Equal(["Ana Ruiz", "Li Wei"], document.Authors);
        Assert.Equal("rivers-1", document.Id);
        Assert.Equal(content, document.Text);
        Assert.Equal("Rivers rose for a third day.", document.Body);
        Assert.Empty(document.Warnings);
    }

    [Theory]
    [InlineData("published: 2024-03-05", 2024, 3, 5)]
    [InlineData("published: 2019", 2019, null, null)]
    [InlineData("date: 2021-07-01T09:30:00Z", 2021, 7, 1)]
    public void ReadFile_PublishedForms_KeepTheirPrecision(string line, int year, int? month, int? day)
    {
        using var folder = new TempFolder();
        var path = folder.Write("d.md", $"---\ntitle: T\n{line}\n---\nBody.");

        var document = Assert.Single(DocumentReaders.ReadFile(path).Documents);

        Assert.Equal(new PartialDate(year, month, day), document.Published);
        Assert.False(document.PublishedApproximate);
    }

    [Fact]
    public void ReadFile_NoFrontMatterTitle_HeadingLineIsTheTitle()
    {
        using var folder = new TempFolder();
        var path = folder.Write("h.md", "# Council Votes on Budget\n\nThe council voted on Tuesday.");

        var document = Assert.Single(DocumentReaders.ReadFile(path).Documents);

        Assert.Equal("Council Votes on Budget", document.Title);
        Assert.Equal("\nThe council voted on Tuesday.", document.Body);
    }

    [Fact]
    public void ReadFile_UnreadableDate_IsAWarningNotAFailure()
    {
        using var folder = new TempFolder();
        var path = folder.Write("w.md", "---\ntitle: T\npublished: 03-02-2009\n---\nBody.");

        var document = Assert.Single(DocumentReaders.ReadFile(path).Documents);

        Assert.Null(document.Published);
        Assert.Contains(document.Warnings, w => w.Contains("03-02-2009", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("---\ntitle: [unclosed\n---\nBody.", "invalid YAML front matter")]
    [InlineData("---\ntitle: T\nBody without a closing line.", "not closed")]
    [InlineData("---\n- a\n- b\n---\nBody.", "not a YAML mapping")]
    public void ReadFile_BrokenFrontMatter_IsReportedByFileName(string content, string expected)
    {
        using var folder = new TempFolder();
        var path = folder.Write("broken.md", content);

        var result = DocumentReaders.ReadFile(path);

        Assert.Empty(result.Documents);
        var problem = Assert.Single(result.Problems);
        Assert.Equal(path, problem.File);
        Assert.Contains(expected, problem.Reason, StringComparison.Ordinal);
    }
}
