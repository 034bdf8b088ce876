using BriefingBot.Core.Analysis;
using BriefingBot.Core.Index;
using BriefingBot.Core.Time;
using Microsoft.Extensions.Time.Testing;
using static BriefingBot.Storage.Sqlite.Tests.Contract.TestArticles;

namespace BriefingBot.Storage.Sqlite.Tests.Contract;

/// <summary>
/// What every <see cref="IArticleIndex"/> engine must do. Engines subclass this with a factory that returns a
/// fresh, empty index whose clock is <see cref="Time"/>.
/// </summary>
public abstract class ArticleIndexContractTests
{
    protected FakeTimeProvider Time { get; } = new(new DateTimeOffset(2026, 11, 28, 9, 0, 0, TimeSpan.Zero));

    protected static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>A fresh, empty index using <see cref="Time"/> as its clock.</summary>
    protected abstract Task<IArticleIndex> CreateIndexAsync();

    // ---- upsert ----

    [Fact]
    public async Task UpsertAsync_NewArticle_ReturnsAdded()
    {
        var index = await CreateIndexAsync();
        var outcome = await index.UpsertAsync(Make("a1", "Harbour reopens", "The harbour reopened today."), Ct);
        Assert.Equal(UpsertOutcome.Added, outcome);
        Assert.Equal(1, (await index.GetStatisticsAsync(Ct)).Count);
    }

    [Fact]
    public async Task UpsertAsync_SameIdAndHash_ReturnsUnchangedAndKeepsIndexedAt()
    {
        var index = await CreateIndexAsync();
        var article = Make("a1", "Harbour reopens", "The harbour reopened today.");
        await index.UpsertAsync(article, Ct);
        var firstIngest = Time.GetUtcNow();
        Time.Advance(TimeSpan.FromHours(1));

        var outcome = await index.UpsertAsync(article, Ct);

        Assert.Equal(UpsertOutcome.Unchanged, outcome);
        var hit = Assert.Single(await index.SearchAsync(new ArticleQuery("harbour"), Ct));
        Assert.Equal(firstIngest, hit.IndexedAt);
        Assert.Empty(await index.SearchAsync(new ArticleQuery("harbour", IndexedSince: Time.GetUtcNow()), Ct));
    }

    [Fact]
    public async Task UpsertAsync_SameIdNewHash_ReturnsUpdatedReplacesContentAndBumpsIndexedAt()
    {
        var index = await CreateIndexAsync();
        const string OldText = "Mayor Ana Ruiz said \"The bridge stays closed.\" Repairs continue.";
        const string NewText = "Mayor Ana Ruiz said \"The ferry runs again.\" Service resumes.";
        await index.UpsertAsync(Make("a1", "Bridge closed", OldText, hash: "h1",
            quotes: [Said("Ana Ruiz", "The bridge stays closed.", OldText)]), Ct);
        Time.Advance(TimeSpan.FromHours(2));

        var outcome = await index.UpsertAsync(Make("a1", "Ferry service", NewText, hash: "h2",
            quotes: [Said("Ana Ruiz", "The ferry runs again.", NewText)]), Ct);

        Assert.Equal(UpsertOutcome.Updated, outcome);
        var stored = Assert.Single(await index.GetArticlesAsync(["a1"], Ct));
        Assert.Equal("Ferry service", stored.Article.Title);
        Assert.Equal("h2", stored.Article.ContentHash);
        Assert.Empty(await index.SearchAsync(new ArticleQuery("bridge"), Ct));
        var hit = Assert.Single(await index.SearchAsync(new ArticleQuery("ferry"), Ct));
        Assert.Equal(Time.GetUtcNow(), hit.IndexedAt);
        var quote = Assert.Single(await index.FindQuotesAsync(new QuoteQuery("Ruiz", null), Ct));
        Assert.Equal("The ferry runs again.", quote.Quote.Text);
        Assert.Equal(1, (await index.GetStatisticsAsync(Ct)).Count);
    }

    // ---- reading back ----

    [Fact]
    public async Task GetArticlesAsync_StoredArticle_RoundTripsArticleAndAnalysis()
    {
        var index = await CreateIndexAsync();
        const string Text = "In Bogotá, Gustavo Petro said \"We will not yield.\" The talks began on 26 January 2025.";
        var original = Make("a1", "Petro answers", Text, published: "2025-11", source: "El Diario",
            quotes: [Said("Gustavo Petro", "We will not yield.", Text, surface: "Petro")],
            entities: [Person("Gustavo Petro", "Petro"), Place("Bogotá")],
            keywords: ["talks", "sovereignty"],
            events: [new DatedEvent("2025-01-26", DatePrecision.Day, 0, "The talks began on 26 January 2025.")]);
        original = original with
        {
            Article = original.Article with { PublishedApproximate = true, Truncated = true, Authors = ["Ana Ruiz", "Li Wei"] },
            Analysis = original.Analysis with
            {
                Timexes = [new TimeExpression("26 January 2025", 68, 83, "DATE", "2025-01-26", null, null)],
                BoilerplateRemoved = [new BoilerplateSpan(90, 120, "related links")],
                Truncated = true,
            },
        };
        await index.UpsertAsync(original, Ct);

        var stored = Assert.Single(await index.GetArticlesAsync(["a1"], Ct));

        Assert.Equal(original.Article with { Authors = [] }, stored.Article with { Authors = [] });
        Assert.Equal(original.Article.Authors, stored.Article.Authors);
        Assert.Equal(DatePrecision.Month, stored.Article.Published!.Value.Precision);
        Assert.Equal(original.Analysis.Sentences, stored.Analysis.Sentences);
        Assert.Equal(original.Analysis.Quotes, stored.Analysis.Quotes);
        Assert.Equal(original.Analysis.Timexes, stored.Analysis.Timexes);
        Assert.Equal(original.Analysis.Events, stored.Analysis.Events);
        Assert.Equal(original.Analysis.Summary, stored.Analysis.Summary);
        Assert.Equal(original.Analysis.Keywords, stored.Analysis.Keywords);
        Assert.Equal(original.Analysis.BoilerplateRemoved, stored.Analysis.BoilerplateRemoved);
        Assert.True(stored.Analysis.Truncated);
        Assert.Equal(2, stored.Analysis.Entities.Count);
        Assert.Equal("Gustavo Petro", stored.Analysis.Entities[0].Name);
        Assert.Equal(EntityKind.Person, stored.Analysis.Entities[0].Kind);
        Assert.Equal(["Petro"], stored.Analysis.Entities[0].Aliases);
    }

    [Fact]
    public async Task GetArticlesAsync_SeveralIds_FollowsRequestedOrderAndSkipsUnknown()
    {
        var index = await CreateIndexAsync();
        foreach (var id in new[] { "a", "b", "c" })
            await index.UpsertAsync(Make(id, $"Title {id}", $"Body of {id}."), Ct);

        var stored = await index.GetArticlesAsync(["c", "missing", "a", "b"], Ct);

        Assert.Equal(["c", "a", "b"], stored.Select(s => s.Article.Id));
    }

    // ---- search ----

    [Fact]
    public async Task SearchAsync_TitleAndBodyMatches_TitleFirstThenMoreMentions()
    {
        var index = await CreateIndexAsync();
        await index.UpsertAsync(Make("body-once", "Farm prices rise",
            "Wheat and maize prices rose again this week. Traders in Colombia expect more increases. Storage costs also climbed."), Ct);
        await index.UpsertAsync(Make("title", "Colombia signs trade deal",
            "The agreement lowers tariffs on coffee and flowers. Officials met in the capital for two days of talks."), Ct);
        await index.UpsertAsync(Make("body-often", "Coffee exports grow",
            "Colombia shipped more coffee. Growers in Colombia hired workers. Ports in Colombia stayed busy all month."), Ct);
        await index.UpsertAsync(Make("other", "Rain in Peru", "Heavy rain fell across the highlands this week."), Ct);

        var hits = await index.SearchAsync(new ArticleQuery("colombia"), Ct);

        Assert.Equal(["title", "body-often", "body-once"], hits.Select(h => h.ArticleId));
        Assert.All(hits, h => Assert.True(h.Relevance > 0));
        Assert.True(hits[0].Relevance >= hits[1].Relevance && hits[1].Relevance >= hits[2].Relevance);
    }

    [Fact]
    public async Task SearchAsync_SeveralWords_PrefersArticlesWithAllWordsAndFallsBackToAny()
    {
        var index = await CreateIndexAsync();
        await index.UpsertAsync(Make("both", "Ceasefire talks", "Rebels and the army agreed to a ceasefire in Cauca."), Ct);
        await index.UpsertAsync(Make("one", "Army parade", "The army marched through the capital."), Ct);

        var all = await index.SearchAsync(new ArticleQuery("army ceasefire"), Ct);
        var any = await index.SearchAsync(new ArticleQuery("army volcano"), Ct);

        Assert.Equal(["both"], all.Select(h => h.ArticleId));
        Assert.Equal(["both", "one"], any.Select(h => h.ArticleId).Order(StringComparer.Ordinal));
    }

    [Theory]
    [InlineData("\"")]
    [InlineData("\"colombia")]
    [InlineData("colombia*")]
    [InlineData("*")]
    [InlineData("(colombia")]
    [InlineData("colombia)")]
    [InlineData("NEAR(colombia peru)")]
    [InlineData("colombia NEAR peru")]
    [InlineData("-colombia")]
    [InlineData("colombia -peru")]
    [InlineData("title:colombia")]
    [InlineData("^colombia")]
    [InlineData("colombia AND OR NOT")]
    [InlineData("{title body}: colombia")]
    [InlineData("'; DROP TABLE articles; --")]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("!!!???")]
    [InlineData("colombia\u0000peru")]
    [InlineData("😀 colombia")]
    public async Task SearchAsync_PunctuationAndSyntaxInUserText_NeverThrows(string text)
    {
        var index = await CreateIndexAsync();
        await index.UpsertAsync(Make("a1", "Colombia and Peru", "Colombia and Peru met NEAR the border."), Ct);

        var hits = await index.SearchAsync(new ArticleQuery(text), Ct);
        var quotes = await index.FindQuotesAsync(new QuoteQuery(text, text), Ct);

        Assert.True(hits.Count <= 1);
        Assert.Empty(quotes);
        Assert.Equal(1, (await index.GetStatisticsAsync(Ct)).Count);
    }

    [Theory]
    [InlineData("colombia*")]
    [InlineData("(colombia)")]
    [InlineData("\"colombia\"")]
    [InlineData("-colombia")]
    public async Task SearchAsync_WordWrappedInSyntax_FindsTheWord(string text)
    {
        var index = await CreateIndexAsync();
        await index.UpsertAsync(Make("a1", "Colombia votes", "Polls opened early."), Ct);

        var hit = Assert.Single(await index.SearchAsync(new ArticleQuery(text), Ct));

        Assert.Equal("a1", hit.ArticleId);
    }

    [Fact]
    public async Task SearchAsync_IndexedSince_ReturnsOnlyArticlesIndexedAtOrAfter()
    {
        var index = await CreateIndexAsync();
        await index.UpsertAsync(Make("old", "Election news", "The election campaign started."), Ct);
        Time.Advance(TimeSpan.FromDays(1));
        var since = Time.GetUtcNow();
        await index.UpsertAsync(Make("new", "Election results", "The election results are in."), Ct);
        Time.Advance(TimeSpan.FromMinutes(5));

        var recent = await index.SearchAsync(new ArticleQuery("election", IndexedSince: since), Ct);
        var all = await index.SearchAsync(new ArticleQuery("election"), Ct);

        Assert.Equal(["new"], recent.Select(h => h.ArticleId));
        Assert.Equal(since, recent[0].IndexedAt);
        Assert.Equal(2, all.Count);
    }

    [Fact]
    public async Task SearchAsync_Limit_CapsTheNumberOfHits()
    {
        var index = await CreateIndexAsync();
        for (var i = 0; i < 8; i++)
            await index.UpsertAsync(Make($"a{i}", $"Budget day {i}", "The budget was presented."), Ct);

        Assert.Equal(3, (await index.SearchAsync(new ArticleQuery("budget", Limit: 3), Ct)).Count);
        Assert.Empty(await index.SearchAsync(new ArticleQuery("budget", Limit: 0), Ct));
    }

    [Fact]
    public async Task SearchAsync_AccentsAndCase_AreIgnored()
    {
        var index = await CreateIndexAsync();
        await index.UpsertAsync(Make("a1", "Protest in Bogotá", "Thousands marched in BOGOTÁ on Sunday."), Ct);

        Assert.Single(await index.SearchAsync(new ArticleQuery("bogota"), Ct));
        Assert.Single(await index.SearchAsync(new ArticleQuery("Bógota"), Ct));
    }

    [Fact]
    public async Task SearchAsync_EntityAliasAbsentFromText_FindsTheArticle()
    {
        var index = await CreateIndexAsync();
        await index.UpsertAsync(Make("a1", "Mexican president speaks", "López Obrador spoke at the morning briefing.",
            entities: [Person("Andrés Manuel López Obrador", "López Obrador", "AMLO")]), Ct);

        var hit = Assert.Single(await index.SearchAsync(new ArticleQuery("amlo"), Ct));
        Assert.Equal("a1", hit.ArticleId);
        Assert.Single(await index.SearchAsync(new ArticleQuery("andres manuel"), Ct));
    }

    [Fact]
    public async Task SearchAsync_Hit_CarriesPublishedDateWithItsPrecision()
    {
        var index = await CreateIndexAsync();
        await index.UpsertAsync(Make("a1", "Drought report", "The drought worsened.", published: "2025-09"), Ct);

        var hit = Assert.Single(await index.SearchAsync(new ArticleQuery("drought"), Ct));

        Assert.Equal(new PartialDate(2025, 9), hit.Published);
        Assert.Equal(Time.GetUtcNow(), hit.IndexedAt);
    }

    // ---- quotes ----

    private async Task<IArticleIndex> CreateQuoteCorpusAsync()
    {
        var index = await CreateIndexAsync();
        const string T1 = "Gustavo Petro said \"Colombia will defend its sovereignty.\" Juan Pérez said \"Trade must continue.\"";
        const string T2 = "President Petro said \"We will talk with everyone.\" Officials said nothing.";
        const string T3 = "Petro added \"The coffee harvest is strong.\"";
        await index.UpsertAsync(Make("p1", "Petro on sovereignty", T1, published: "2025-01-26",
            quotes: [Said("Gustavo Petro", "Colombia will defend its sovereignty.", T1), Said("Juan Pérez", "Trade must continue.", T1)],
            entities: [Person("Gustavo Petro", "Petro"), Person("Juan Pérez")]), Ct);
        Time.Advance(TimeSpan.FromMinutes(1));
        await index.UpsertAsync(Make("p2", "Petro invites talks", T2, published: "2025-11",
            quotes: [Said("Gustavo Petro", "We will talk with everyone.", T2, surface: "President Petro")]), Ct);
        Time.Advance(TimeSpan.FromMinutes(1));
        await index.UpsertAsync(Make("p3", "Harvest outlook", T3, published: "2025-03-02",
            quotes: [Said("Gustavo Petro", "The coffee harvest is strong.", T3, surface: "Petro")]), Ct);
        return index;
    }

    [Theory]
    [InlineData("petro")]
    [InlineData("Petro")]
    [InlineData("PETRO")]
    [InlineData("Pétro")]
    [InlineData("President Petro")]
    [InlineData("Gustavo Petro")]
    [InlineData("gustavo")]
    public async Task FindQuotesAsync_SpeakerAlias_FindsAllQuotesOfTheSpeaker(string typed)
    {
        var index = await CreateQuoteCorpusAsync();

        var hits = await index.FindQuotesAsync(new QuoteQuery(typed, null), Ct);

        Assert.Equal(3, hits.Count);
        Assert.All(hits, h => Assert.Equal("Gustavo Petro", h.Quote.Speaker));
    }

    [Theory]
    [InlineData("juan petro")]
    [InlineData("maria")]
    [InlineData("petr")]
    public async Task FindQuotesAsync_NameWithAWordTheSpeakerLacks_FindsNothing(string typed)
    {
        var index = await CreateQuoteCorpusAsync();

        Assert.Empty(await index.FindQuotesAsync(new QuoteQuery(typed, null), Ct));
    }

    [Fact]
    public async Task FindQuotesAsync_Speaker_ReturnsNewestArticleFirst()
    {
        var index = await CreateQuoteCorpusAsync();

        var hits = await index.FindQuotesAsync(new QuoteQuery("petro", null), Ct);

        Assert.Equal(["p2", "p3", "p1"], hits.Select(h => h.Article.Id));
        Assert.Equal(new PartialDate(2025, 11), hits[0].Article.Published);
        Assert.Equal("Petro invites talks", hits[0].Article.Title);
        Assert.Equal("https://news.example/p2", hits[0].Article.Url);
    }

    [Fact]
    public async Task FindQuotesAsync_AccentedSpeakerTypedWithoutAccent_FindsTheQuote()
    {
        var index = await CreateQuoteCorpusAsync();

        var hit = Assert.Single(await index.FindQuotesAsync(new QuoteQuery("juan perez", null), Ct));

        Assert.Equal("Juan Pérez", hit.Quote.Speaker);
        Assert.Equal("Trade must continue.", hit.Quote.Text);
    }

    [Fact]
    public async Task FindQuotesAsync_Topic_RestrictsToMatchingArticles()
    {
        var index = await CreateQuoteCorpusAsync();

        var coffee = await index.FindQuotesAsync(new QuoteQuery("petro", "coffee harvest"), Ct);
        var allSpeakers = await index.FindQuotesAsync(new QuoteQuery(null, "sovereignty"), Ct);

        Assert.Equal(["p3"], coffee.Select(h => h.Article.Id));
        Assert.Equal(["Gustavo Petro", "Juan Pérez"], allSpeakers.Select(h => h.Quote.Speaker).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task FindQuotesAsync_SameQuoteInSeveralArticles_ReturnsItOnceFromTheNewest()
    {
        var index = await CreateIndexAsync();
        const string Text = "Ana Ruiz said \"The port is open.\"";
        await index.UpsertAsync(Make("older", "Port news", Text, published: "2025-05-01",
            quotes: [Said("Ana Ruiz", "The port is open.", Text)]), Ct);
        await index.UpsertAsync(Make("newer", "Port news again", Text + " Ships arrived.", published: "2025-05-02",
            quotes: [Said("Ana Ruiz", "The port is open.", Text)]), Ct);

        var hit = Assert.Single(await index.FindQuotesAsync(new QuoteQuery("ruiz", null), Ct));

        Assert.Equal("newer", hit.Article.Id);
    }

    [Fact]
    public async Task FindQuotesAsync_Limit_CapsTheNumberOfQuotes()
    {
        var index = await CreateQuoteCorpusAsync();

        Assert.Equal(2, (await index.FindQuotesAsync(new QuoteQuery("petro", null, Limit: 2), Ct)).Count);
    }

    [Fact]
    public async Task FindQuotesAsync_NoSpeakerNoTopic_ReturnsAttributedQuotesNewestFirst()
    {
        var index = await CreateQuoteCorpusAsync();
        const string Text = "Lena Ortiz said \"Undated words.\"";
        await index.UpsertAsync(Make("undated", "Undated", Text, quotes: [Said("Lena Ortiz", "Undated words.", Text)]), Ct);

        var hits = await index.FindQuotesAsync(new QuoteQuery(null, null), Ct);

        Assert.Equal(["p2", "p3", "p1", "p1", "undated"], hits.Select(h => h.Article.Id));
        Assert.Equal(["Colombia will defend its sovereignty.", "Trade must continue."], hits.Where(h => h.Article.Id == "p1").Select(h => h.Quote.Text));
    }

    [Fact]
    public async Task FindQuotesAsync_QuoteWithoutSpeaker_IsNotReturned()
    {
        var index = await CreateIndexAsync();
        const string Text = "\"Nobody knows,\" a voice shouted.";
        await index.UpsertAsync(Make("a1", "Mystery", Text,
            quotes: [new Quote("Nobody knows,", 1, 14, QuoteKind.Direct, null, "a voice", "shouted", 0.4, 0)]), Ct);

        Assert.Empty(await index.FindQuotesAsync(new QuoteQuery(null, "mystery"), Ct));
    }

    // ---- statistics and suggestions ----

    [Fact]
    public async Task GetStatisticsAsync_SeveralSources_CountsNewestAndSourcesByCountDescending()
    {
        var index = await CreateIndexAsync();
        var empty = await index.GetStatisticsAsync(Ct);
        await index.UpsertAsync(Make("a", "One", "Text one.", published: "2025-10-31", source: "Wire A"), Ct);
        await index.UpsertAsync(Make("b", "Two", "Text two.", published: "2025-11", source: "Wire B"), Ct);
        Time.Advance(TimeSpan.FromHours(3));
        await index.UpsertAsync(Make("c", "Three", "Text three.", published: "2024-12-31", source: "Wire B"), Ct);

        var stats = await index.GetStatisticsAsync(Ct);

        Assert.Equal(0, empty.Count);
        Assert.Null(empty.Newest);
        Assert.Null(empty.LastIngest);
        Assert.Empty(empty.Sources);
        Assert.Equal(3, stats.Count);
        Assert.Equal(new PartialDate(2025, 11), stats.Newest);
        Assert.Equal(Time.GetUtcNow(), stats.LastIngest);
        Assert.Equal([new SourceCount("Wire B", 2), new SourceCount("Wire A", 1)], stats.Sources);
    }

    [Fact]
    public async Task SuggestSpeakersAsync_PrefixOfAnyWord_MostQuotedFirstIgnoringCaseAndAccents()
    {
        var index = await CreateQuoteCorpusAsync();
        const string Text = "Pedro Castillo said \"We are here.\"";
        await index.UpsertAsync(Make("c1", "Castillo", Text, quotes: [Said("Pedro Castillo", "We are here.", Text)]), Ct);

        var byPe = await index.SuggestSpeakersAsync("PE", 10, Ct);
        var byGus = await index.SuggestSpeakersAsync("gus", 10, Ct);
        var byPer = await index.SuggestSpeakersAsync("pér", 10, Ct);
        var limited = await index.SuggestSpeakersAsync("pe", 1, Ct);

        Assert.Equal("Gustavo Petro", byPe[0]);
        Assert.Equal(["Gustavo Petro", "Juan Pérez", "Pedro Castillo"], byPe.Order(StringComparer.Ordinal));
        Assert.Equal(["Gustavo Petro"], byGus);
        Assert.Equal(["Juan Pérez"], byPer);
        Assert.Equal(["Gustavo Petro"], limited);
        Assert.Empty(await index.SuggestSpeakersAsync("zz", 10, Ct));
    }

    [Fact]
    public async Task SuggestTopicsAsync_Prefix_EntityNamesAndKeywordsByFrequency()
    {
        var index = await CreateIndexAsync();
        await index.UpsertAsync(Make("a", "A", "Text a.", entities: [Place("Colombia")], keywords: ["coffee", "colombia"]), Ct);
        await index.UpsertAsync(Make("b", "B", "Text b.", entities: [Place("Colombia")], keywords: ["coal"]), Ct);
        await index.UpsertAsync(Make("c", "C", "Text c.", entities: [Place("Cuba")], keywords: ["coffee"]), Ct);

        var co = await index.SuggestTopicsAsync("co", 10, Ct);
        var colo = await index.SuggestTopicsAsync("COLO", 10, Ct);

        Assert.Equal("Colombia", co[0]);
        Assert.Equal(["Colombia", "coffee", "coal"], co);
        Assert.Equal(["Colombia"], colo);
        Assert.Equal(["Colombia"], await index.SuggestTopicsAsync("co", 1, Ct));
        Assert.Empty(await index.SuggestTopicsAsync("xy", 10, Ct));
    }

    // ---- concurrency ----

    [Fact]
    public async Task UpsertAsync_ConcurrentWritersFromSeveralTasks_StoresEveryArticle()
    {
        var index = await CreateIndexAsync();
        const int Tasks = 4, PerTask = 15;

        var outcomes = await Task.WhenAll(Enumerable.Range(0, Tasks).Select(t => Task.Run(async () =>
        {
            var results = new List<UpsertOutcome>();
            for (var i = 0; i < PerTask; i++)
            {
                var text = $"Writer {t} filed report {i}. Gustavo Petro said \"Report {t}-{i} is true.\"";
                results.Add(await index.UpsertAsync(Make($"t{t}-{i}", $"Report {t} {i}", text,
                    quotes: [Said("Gustavo Petro", $"Report {t}-{i} is true.", text)]), Ct));
                // Readers interleave with writers.
                await index.SearchAsync(new ArticleQuery("report"), Ct);
            }
            return results;
        }, Ct)));

        Assert.All(outcomes.SelectMany(o => o), o => Assert.Equal(UpsertOutcome.Added, o));
        Assert.Equal(Tasks * PerTask, (await index.GetStatisticsAsync(Ct)).Count);
        Assert.Equal(Tasks * PerTask, (await index.FindQuotesAsync(new QuoteQuery("petro", null, Limit: 1000), Ct)).Count);
    }

    [Fact]
    public async Task UpsertAsync_SameArticleFromSeveralTasksAtOnce_AddsItExactlyOnce()
    {
        var index = await CreateIndexAsync();
        var article = Make("same", "Same story", "One story sent by several feeds.");

        var outcomes = await Task.WhenAll(Enumerable.Range(0, 6).Select(_ => Task.Run(() => index.UpsertAsync(article, Ct), Ct)));

        Assert.Single(outcomes, UpsertOutcome.Added);
        Assert.Equal(5, outcomes.Count(o => o == UpsertOutcome.Unchanged));
        Assert.Equal(1, (await index.GetStatisticsAsync(Ct)).Count);
    }
}
