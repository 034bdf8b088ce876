using System.Diagnostics;
using System.Globalization;
using System.Text;
using BriefingBot.Core.Analysis;
using BriefingBot.Core.Articles;
using BriefingBot.Core.Index;
using static BriefingBot.Storage.Sqlite.Tests.Contract.TestArticles;

namespace BriefingBot.Storage.Sqlite.Tests;

/// <summary>
/// A manual load probe (explicit: not part of a normal test run, and it asserts no timings): ingests a synthetic
/// corpus and prints ingest rate and query latencies. Run with
/// <c>dotnet build tests/BriefingBot.Storage.Sqlite.Tests &amp;&amp; dotnet tests/BriefingBot.Storage.Sqlite.Tests/bin/Debug/net10.0/BriefingBot.Storage.Sqlite.Tests.dll -method "*LoadProbe*" -explicit only -showLiveOutput</c>
/// (or <c>-class</c>),
/// size from BRIEFINGBOT_PROBE_ARTICLES (default 5000).
/// </summary>
public sealed class SqliteIndexLoadProbe : IDisposable
{
    private static readonly string[] SpeakerPrefixes = ["a", "be", "ko", ""];
    private static readonly string[] TopicPrefixes = ["c", "co", "pe", "b"];
    private readonly TempDatabase _database = new();

    public void Dispose() => _database.Dispose();

    [Fact(Explicit = true)]
    public async Task LoadProbe_SyntheticCorpus_PrintsIngestRateAndQueryLatencies()
    {
        var ct = TestContext.Current.CancellationToken;
        var count = int.TryParse(Environment.GetEnvironmentVariable("BRIEFINGBOT_PROBE_ARTICLES"), CultureInfo.InvariantCulture, out var n) ? n : 5000;
        var index = new SqliteArticleIndex(new SqliteIndexOptions { Path = _database.NewPath() }, TimeProvider.System);
        var random = new Random(42);
        var vocabulary = Enumerable.Range(0, 6000).Select(i => Word(random, i)).ToArray();
        var people = Enumerable.Range(0, 400).Select(i => $"{Capital(vocabulary[random.Next(2000)])} {Capital(vocabulary[random.Next(2000, 6000)])}").ToArray();
        var places = new[] { "Colombia", "Peru", "Chile", "Bogotá", "Lima", "Quito", "Caracas", "Brazil", "Mexico", "Panama" };

        var articles = Enumerable.Range(0, count).Select(i => Synthetic(i, random, vocabulary, people, places)).ToList();
        var cpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
        var watch = Stopwatch.StartNew();
        foreach (var article in articles) await index.UpsertAsync(article, ct);
        watch.Stop();
        // CPU time is the figure to compare on a shared machine: wall time there mostly measures the neighbours.
        var cpu = Process.GetCurrentProcess().TotalProcessorTime - cpuBefore;
        var output = TestContext.Current.TestOutputHelper!;
        output.WriteLine($"ingest: {count} articles in {watch.Elapsed.TotalSeconds:F1} s = {count / watch.Elapsed.TotalSeconds:F0} articles/s (CPU {cpu.TotalMilliseconds / count:F2} ms/article = {count / cpu.TotalSeconds:F0} articles per CPU-second); file {new FileInfo(index.FilePath).Length / 1_048_576.0:F1} MB");

        var queries = new[] { "colombia", "peru election", places[3], vocabulary[5], vocabulary[300] + " " + vocabulary[40], "\"quoted\" (syntax) *" };
        await Measure("search", output, queries.Select<string, Func<Task>>(q => () => index.SearchAsync(new ArticleQuery(q, 20), ct)));
        await Measure("search+load 10", output, queries.Select<string, Func<Task>>(q => async () =>
        {
            var hits = await index.SearchAsync(new ArticleQuery(q, 10), ct);
            await index.GetArticlesAsync(hits.Select(h => h.ArticleId).ToList(), ct);
        }));
        await Measure("quotes by speaker", output, people.Take(20).Select<string, Func<Task>>(p => () => index.FindQuotesAsync(new QuoteQuery(p.Split(' ')[1], null), ct)));
        await Measure("quotes by speaker+topic", output, people.Take(20).Select<string, Func<Task>>(p => () => index.FindQuotesAsync(new QuoteQuery(p, "colombia"), ct)));
        await Measure("quotes by topic", output, queries.Select<string, Func<Task>>(q => () => index.FindQuotesAsync(new QuoteQuery(null, q), ct)));
        await Measure("quotes by rare topic", output, vocabulary.Skip(5900).Take(10).Select<string, Func<Task>>(q => () => index.FindQuotesAsync(new QuoteQuery(null, q), ct)));
        await Measure("suggest speakers", output, SpeakerPrefixes.Select<string, Func<Task>>(p => () => index.SuggestSpeakersAsync(p, 10, ct)));
        await Measure("suggest topics", output, TopicPrefixes.Select<string, Func<Task>>(p => () => index.SuggestTopicsAsync(p, 10, ct)));
        await Measure("statistics", output, [() => index.GetStatisticsAsync(ct)]);

        Assert.Equal(count, (await index.GetStatisticsAsync(ct)).Count);
        if (Environment.GetEnvironmentVariable("BRIEFINGBOT_PROBE_PLAN") is { Length: > 0 } plan)
        {
            await using var connection = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={index.FilePath}");
            await connection.OpenAsync(ct);
            using var command = connection.CreateCommand();
#pragma warning disable CA2100 // A developer's probe input.
            command.CommandText = "EXPLAIN QUERY PLAN " + plan;
#pragma warning restore CA2100
            using var reader = await command.ExecuteReaderAsync(ct);
            while (await reader.ReadAsync(ct)) output.WriteLine($"plan: {reader.GetValue(3)}");
        }
    }

    private static async Task Measure(string name, ITestOutputHelper output, IEnumerable<Func<Task>> operations)
    {
        var list = operations.ToList();
        foreach (var op in list) await op(); // warm up
        var times = new List<double>();
        var cpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
        for (var round = 0; round < 10; round++)
        {
            foreach (var op in list)
            {
                var watch = Stopwatch.StartNew();
                await op();
                times.Add(watch.Elapsed.TotalMilliseconds);
            }
        }
        var cpu = (Process.GetCurrentProcess().TotalProcessorTime - cpuBefore).TotalMilliseconds / times.Count;
        times.Sort();
        output.WriteLine($"{name}: p50 {times[times.Count / 2]:F2} ms, p99 {times[(int)(times.Count * 0.99)]:F2} ms, max {times[^1]:F2} ms, mean CPU {cpu:F2} ms");
    }

    private static AnalyzedArticle Synthetic(int i, Random random, string[] vocabulary, string[] people, string[] places)
    {
        var text = new StringBuilder();
        var quotes = new List<Quote>();
        var speakers = Enumerable.Range(0, 3).Select(_ => people[(int)Math.Min(people.Length - 1, Math.Abs(random.NextDouble() * random.NextDouble() * people.Length))]).ToArray();
        for (var s = 0; s < 30; s++)
        {
            if (s % 6 == 3)
            {
                var speaker = speakers[random.Next(speakers.Length)];
                var said = Sentence(random, vocabulary, 12);
                text.Append(speaker).Append(" said \"");
                var start = text.Length;
                text.Append(said).Append("\" ");
                quotes.Add(new Quote(said, start, start + said.Length, QuoteKind.Direct, speaker, speaker, "said", 0.8, s));
            }
            else
            {
                text.Append(Sentence(random, vocabulary, 18)).Append(' ');
                if (random.Next(5) == 0) text.Append("In ").Append(places[random.Next(places.Length)]).Append(" nothing changed. ");
            }
        }
        var body = text.ToString();
        return Make($"syn-{i}", Capital(Sentence(random, vocabulary, 7)).TrimEnd('.'), body,
            published: new DateOnly(2020, 1, 1).AddDays(random.Next(2000)).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            source: $"Source {random.Next(12)}",
            quotes: quotes,
            entities: speakers.Distinct().Select(p => Person(p, p.Split(' ')[1])).Append(Place(places[random.Next(places.Length)])).ToList(),
            keywords: Enumerable.Range(0, 8).Select(_ => vocabulary[random.Next(vocabulary.Length)]).Distinct().ToList());
    }

    private static string Sentence(Random random, string[] vocabulary, int words)
    {
        var picked = Enumerable.Range(0, words).Select(_ => vocabulary[(int)(vocabulary.Length * Math.Pow(random.NextDouble(), 2.5))]);
        return Capital(string.Join(' ', picked)) + ".";
    }

    private static string Word(Random random, int i)
    {
        const string Letters = "abcdefghiklmnoprstuvy";
        var length = 3 + random.Next(7);
        var chars = new char[length];
        for (var c = 0; c < length; c++) chars[c] = Letters[random.Next(Letters.Length)];
        return new string(chars) + (i % 7 == 0 ? "s" : "");
    }

    private static string Capital(string s) => s.Length == 0 ? s : char.ToUpperInvariant(s[0]) + s[1..];
}
