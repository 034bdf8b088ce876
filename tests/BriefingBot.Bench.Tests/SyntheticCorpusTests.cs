using System.Globalization;
using System.Text;
using System.Text.Json;
using BriefingBot.Bench;
using BriefingBot.Bench.Vocabulary;

namespace BriefingBot.Bench.Tests;

public sealed class SyntheticCorpusTests
{
    private static string Corpus(int articles, int seed = SyntheticCorpus.DefaultSeed)
    {
        using var writer = new StringWriter(CultureInfo.InvariantCulture);
        SyntheticCorpus.Write(writer, articles, seed);
        return writer.ToString();
    }

    private static List<JsonElement> Lines(string corpus) =>
        corpus.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement.Clone()).ToList();

    [Fact]
    public void Write_SameSeed_SameOutput()
    {
        Assert.Equal(Corpus(50, 7), Corpus(50, 7));
    }

    [Fact]
    public void Write_DifferentSeeds_DifferentTexts()
    {
        var a = Lines(Corpus(20, 1)).Select(l => l.GetProperty("text").GetString()).ToList();
        var b = Lines(Corpus(20, 2)).Select(l => l.GetProperty("text").GetString()).ToList();
        Assert.Empty(a.Intersect(b));
    }

    [Fact]
    public void Write_ShorterRun_IsPrefixOfLongerRun()
    {
        // Article i depends only on (seed, i): a 10k index is the first 10k articles of the 100k one.
        Assert.StartsWith(Corpus(10), Corpus(25), StringComparison.Ordinal);
    }

    [Fact]
    public void Write_EveryLine_IsAnIngestObjectWithAllFields()
    {
        var lines = Lines(Corpus(200));
        Assert.Equal(200, lines.Count);
        foreach (var line in lines)
        {
            Assert.StartsWith("syn-42-", line.GetProperty("id").GetString(), StringComparison.Ordinal);
            Assert.False(string.IsNullOrWhiteSpace(line.GetProperty("title").GetString()));
            Assert.True(Uri.TryCreate(line.GetProperty("url").GetString(), UriKind.Absolute, out var url) && url.Scheme == "https");
            Assert.False(string.IsNullOrWhiteSpace(line.GetProperty("source").GetString()));
            Assert.True(DateOnly.TryParseExact(line.GetProperty("published").GetString(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _));
            Assert.InRange(line.GetProperty("authors").GetArrayLength(), 1, 2);
            Assert.False(string.IsNullOrWhiteSpace(line.GetProperty("text").GetString()));
        }
        Assert.Equal(200, lines.Select(l => l.GetProperty("id").GetString()).Distinct().Count());
        Assert.Equal(200, lines.Select(l => l.GetProperty("url").GetString()).Distinct().Count());
    }

    [Fact]
    public void Write_AverageText_IsAboutFiveKilobytes()
    {
        var lengths = Lines(Corpus(400)).Select(l => Encoding.UTF8.GetByteCount(l.GetProperty("text").GetString()!)).ToList();
        Assert.InRange(lengths.Average(), 4_500, 5_800);
        Assert.True(lengths.Min() >= 2_000, $"shortest {lengths.Min()}");
        Assert.True(lengths.Max() <= 10_000, $"longest {lengths.Max()}");
    }

    [Fact]
    public void Generate_SameArticlesAsWrite()
    {
        var written = Lines(Corpus(30));
        var generated = SyntheticCorpus.Generate(30).ToList();
        Assert.Equal(written.Count, generated.Count);
        for (var i = 0; i < generated.Count; i++)
        {
            Assert.Equal(written[i].GetProperty("id").GetString(), generated[i].Id);
            Assert.Equal(written[i].GetProperty("title").GetString(), generated[i].Title);
            Assert.Equal(written[i].GetProperty("url").GetString(), generated[i].Url);
            Assert.Equal(written[i].GetProperty("text").GetString(), generated[i].Text);
        }
    }

    [Fact]
    public void Generate_Texts_HoldQuotesDatesAndPeople()
    {
        var articles = SyntheticCorpus.Generate(300).ToList();
        static double Share(IEnumerable<SyntheticArticle> all, Func<string, bool> has) => all.Count(a => has(a.Text)) / 300.0;

        Assert.True(Share(articles, t => t.Contains('"', StringComparison.Ordinal) || t.Contains('\u201C', StringComparison.Ordinal)) > 0.9);
        Assert.True(Share(articles, t => t.Contains('\u201C', StringComparison.Ordinal)) > 0.2, "curly quotation marks appear too");
        Assert.True(Share(articles, t => t.Contains(" said that ", StringComparison.Ordinal) || t.Contains("According to ", StringComparison.Ordinal)) > 0.3);
        Assert.True(Share(articles, t => Names.Months.Any(m => t.Contains(m, StringComparison.Ordinal))) > 0.8);
        Assert.True(Share(articles, t => t.Contains("last year", StringComparison.Ordinal) || t.Contains("last week", StringComparison.Ordinal) || t.Contains("yesterday", StringComparison.Ordinal)) > 0.5);
        Assert.True(Share(articles, t => t.Contains("Share this article", StringComparison.Ordinal)) is > 0.02 and < 0.3, "some articles end in boilerplate");
        Assert.True(Share(articles, t => Cast.People.Any(p => t.Contains(p.Name, StringComparison.Ordinal))) > 0.95);
    }

    [Fact]
    public void Generate_SpeakersAndOrganisations_RecurAcrossArticles()
    {
        var articles = SyntheticCorpus.Generate(500).Select(a => a.Text).ToList();
        var recurring = Cast.People.Count(p => articles.Count(t => t.Contains(p.Name, StringComparison.Ordinal)) >= 3);
        Assert.True(recurring > Cast.People.Length / 2, $"{recurring} people in 3+ articles");
        // Topics overlap: an organisation appears in articles of more than one topic keyword (URL slug).
        var all = SyntheticCorpus.Generate(500).ToList();
        var keywords = all.Where(a => a.Text.Contains("Castellan Bank", StringComparison.Ordinal))
            .Select(a => a.Url.Split('/')[^1].Split("-syn-")[0]).Distinct().Count();
        Assert.True(keywords >= 3, $"Castellan Bank appears under {keywords} topics");
    }

    [Fact]
    public void WriteFile_CreatesFolderAndWritesUtf8WithoutBom()
    {
        var folder = Path.Combine(Path.GetTempPath(), "bench-tests-" + Guid.NewGuid().ToString("N"));
        try
        {
            var path = Path.Combine(folder, "nested", "corpus.jsonl");
            SyntheticCorpus.WriteFile(path, 5, 3);
            var bytes = File.ReadAllBytes(path);
            Assert.NotEqual(0xEF, bytes[0]);
            Assert.Equal(Corpus(5, 3), Encoding.UTF8.GetString(bytes));
        }
        finally
        {
            if (Directory.Exists(folder)) Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void Write_NegativeCount_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => SyntheticCorpus.Write(TextWriter.Null, -1));
    }

    [Fact]
    public void Write_ZeroArticles_WritesNothing()
    {
        Assert.Equal("", Corpus(0));
    }
}
