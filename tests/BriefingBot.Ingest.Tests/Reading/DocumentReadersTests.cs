using System.Text;
using BriefingBot.Ingest.Reading;
using BriefingBot.Ingest.Tests.TestSupport;

namespace BriefingBot.Ingest.Tests.Reading;

public sealed class DocumentReadersTests
{
    [Fact]
    public void ReadFile_UnsupportedExtension_NamesTheSupportedOnes()
    {
        using var folder = new TempFolder();
        var path = folder.Write("notes.pdf", "%PDF-1.4");

        var problem = Assert.Single(DocumentReaders.ReadFile(path).Problems);

        Assert.Contains("'.pdf'", problem.Reason, StringComparison.Ordinal);
        Assert.Contains(".jsonl", problem.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void ReadFile_MissingFile_IsAProblemNotAnException()
    {
        var problem = Assert.Single(DocumentReaders.ReadFile("/nonexistent/briefingbot/a.txt").Problems);

        Assert.Equal("file not found", problem.Reason);
    }

    [Theory]
    [InlineData("nul.txt", new byte[] { (byte)'a', 0, (byte)'b', (byte)'\n', (byte)'c' }, "binary")]
    [InlineData("ctrl.md", new byte[] { 1, 2, 3, 4, 5, 6, 7, 8, (byte)'a', (byte)'b' }, "binary")]
    [InlineData("latin1.txt", new byte[] { (byte)'T', (byte)'\n', (byte)'c', (byte)'a', (byte)'f', 0xE9, (byte)'!' }, "not valid UTF-8 (invalid byte at offset 5, line 2)")]
    [InlineData("empty.json", new byte[0], "empty file")]
    [InlineData("blank.txt", new byte[] { (byte)' ', (byte)'\n', (byte)'\t' }, "empty file (only whitespace)")]
    [InlineData("nul.jsonl", new byte[] { (byte)'{', 0, (byte)'}' }, "binary")]
    [InlineData("empty.jsonl", new byte[0], "empty file")]
    public void ReadFile_BadBytes_AreReportedWithAReason(string name, byte[] bytes, string expected)
    {
        using var folder = new TempFolder();
        var path = folder.WriteBytes(name, bytes);

        var result = DocumentReaders.ReadFile(path);

        Assert.Empty(result.Documents);
        Assert.Contains(expected, Assert.Single(result.Problems).Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void ReadFile_FileOverTheCap_IsRefusedBeforeReading()
    {
        using var folder = new TempFolder();
        var path = folder.Write("long.txt", "Title\n" + new string('a', 2000));

        var problem = Assert.Single(DocumentReaders.ReadFile(path, maxBytes: 1024).Problems);

        Assert.Contains("too large", problem.Reason, StringComparison.Ordinal);
        Assert.Contains("Ingest:MaxFileBytes", problem.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void ReadFile_Utf16WithBom_IsDecoded()
    {
        using var folder = new TempFolder();
        var path = folder.WriteBytes("u16.txt", [0xFF, 0xFE, .. Encoding.Unicode.GetBytes("Título\nCuerpo del texto.")]);

        var document = Assert.Single(DocumentReaders.ReadFile(path).Documents);

        Assert.Equal("Título", document.Title);
        Assert.Equal("Cuerpo del texto.", document.Body);
    }

    [Fact]
    public void Guarded_IoErrorWhenOpening_BecomesAProblemForThatFile()
    {
        var entries = DocumentReaders.Guarded("disk.txt", () => throw new IOException("device not ready")).ToList();

        var problem = Assert.Single(entries).Problem;
        Assert.Equal(new FileProblem("disk.txt", null, "could not read the file: device not ready"), problem);
    }

    [Fact]
    public void Guarded_IoErrorMidway_KeepsWhatWasReadAndReportsTheRest()
    {
        static IEnumerable<ReadEntry> HalfRead()
        {
            yield return ReadEntry.Of(new ReadDocument { File = "f.jsonl", Text = "One." });
            throw new UnauthorizedAccessException();
        }

        var entries = DocumentReaders.Guarded("f.jsonl", HalfRead).ToList();

        Assert.Equal(2, entries.Count);
        Assert.Equal("One.", entries[0].Document!.Text);
        Assert.Equal("permission denied", entries[1].Problem!.Reason);
    }
}
