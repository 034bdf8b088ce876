using BriefingBot.Core.Time;
using BriefingBot.Ingest.Reading;
using BriefingBot.Ingest.Tests.TestSupport;

namespace BriefingBot.Ingest.Tests.Reading;

public sealed class JsonReaderTests
{
    [Fact]
    public void ReadFile_Array_ReadsEachObjectAndReportsTheBadItem()
    {
        using var folder = new TempFolder();
        var path = folder.Write("batch.json", """
            [
              {"id": "a", "title": "First", "text": "Alpha text.", "published": "2024-01-02"},
              {"id": "b", "title": "Second", "text": "Beta text.", "authors": ["Kim Lee"]},
              {"id": "c", "title": "No text here"}
            ]
            """);

        var result = DocumentReaders.ReadFile(path);

        Assert.Equal(["First", "Second"], result.Documents.Select(d => d.Title));
        Assert.Equal("Alpha text.", result.Documents[0].Text);
        Assert.Equal(0, result.Documents[0].BodyStart);
        Assert.Equal(new PartialDate(2024, 1, 2), result.Documents[0].Published);
        Assert.Equal(["Kim Lee"], result.Documents[1].Authors);
        var problem = Assert.Single(result.Problems);
        Assert.Contains("item 2", problem.Reason, StringComparison.Ordinal);
        Assert.Contains("\"text\"", problem.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void ReadFile_SingleObject_ReadsDctAndSplitsAByline()
    {
        using var folder = new TempFolder();
        var path = folder.Write("one.json", """{"title": "T", "dct": "2008-03-01", "author": "By Ana Ruiz and Li Wei", "source": "Wire", "url": "https://x.org/1", "text": "Body."}""");

        var document = Assert.Single(DocumentReaders.ReadFile(path).Documents);

        Assert.Equal(new PartialDate(2008, 3, 1), document.Published);
        Assert.Equal(["Ana Ruiz", "Li Wei"], document.Authors);
        Assert.Equal("Wire", document.Source);
        Assert.Equal("https://x.org/1", document.Url);
    }

    [Fact]
    public void ReadFile_InvalidJson_IsReportedByFileName()
    {
        using var folder = new TempFolder();
        var path = folder.Write("bad.json", "{\"title\": \"T\", \"text\": ");

        var result = DocumentReaders.ReadFile(path);

        Assert.Empty(result.Documents);
        var problem = Assert.Single(result.Problems);
        Assert.Equal(path, problem.File);
        Assert.StartsWith("invalid JSON", problem.Reason, StringComparison.Ordinal);
    }
}
