using BriefingBot.Ingest.Reading;
using BriefingBot.Ingest.Tests.TestSupport;

namespace BriefingBot.Ingest.Tests.Reading;

public sealed class PlainTextReaderTests
{
    [Fact]
    public void ReadFile_TitleLine_TitleIsFirstNonEmptyLineAndBodyFollows()
    {
        using var folder = new TempFolder();
        const string content = "\n\nHarbour Reopens After Storm\nThe harbour reopened on Monday.\nShips queued overnight.";
        var path = folder.Write("story.txt", content);

        var result = DocumentReaders.ReadFile(path);

        var document = Assert.Single(result.Documents);
        Assert.Empty(result.Problems);
        Assert.Equal("Harbour Reopens After Storm", document.Title);
        Assert.Equal(content, document.Text);
        Assert.Equal(content.IndexOf("The harbour", StringComparison.Ordinal), document.BodyStart);
        Assert.Equal("The harbour reopened on Monday.\nShips queued overnight.", document.Body);
    }

    [Fact]
    public void ReadFile_Utf8Bom_IsRemovedAndOffsetsCountFromTheTextWithoutIt()
    {
        using var folder = new TempFolder();
        var path = folder.WriteBytes("bom.txt", [0xEF, 0xBB, 0xBF, .. "Title\nBody here."u8.ToArray()]);

        var document = Assert.Single(DocumentReaders.ReadFile(path).Documents);

        Assert.Equal("Title\nBody here.", document.Text);
        Assert.Equal(6, document.BodyStart);
        Assert.Equal("Body here.", document.Text[document.BodyStart..]);
    }

    [Fact]
    public void ReadFile_CrLfLineEnds_TitleHasNoCarriageReturn()
    {
        using var folder = new TempFolder();
        var path = folder.Write("crlf.txt", "Windows Title\r\nBody line.\r\n");

        var document = Assert.Single(DocumentReaders.ReadFile(path).Documents);

        Assert.Equal("Windows Title", document.Title);
        Assert.Equal("Body line.\r\n", document.Body);
    }

    [Fact]
    public void ReadFile_FrontMatterWithTitle_FirstLineStaysInTheBody()
    {
        using var folder = new TempFolder();
        var path = folder.Write("fm.txt", "---\ntitle: From Front Matter\nurl: https://example.org/a\n---\nFirst line of the body.\nSecond.");

        var document = Assert.Single(DocumentReaders.ReadFile(path).Documents);

        Assert.Equal("From Front Matter", document.Title);
        Assert.Equal("https://example.org/a", document.Url);
        Assert.StartsWith("First line of the body.", document.Body, StringComparison.Ordinal);
    }

    [Fact]
    public void ReadFile_OnlyATitleLine_ReportsNoTextByFileName()
    {
        using var folder = new TempFolder();
        var path = folder.Write("lonely.txt", "Just a title\n\n");

        var result = DocumentReaders.ReadFile(path);

        Assert.Empty(result.Documents);
        var problem = Assert.Single(result.Problems);
        Assert.Equal(path, problem.File);
        Assert.Contains("no article text", problem.Reason, StringComparison.Ordinal);
    }
}
