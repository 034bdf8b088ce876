using System.Text;
using BriefingBot.Core.Time;
using BriefingBot.Ingest.Tests.TestSupport;

namespace BriefingBot.Ingest.Tests;

public sealed class IngestServiceTests
{
    private const string Markdown = """
        ---
        title: Port Strike Ends
        url: https://news.example.org/port?utm_source=feed
        source: Example News
        published: 2025-10-02
        authors: [Ana Ruiz]
        ---

        Dock workers returned on Thursday after a nine-day strike.
        """;

    private static string TwoLines => "{\"title\": \"One\", \"url\": \"https://a.example/1\", \"dct\": \"2009-01-01\", \"text\": \"First story.\"}\n"
        + "{\"title\": \"Two\", \"url\": \"https://a.example/2\", \"text\": \"Second story.\"}\n";

    [Fact]
    public async Task IngestAsync_Folder_IndexesEveryDocumentWithItsBodyAndMetadata()
    {
        using var folder = new TempFolder();
        folder.Write("a.txt", "Quiet Day in Town\nNothing much happened today.\n");
        folder.Write("sub/b.md", Markdown);
        folder.Write("sub/deeper/c.jsonl", TwoLines);
        var index = new InMemoryArticleIndex();

        var result = await Ingester.Create(index).RunAsync(folder.Path);

        Assert.Equal((3, 4, 0, 0), (result.Files, result.Added, result.Updated, result.Unchanged));
        Assert.Empty(result.Failed);
        Assert.False(result.NothingIndexed);
        var port = index.Articles.Values.Single(a => a.Article.Title == "Port Strike Ends").Article;
        Assert.Equal("Dock workers returned on Thursday after a nine-day strike.", port.Text);
        Assert.Equal("https://news.example.org/port?utm_source=feed", port.Url);
        Assert.Equal("Example News", port.Source);
        Assert.Equal(new PartialDate(2025, 10, 2), port.Published);
        Assert.False(port.PublishedApproximate);
        Assert.Equal(["Ana Ruiz"], port.Authors);
        var quiet = index.Articles.Values.Single(a => a.Article.Title == "Quiet Day in Town").Article;
        Assert.Equal("Nothing much happened today.", quiet.Text);
        Assert.Equal("a.example", index.Articles.Values.Single(a => a.Article.Title == "Two").Article.Source);
    }

    [Fact]
    public async Task IngestAsync_AnalyzerInput_IsTheBodySoOffsetsReferToArticleText()
    {
        using var folder = new TempFolder();
        var path = folder.Write("b.md", Markdown);
        var analyzer = new StubAnalyzer();
        var index = new InMemoryArticleIndex();

        await Ingester.Create(index, analyzer: analyzer).RunAsync(path);

        var input = Assert.Single(analyzer.Inputs);
        var article = Assert.Single(index.Articles.Values).Article;
        Assert.Equal(article.Text, input.Text);
        Assert.Equal(0, input.BodyStart);
        Assert.Equal("Port Strike Ends", input.Title);
        Assert.Equal(new PartialDate(2025, 10, 2), input.Published);
    }

    [Fact]
    public async Task IngestAsync_SameFilesTwice_SecondRunChangesNothing()
    {
        using var folder = new TempFolder();
        folder.Write("b.md", Markdown);
        folder.Write("c.jsonl", TwoLines);
        folder.Write("d.txt", "No URL Here\nA story identified by its content.");
        var index = new InMemoryArticleIndex();
        var service = Ingester.Create(index);

        var first = await service.RunAsync(folder.Path);
        var second = await service.RunAsync(folder.Path);

        Assert.Equal(4, first.Added);
        Assert.Equal((0, 0, 4), (second.Added, second.Updated, second.Unchanged));
        Assert.Equal(4, index.Articles.Count);
    }

    [Fact]
    public async Task IngestAsync_ChangedContentAtTheSameUrl_IsUpdated()
    {
        using var folder = new TempFolder();
        var path = folder.Write("b.md", Markdown);
        var index = new InMemoryArticleIndex();
        var service = Ingester.Create(index);
        await service.RunAsync(path);

        // Same story reached through a different tracking link, with a corrected text.
        folder.Write("b.md", Markdown.Replace("utm_source=feed", "utm_source=mail", StringComparison.Ordinal)
            .Replace("nine-day", "ten-day", StringComparison.Ordinal));
        var result = await service.RunAsync(path);

        Assert.Equal((0, 1, 0), (result.Added, result.Updated, result.Unchanged));
        Assert.Contains("ten-day", Assert.Single(index.Articles.Values).Article.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task IngestAsync_BadFilesInAFolder_AreEachReportedByNameAndTheRestIsIndexed()
    {
        using var folder = new TempFolder();
        folder.Write("good.txt", "Good Story\nThis one is fine.");
        folder.Write("good.md", Markdown);
        var binary = folder.WriteBytes("photo.txt", [0x89, (byte)'P', (byte)'N', (byte)'G', 0, 0, 0, 13, 1, 2]);
        var empty = folder.WriteBytes("empty.md", []);
        var latin1 = folder.WriteBytes("latin1.txt", Encoding.Latin1.GetBytes("Caf\u00e9 Opens\nA caf\u00e9 opened."));
        const int cap = 4096;
        var oversized = folder.Write("oversized.txt", "Too Big\n" + new string('a', cap - 7));
        Assert.Equal(cap + 1, new FileInfo(oversized).Length);
        var index = new InMemoryArticleIndex();

        var result = await Ingester.Create(index, new IngestOptions { MaxFileBytes = cap }).RunAsync(folder.Path);

        Assert.Equal(2, result.Added);
        Assert.Equal(2, index.Articles.Count);
        var reasons = result.Failed.ToDictionary(f => Path.GetFileName(f.File), f => f.Reason);
        Assert.Equal(["empty.md", "latin1.txt", "oversized.txt", "photo.txt"], reasons.Keys.Order(StringComparer.Ordinal));
        Assert.StartsWith("binary file", reasons["photo.txt"], StringComparison.Ordinal);
        Assert.Equal("empty file", reasons["empty.md"]);
        Assert.StartsWith("not valid UTF-8", reasons["latin1.txt"], StringComparison.Ordinal);
        Assert.StartsWith("file is too large", reasons["oversized.txt"], StringComparison.Ordinal);
        Assert.Contains(result.Failed, f => f.File == binary);
        Assert.Contains(result.Failed, f => f.File == empty);
        Assert.Contains(result.Failed, f => f.File == latin1);
    }

    [Fact]
    public async Task IngestAsync_NothingIndexable_ResultSaysNothingWasIndexed()
    {
        using var folder = new TempFolder();
        folder.WriteBytes("empty.txt", []);
        folder.Write("image.png", "not an article");

        var result = await Ingester.Create(new InMemoryArticleIndex()).RunAsync(folder.Path);

        Assert.True(result.NothingIndexed);
        Assert.Equal(1, result.Skipped);
        Assert.Single(result.Failed);
        Assert.StartsWith("nothing indexed", result.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task IngestAsync_HiddenUnknownAndReadmeFiles_AreSkippedQuietlyAndCounted()
    {
        using var folder = new TempFolder();
        folder.Write("article.txt", "Real Article\nWith a body.");
        folder.Write(".hidden.txt", "Hidden\nShould not be read.");
        folder.Write(".git/config.json", "{}");
        folder.Write("image.png", "png");
        folder.Write("README.md", "# Read me\nAbout this folder.");
        folder.Write("ATTRIBUTION.md", "# Credits\nSomeone.");
        folder.Write("sub/LICENSE.txt", "License\nTerms.");
        var index = new InMemoryArticleIndex();

        var result = await Ingester.Create(index).RunAsync(folder.Path);

        Assert.Equal((1, 1, 6), (result.Files, result.Added, result.Skipped));
        Assert.Empty(result.Failed);
        Assert.Equal("Real Article", Assert.Single(index.Articles.Values).Article.Title);
    }

    [Fact]
    public async Task IngestAsync_MissingPathAndUnsupportedFile_AreReportedByName()
    {
        using var folder = new TempFolder();
        var pdf = folder.Write("paper.pdf", "%PDF");
        var missing = Path.Combine(folder.Path, "nope.txt");

        var result = await Ingester.Create(new InMemoryArticleIndex()).RunAsync(missing, pdf);

        Assert.Equal([missing, pdf], result.Failed.Select(f => f.File));
        Assert.Equal("no such file or folder", result.Failed[0].Reason);
    }

    [Fact]
    public async Task IngestAsync_NoDateInMetadata_UsesTheInferredDateFlaggedApproximate()
    {
        using var folder = new TempFolder();
        folder.Write("undated.txt", "Undated\nSomething happened last week.");
        folder.Write("dated.md", "---\ntitle: Dated\npublished: 2025-11\npublished_approximate: true\n---\nBody.");
        folder.Write("exact.md", "---\ntitle: Exact\npublished: 2020-05-06\n---\nBody two.");
        var analyzer = new StubAnalyzer { Inferred = new PartialDate(2024, 2) };
        var index = new InMemoryArticleIndex();

        await Ingester.Create(index, analyzer: analyzer).RunAsync(folder.Path);

        var byTitle = index.Articles.Values.ToDictionary(a => a.Article.Title, a => a.Article);
        Assert.Equal((new PartialDate(2024, 2), true), (byTitle["Undated"].Published!.Value, byTitle["Undated"].PublishedApproximate));
        Assert.Equal((new PartialDate(2025, 11), true), (byTitle["Dated"].Published!.Value, byTitle["Dated"].PublishedApproximate));
        Assert.Equal((new PartialDate(2020, 5, 6), false), (byTitle["Exact"].Published!.Value, byTitle["Exact"].PublishedApproximate));
    }

    [Fact]
    public async Task IngestAsync_TruncatedAnalysis_MarksTheArticleTruncated()
    {
        using var folder = new TempFolder();
        var path = folder.Write("cut.txt", "Cut Short\nThe story stops mid-sentence and then......");
        var index = new InMemoryArticleIndex();

        await Ingester.Create(index, analyzer: new StubAnalyzer { Truncated = true }).RunAsync(path);

        Assert.True(Assert.Single(index.Articles.Values).Article.Truncated);
    }

    [Fact]
    public async Task IngestAsync_AnalyzerThrowsOnOneDocument_ItIsReportedWithItsLineAndTheOthersIndexed()
    {
        using var folder = new TempFolder();
        var path = folder.Write("batch.jsonl",
            "{\"title\": \"A\", \"text\": \"Fine.\"}\n{\"title\": \"B\", \"text\": \"BOOM here.\"}\n{\"title\": \"C\", \"text\": \"Also fine.\"}\n");
        var index = new InMemoryArticleIndex();

        var result = await Ingester.Create(index, analyzer: new StubAnalyzer { ThrowWhenTextContains = "BOOM" }).RunAsync(path);

        Assert.Equal(2, result.Added);
        var failure = Assert.Single(result.Failed);
        Assert.Equal((path, 2), (failure.File, failure.Line!.Value));
        Assert.Contains("analysis failed", failure.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task IngestAsync_IndexWriteFails_IsReportedAndTheRunGoesOn()
    {
        using var folder = new TempFolder();
        folder.Write("a.txt", "Alpha\nFirst.");
        var bad = folder.Write("b.txt", "Beta\nSecond.");
        folder.Write("c.txt", "Gamma\nThird.");
        var index = new InMemoryArticleIndex { FailWhen = a => a.Article.Title == "Beta" };

        var result = await Ingester.Create(index).RunAsync(folder.Path);

        Assert.Equal(2, result.Added);
        var failure = Assert.Single(result.Failed);
        Assert.Equal(bad, failure.File);
        Assert.Contains("disk full", failure.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task IngestAsync_BatchCapableIndex_WritesInBatchesWithTheSameOutcomesAndProgress()
    {
        using var folder = new TempFolder();
        var lines = Enumerable.Range(1, 150).Select(i => $"{{\"title\": \"Story {i}\", \"url\": \"https://bulk.example/{i % 140}\", \"text\": \"Body number {i}.\"}}");
        var path = folder.Write("bulk.jsonl", string.Join('\n', lines) + "\n{\"title\": \"Empty\", \"text\": \"\"}");
        folder.Write("other.txt", "Other\nA second file.");
        var index = new BatchingArticleIndex();
        var progress = new RecordingProgress();

        var result = await Ingester.Create(index).IngestAsync([folder.Path], progress, TestContext.Current.CancellationToken);

        // Urls 1-10 come twice: the second is an update of the first, decided inside the same batch or the next.
        Assert.Equal((141, 10, 0), (result.Added, result.Updated, result.Unchanged));
        Assert.Single(result.Failed);
        Assert.Equal(151, index.BatchSizes.Sum());
        Assert.True(index.BatchSizes.Count < 10, $"batches: {string.Join(',', index.BatchSizes)}");
        Assert.Equal(Enumerable.Range(1, 152), progress.Reports.Where(p => p.CurrentFile is not null).Select(p => p.Documents));
        Assert.Equal([1, 2], progress.Reports.Where(p => p.CurrentFile is null).Select(p => p.FilesDone));
        Assert.Equal("Story 150", index.Articles.Values.Single(a => a.Article.Url == "https://bulk.example/10").Article.Title);
    }

    [Fact]
    public async Task IngestAsync_BatchWriteFails_RetriesOneByOneAndBlamesOnlyTheBadDocument()
    {
        using var folder = new TempFolder();
        folder.Write("a.txt", "Alpha\nFirst.");
        var bad = folder.Write("b.txt", "Beta\nSecond.");
        folder.Write("c.txt", "Gamma\nThird.");
        var index = new BatchingArticleIndex { FailWhen = a => a.Article.Title == "Beta" };

        var result = await Ingester.Create(index).RunAsync(folder.Path);

        Assert.Equal(2, result.Added);
        Assert.Equal(["Alpha", "Gamma"], index.Articles.Values.Select(a => a.Article.Title).Order(StringComparer.Ordinal));
        var failure = Assert.Single(result.Failed);
        Assert.Equal(bad, failure.File);
        Assert.Contains("disk full", failure.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task IngestAsync_ManyDocuments_AreAllWrittenInReadingOrder()
    {
        using var folder = new TempFolder();
        var lines = Enumerable.Range(1, 400).Select(i => $"{{\"title\": \"Story {i}\", \"url\": \"https://bulk.example/{i}\", \"text\": \"Body number {i}.\"}}");
        var path = folder.Write("bulk.jsonl", string.Join('\n', lines));
        var index = new InMemoryArticleIndex();
        var progress = new RecordingProgress();

        var result = await Ingester.Create(index, new IngestOptions { MaxParallelAnalyses = 4 })
            .IngestAsync([path], progress, TestContext.Current.CancellationToken);

        Assert.Equal(400, result.Added);
        Assert.Equal(Enumerable.Range(1, 400).Select(i => $"Story {i}"), index.Articles.Values.Select(a => a.Article.Title));
        Assert.Equal(Enumerable.Range(1, 400), progress.Reports.Where(p => p.CurrentFile is not null).Select(p => p.Documents));
        var last = progress.Reports[^1];
        Assert.Equal((1, 1, 400), (last.FilesDone, last.FilesTotal, last.Added));
    }

    [Fact]
    public async Task IngestAsync_Progress_CountsFilesUpFrontAndEveryFileAsDone()
    {
        using var folder = new TempFolder();
        folder.Write("a.txt", "A\nOne.");
        folder.WriteBytes("b.txt", []);
        folder.Write("c.json", "[]");
        var progress = new RecordingProgress();

        await Ingester.Create(new InMemoryArticleIndex()).IngestAsync([folder.Path], progress, TestContext.Current.CancellationToken);

        Assert.All(progress.Reports, p => Assert.Equal(3, p.FilesTotal));
        Assert.Equal([1, 2, 3], progress.Reports.Where(p => p.CurrentFile is null).Select(p => p.FilesDone));
        Assert.Equal((1, 1), (progress.Reports[^1].Added, progress.Reports[^1].Failed));
    }

    [Fact]
    public async Task IngestAsync_Cancelled_Throws()
    {
        using var folder = new TempFolder();
        folder.Write("a.txt", "A\nOne.");
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() =>
            Ingester.Create(new InMemoryArticleIndex()).IngestAsync([folder.Path], null, cancelled.Token));
    }
}
