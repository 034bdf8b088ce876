using System.Text.Json;

namespace BriefingBot.Tests.Cli;

public sealed class CliBehaviourTests
{
    [Fact]
    public async Task Ingest_FolderWithBadFiles_NamesEachAndIndexesTheRest()
    {
        using var temp = new TempFolder();
        var folder = Directory.CreateDirectory(temp.File("in")).FullName;
        await File.WriteAllTextAsync(Path.Combine(folder, "good.txt"), "Harbour terminal approved\n\nThe harbour authority approved the terminal on Monday.", TestContext.Current.CancellationToken);
        await File.WriteAllBytesAsync(Path.Combine(folder, "binary.txt"), [0x89, 0x50, 0x4E, 0x47, 0x00, 0x00, 0x01, 0x02], TestContext.Current.CancellationToken);
        await File.WriteAllTextAsync(Path.Combine(folder, "empty.txt"), string.Empty, TestContext.Current.CancellationToken);
        await File.WriteAllBytesAsync(Path.Combine(folder, "latin1.txt"), [0x54, 0x69, 0x74, 0x6C, 0x65, 0x0A, 0x63, 0x61, 0x66, 0xE9, 0x20, 0x6F, 0x6C, 0xE9], TestContext.Current.CancellationToken);
        await File.WriteAllTextAsync(Path.Combine(folder, "huge.txt"), "Big\n" + new string('x', 5000), TestContext.Current.CancellationToken);

        var result = await CliProcess.RunAsync(temp.Path, new Dictionary<string, string> { ["Ingest__MaxFileBytes"] = "4096" },
            "ingest", folder, "--db", temp.File("index.db"), "--json");

        Assert.Equal(0, result.ExitCode);
        using var json = JsonDocument.Parse(result.Stdout);
        Assert.Equal(1, json.RootElement.GetProperty("added").GetInt32());
        var failed = json.RootElement.GetProperty("failed").EnumerateArray().Select(f => Path.GetFileName(f.GetProperty("file").GetString())).ToList();
        Assert.Equal(["binary.txt", "empty.txt", "huge.txt", "latin1.txt"], failed.Order(StringComparer.Ordinal));
        Assert.DoesNotContain("   at ", result.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Ingest_NothingIndexable_ExitsWithInputError()
    {
        using var temp = new TempFolder();
        await File.WriteAllTextAsync(temp.File("empty.txt"), string.Empty, TestContext.Current.CancellationToken);

        var result = await CliProcess.RunAsync(temp.Path, null, "ingest", temp.File("empty.txt"), "--db", temp.File("index.db"));

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("empty.txt", result.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Extract_MissingFile_NamesItWithoutStackTrace()
    {
        using var temp = new TempFolder();

        var result = await CliProcess.RunAsync(temp.Path, null, "extract", temp.File("nope.txt"), "--json");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("nope.txt", result.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", result.Stderr, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("frobnicate")]
    [InlineData("brief")]
    [InlineData("extract", "x.txt", "--published", "yesterday")]
    public async Task UsageErrors_ExitWithOne(params string[] args)
    {
        using var temp = new TempFolder();

        var result = await CliProcess.RunAsync(temp.Path, null, args);

        Assert.Equal(1, result.ExitCode);
        Assert.NotEmpty(result.Stderr);
    }

    [Fact]
    public async Task Brief_AfterIngest_PrintsTheDocumentedJsonShape()
    {
        using var temp = new TempFolder();
        var db = temp.File("index.db");
        await File.WriteAllTextAsync(temp.File("a.md"), "---\ntitle: Harbour terminal approved\nsource: Example News\npublished: 2025-11-02\nurl: https://news.example/harbour\n---\nThe harbour authority approved the new ferry terminal on Monday. Construction began in March 2024.\n", TestContext.Current.CancellationToken);
        Assert.Equal(0, (await CliProcess.RunAsync(temp.Path, null, "ingest", temp.File("a.md"), "--db", db)).ExitCode);

        var result = await CliProcess.RunAsync(temp.Path, null, "brief", "harbour", "--db", db, "--json");

        Assert.Equal(0, result.ExitCode);
        using var json = JsonDocument.Parse(result.Stdout);
        var root = json.RootElement;
        Assert.Equal("harbour", root.GetProperty("topic").GetString());
        Assert.Equal(1, root.GetProperty("matchedArticles").GetInt32());
        foreach (var key in new[] { "articles", "summary", "quotes", "timeline" })
            Assert.Equal(JsonValueKind.Array, root.GetProperty(key).ValueKind);
    }

    [Fact]
    public async Task Sources_Json_CountsPerSource()
    {
        using var temp = new TempFolder();
        var db = temp.File("index.db");
        await File.WriteAllTextAsync(temp.File("a.md"), "---\ntitle: One\nsource: Example News\npublished: 2025-11-02\n---\nFirst article text about harbours.\n", TestContext.Current.CancellationToken);
        await File.WriteAllTextAsync(temp.File("b.md"), "---\ntitle: Two\nsource: Example News\npublished: 2025-11-03\n---\nSecond article text about ferries.\n", TestContext.Current.CancellationToken);
        Assert.Equal(0, (await CliProcess.RunAsync(temp.Path, null, "ingest", temp.Path, "--db", db)).ExitCode);

        var result = await CliProcess.RunAsync(temp.Path, null, "sources", "--db", db, "--json");

        using var json = JsonDocument.Parse(result.Stdout);
        Assert.Equal(2, json.RootElement.GetProperty("count").GetInt32());
        Assert.Equal("2025-11-03", json.RootElement.GetProperty("newest").GetString());
        var source = Assert.Single(json.RootElement.GetProperty("sources").EnumerateArray());
        Assert.Equal("Example News", source.GetProperty("source").GetString());
        Assert.Equal(2, source.GetProperty("count").GetInt32());
    }
}
