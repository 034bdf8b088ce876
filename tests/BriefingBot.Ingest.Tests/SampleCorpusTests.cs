using BriefingBot.Core.Time;
using BriefingBot.Ingest.Reading;
using BriefingBot.Ingest.Tests.TestSupport;

namespace BriefingBot.Ingest.Tests;

public sealed class SampleCorpusTests
{
    private static string Articles => Path.Combine(RepoRoot.Find(), "config", "articles");

    [Fact]
    public async Task IngestAsync_SampleCorpus_Indexes145ArticlesWithoutFailures()
    {
        var index = new InMemoryArticleIndex();

        var result = await Ingester.Create(index).RunAsync(Articles);

        Assert.Empty(result.Failed);
        Assert.Equal(145, result.Added);
        Assert.Equal(1, result.Skipped); // ATTRIBUTION.md
        Assert.Equal(145, index.Articles.Count);
        Assert.All(index.Articles.Values, a => Assert.False(string.IsNullOrWhiteSpace(a.Article.Title)));
        // 144 Wikinews records: 2 have no dct and 1 has "03-02-2009" (ambiguous, refused); those 3 get a date inferred
        // from their text, flagged approximate; the other 141 keep their metadata's exact day.
        var wikinews = index.Articles.Values.Where(a => a.Article.Source?.Contains("Wikinews", StringComparison.Ordinal) == true).ToList();
        Assert.Equal(141, wikinews.Count(a => a.Article.Published?.Precision == DatePrecision.Day && !a.Article.PublishedApproximate));
        Assert.Equal(3, wikinews.Count(a => a.Article.PublishedApproximate));
    }

    [Fact]
    public async Task IngestAsync_SeedEssay_KeepsItsApproximateMonthAndFullText()
    {
        var index = new InMemoryArticleIndex();

        await Ingester.Create(index).RunAsync(Path.Combine(Articles, "foreign-affairs-needless-rift.md"));

        var article = Assert.Single(index.Articles.Values).Article;
        Assert.Equal("The Needless Rift Between America and Colombia", article.Title);
        Assert.Equal("Foreign Affairs", article.Source);
        Assert.Equal(new PartialDate(2025, 11), article.Published);
        Assert.True(article.PublishedApproximate);
        Assert.StartsWith("On January 26, days after", article.Text, StringComparison.Ordinal);
        // The trailing name list and the dangling truncated fragment are blanked in the stored text (offsets unchanged).
        Assert.True(article.Truncated);
        Assert.DoesNotContain("Rachel Marsden", article.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Plan....", article.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("administration established Plan", article.Text, StringComparison.Ordinal);
        Assert.EndsWith("an existential threat to the Colombian state.", article.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void ReadFile_SeedEssay_BodyIsTheSeedWithoutItsTitleLineByteForByte()
    {
        var seed = Path.Combine(RepoRoot.Find(), "..", "shared", "seeds", "000_68aea6c03c9d9aa6.txt");
        if (!File.Exists(seed)) Assert.Skip("the shared seed folder is not beside the repository");
        var seedText = File.ReadAllText(seed);
        var withoutTitle = seedText[(seedText.IndexOf('\n', StringComparison.Ordinal) + 1)..];

        var document = Assert.Single(DocumentReaders.ReadFile(Path.Combine(Articles, "foreign-affairs-needless-rift.md")).Documents);

        Assert.Equal(withoutTitle, document.Body);
    }
}
