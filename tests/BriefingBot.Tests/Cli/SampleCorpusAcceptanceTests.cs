using System.Text.Json;

namespace BriefingBot.Tests.Cli;

/// <summary>
/// The foundation issue's acceptance checks, run the way a newcomer runs them: the real binary over the bundled
/// sample corpus (config/articles), one shared index built once for the class.
/// </summary>
public sealed class SampleCorpusAcceptanceTests(SampleCorpusAcceptanceTests.IndexedCorpus corpus) : IClassFixture<SampleCorpusAcceptanceTests.IndexedCorpus>
{
    public sealed class IndexedCorpus : IAsyncLifetime
    {
        private readonly TempFolder _temp = new();

        public string Db => _temp.File("sample.db");

        public string Folder => _temp.Path;

        public async ValueTask InitializeAsync()
        {
            var articles = Path.Combine(CliProcess.RepositoryRoot(), "config", "articles");
            var result = await CliProcess.RunAsync(_temp.Path, null, "ingest", articles, "--db", Db, "--json");
            Assert.True(result.ExitCode == 0, result.Stderr);
        }

        public ValueTask DisposeAsync()
        {
            _temp.Dispose();
            return ValueTask.CompletedTask;
        }
    }

    private async Task<JsonElement> RunJsonAsync(params string[] args)
    {
        var result = await CliProcess.RunAsync(corpus.Folder, null, [.. args, "--db", corpus.Db, "--json"]);
        Assert.True(result.ExitCode == 0, result.Stderr);
        return JsonDocument.Parse(result.Stdout).RootElement.Clone();
    }

    [Fact]
    public async Task BriefColombia_CitesTheSeedWithItsQuotesAndDates()
    {
        var brief = await RunJsonAsync("brief", "colombia");

        var articles = brief.GetProperty("articles").EnumerateArray().ToList();
        Assert.Contains(articles, a => a.GetProperty("title").GetString() == "The Needless Rift Between America and Colombia");
        var summary = brief.GetProperty("summary").EnumerateArray().ToList();
        Assert.NotEmpty(summary);
        Assert.All(summary, s => Assert.InRange(s.GetProperty("citation").GetInt32(), 1, articles.Count));
        var quotes = brief.GetProperty("quotes").EnumerateArray()
            .Select(q => (Text: q.GetProperty("text").GetString()!, Speaker: q.GetProperty("speaker").GetString())).ToList();
        Assert.Contains(quotes, q => q.Text.StartsWith("I hear Colombia", StringComparison.Ordinal) && q.Speaker == "Donald Trump");
        Assert.Contains(quotes, q => q.Text.StartsWith("Do not threaten our sovereignty", StringComparison.Ordinal) && q.Speaker == "Gustavo Petro");
        var dates = brief.GetProperty("timeline").EnumerateArray().Select(t => t.GetProperty("date").GetString()).ToList();
        Assert.Contains("2025-01-26", dates);
        Assert.Contains("2025-09", dates);
        Assert.Contains("2025-10", dates);
    }

    [Fact]
    public async Task SeedTrailingNames_AppearNowhere()
    {
        // The seed ends with a run of unrelated names after a long blank gap: take them from the file itself.
        var seed = await File.ReadAllTextAsync(Path.Combine(CliProcess.RepositoryRoot(), "config", "articles", "foreign-affairs-needless-rift.md"), TestContext.Current.CancellationToken);
        var tail = seed[(seed.LastIndexOf("\n\n\n\n", StringComparison.Ordinal) + 4)..];
        var names = tail.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        Assert.True(names.Length >= 3, "the seed's trailing name list was not found");

        var outputs = new[]
        {
            (await RunJsonAsync("brief", "colombia")).GetRawText(),
            (await RunJsonAsync("timeline", "colombia")).GetRawText(),
            (await RunJsonAsync("quotes", "colombia")).GetRawText(),
        };

        foreach (var name in names)
            Assert.All(outputs, o => Assert.DoesNotContain(name, o, StringComparison.Ordinal));
    }

    [Fact]
    public async Task QuotesBySurname_ResolveToGustavoPetro()
    {
        var quotes = await RunJsonAsync("quotes", "--speaker", "petro");

        var list = quotes.GetProperty("quotes").EnumerateArray().ToList();
        Assert.NotEmpty(list);
        Assert.All(list, q => Assert.Equal("Gustavo Petro", q.GetProperty("speaker").GetString()));
    }

    [Fact]
    public async Task TimelineColombia_OldestFirstWithPrecision()
    {
        var timeline = await RunJsonAsync("timeline", "colombia");

        var entries = timeline.GetProperty("timeline").EnumerateArray().ToList();
        Assert.True(entries.Count >= 3);
        var first = entries.First();
        Assert.Equal("decade", first.GetProperty("precision").GetString());
        Assert.Contains(entries, e => e.GetProperty("date").GetString() == "2025-01-26" && e.GetProperty("precision").GetString() == "day");
    }

    [Fact]
    public async Task BriefAirbus_AnswersFromWikinews()
    {
        var brief = await RunJsonAsync("brief", "airbus");

        Assert.True(brief.GetProperty("matchedArticles").GetInt32() >= 5);
        Assert.NotEmpty(brief.GetProperty("summary").EnumerateArray());
        Assert.All(brief.GetProperty("articles").EnumerateArray(), a => Assert.Contains("en.wikinews.org/", a.GetProperty("url").GetString(), StringComparison.Ordinal));
    }

    [Fact]
    public async Task ExtractSeed_OffsetsPointAtTheQuotedTextInTheFile()
    {
        var path = Path.Combine(CliProcess.RepositoryRoot(), "config", "articles", "foreign-affairs-needless-rift.md");
        var fileText = await File.ReadAllTextAsync(path, TestContext.Current.CancellationToken);

        var result = await CliProcess.RunAsync(corpus.Folder, null, "extract", path, "--published", "2025-11-15", "--json");

        Assert.Equal(0, result.ExitCode);
        var json = JsonDocument.Parse(result.Stdout).RootElement;
        Assert.Equal("2025-11-15", json.GetProperty("published").GetString());
        Assert.True(json.GetProperty("truncated").GetBoolean());
        var quotes = json.GetProperty("quotes").EnumerateArray().ToList();
        Assert.NotEmpty(quotes);
        foreach (var q in quotes)
            Assert.Equal(q.GetProperty("text").GetString(), fileText[q.GetProperty("start").GetInt32()..q.GetProperty("end").GetInt32()]);
        foreach (var t in json.GetProperty("timexes").EnumerateArray())
            Assert.Equal(t.GetProperty("text").GetString(), fileText[t.GetProperty("start").GetInt32()..t.GetProperty("end").GetInt32()]);
        Assert.Contains(json.GetProperty("timexes").EnumerateArray(), t => t.GetProperty("value").GetString() == "2025-01-26");
        foreach (var key in new[] { "title", "textLength", "sentences", "entities", "events", "summary", "boilerplateRemoved" })
            Assert.True(json.TryGetProperty(key, out _), $"missing {key}");
    }
}
