using System.Text;
using BriefingBot.Core.Time;
using BriefingBot.Ingest.Reading;
using BriefingBot.Ingest.Tests.TestSupport;

namespace BriefingBot.Ingest.Tests.Reading;

public sealed class JsonLinesReaderTests
{
    [Fact]
    public void ReadFile_BrokenLine_IsReportedWithFileAndLineAndTheRestIsRead()
    {
        using var folder = new TempFolder();
        var path = folder.Write("feed.jsonl",
            "{\"id\": \"1\", \"title\": \"One\", \"text\": \"First.\"}\n" +
            "{\"id\": \"2\", \"title\": \"Two\", \"text\": \n" +
            "{\"id\": \"3\", \"title\": \"Three\", \"text\": \"Third.\"}\n");

        var result = DocumentReaders.ReadFile(path);

        Assert.Equal(["One", "Three"], result.Documents.Select(d => d.Title));
        Assert.Equal([1, 3], result.Documents.Select(d => d.Line ?? 0));
        var problem = Assert.Single(result.Problems);
        Assert.Equal(2, problem.Line);
        Assert.StartsWith(path + ":2: invalid JSON", problem.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void ReadFile_WikinewsFields_DctIsPublishedAndSourceUrlIdAreKept()
    {
        using var folder = new TempFolder();
        var path = folder.Write("w.jsonl",
            "{\"id\": \"doc_7\", \"source\": \"Wikinews\", \"url\": \"http://en.wikinews.org/wiki/X\", \"title\": \"X\", \"dct\": \"2008-03-01\", " +
            "\"text\": \"March 01, 2008\\nSomething happened.\", \"summarySentences\": 2, \"license\": \"CC BY 2.5\"}\r\n\r\n");

        var document = Assert.Single(DocumentReaders.ReadFile(path).Documents);

        Assert.Equal("doc_7", document.Id);
        Assert.Equal("Wikinews", document.Source);
        Assert.Equal("http://en.wikinews.org/wiki/X", document.Url);
        Assert.Equal(new PartialDate(2008, 3, 1), document.Published);
        Assert.Equal("March 01, 2008\nSomething happened.", document.Text);
        Assert.Equal(2, document.SummarySentences);
    }

    [Fact]
    public void ReadFile_InvalidUtf8OnOneLine_ReportsThatLineOnly()
    {
        using var folder = new TempFolder();
        var bytes = new List<byte>();
        bytes.AddRange(Encoding.UTF8.GetBytes("{\"title\": \"Good\", \"text\": \"Fine.\"}\n"));
        bytes.AddRange(Encoding.UTF8.GetBytes("{\"title\": \"Bad\", \"text\": \"caf"));
        bytes.AddRange([0xC3, 0x28]);
        bytes.AddRange(Encoding.UTF8.GetBytes("\"}\n{\"title\": \"Also good\", \"text\": \"Fine too.\"}"));
        var path = folder.WriteBytes("mixed.jsonl", [.. bytes]);

        var result = DocumentReaders.ReadFile(path);

        Assert.Equal(["Good", "Also good"], result.Documents.Select(d => d.Title));
        var problem = Assert.Single(result.Problems);
        Assert.Equal(2, problem.Line);
        Assert.Contains("not valid UTF-8", problem.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void ReadFile_LineOverTheCap_IsReportedAndOtherLinesAreRead()
    {
        using var folder = new TempFolder();
        var longText = new string('x', 500);
        var path = folder.Write("big.jsonl",
            "{\"title\": \"Small\", \"text\": \"Short.\"}\n" +
            $"{{\"title\": \"Huge\", \"text\": \"{longText}\"}}\n");

        var result = DocumentReaders.ReadFile(path, maxBytes: 200);

        Assert.Equal("Small", Assert.Single(result.Documents).Title);
        var problem = Assert.Single(result.Problems);
        Assert.Equal(2, problem.Line);
        Assert.Contains("too large", problem.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void ReadFile_NonObjectLine_IsReported()
    {
        using var folder = new TempFolder();
        var path = folder.Write("arr.jsonl", "[1, 2]\n");

        var problem = Assert.Single(DocumentReaders.ReadFile(path).Problems);

        Assert.Contains("expected a JSON object", problem.Reason, StringComparison.Ordinal);
    }
}
