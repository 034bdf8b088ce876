using System.Text.Json;
using BriefingBot.Cli;
using BriefingBot.Core.Briefings;
using BriefingBot.Core.Digests;
using BriefingBot.Core.Index;
using Microsoft.Extensions.DependencyInjection;

namespace BriefingBot.Integration.Tests.Migration;

/// <summary>`migrate-to-postgres` on the real sample corpus, into a real PostgreSQL (skipped without one).</summary>
public sealed class MigrateToPostgresTests(MigratedSampleCorpus corpus) : IClassFixture<MigratedSampleCorpus>
{
    [Fact]
    public void MigrateToPostgres_SampleCorpus_ExitsZeroTwice()
    {
        corpus.RequirePostgres();

        Assert.Equal(ExitCodes.Success, corpus.FirstExitCode);
        Assert.Equal(ExitCodes.Success, corpus.SecondExitCode);
    }

    [Fact]
    public async Task MigrateToPostgres_SampleCorpus_EveryRowCountMatches()
    {
        corpus.RequirePostgres();
        var ct = TestContext.Current.CancellationToken;

        var source = await corpus.Sqlite.GetRequiredService<IArticleExport>().CountAsync(ct);
        var target = await corpus.Postgres.GetRequiredService<IArticleExport>().CountAsync(ct);
        var sourceDigests = await corpus.Sqlite.GetRequiredService<IDigestExport>().CountAsync(ct);
        var targetDigests = await corpus.Postgres.GetRequiredService<IDigestExport>().CountAsync(ct);

        Assert.True(source.Articles > 100 && source.Quotes > 0 && source.Entities > 0 && source.Events > 0, $"source: {source}");
        Assert.Equal(source, target);
        Assert.Equal(new DigestCounts(2, 1), sourceDigests);
        Assert.Equal(sourceDigests, targetDigests);
    }

    [Fact]
    public async Task MigrateToPostgres_SampleCorpus_EveryArticleWithItsAnalysisAndIndexedAtPreserved()
    {
        corpus.RequirePostgres();
        var ct = TestContext.Current.CancellationToken;
        var target = corpus.Postgres.GetRequiredService<IArticleIndex>();
        var compared = 0;

        await foreach (var exported in corpus.Sqlite.GetRequiredService<IArticleExport>().ReadAllAsync(ct))
        {
            var copy = Assert.Single(await target.GetArticlesAsync([exported.Article.Article.Id], ct));
            // Serialized whole: article fields, authors, sentences, entities, every quote with speaker and span, events.
            Assert.Equal(JsonSerializer.Serialize(exported.Article), JsonSerializer.Serialize(copy));
            compared++;
        }

        var hits = new Dictionary<string, DateTimeOffset>(StringComparer.Ordinal);
        await foreach (var exported in corpus.Postgres.GetRequiredService<IArticleExport>().ReadAllAsync(ct))
            hits[exported.Article.Article.Id] = exported.IndexedAt;
        Assert.Equal(compared, hits.Count);
        await foreach (var exported in corpus.Sqlite.GetRequiredService<IArticleExport>().ReadAllAsync(ct))
        {
            // timestamptz keeps microseconds; SQLite keeps 100 ns ticks.
            Assert.Equal(Microseconds(exported.IndexedAt), Microseconds(hits[exported.Article.Article.Id]));
        }
    }

    [Fact]
    public async Task MigrateToPostgres_SampleCorpus_SubscriptionsAndDeliveryPreservedFieldByField()
    {
        corpus.RequirePostgres();
        var ct = TestContext.Current.CancellationToken;
        var store = corpus.Postgres.GetRequiredService<IDigestStore>();

        var copies = await store.ListSubscriptionsAsync(null, ct);

        Assert.Equal(corpus.Subscriptions.Count, copies.Count);
        foreach (var original in corpus.Subscriptions)
        {
            var copy = Assert.Single(copies, s => s.Id == original.Id);
            Assert.Equal(original.Topics, copy.Topics);
            Assert.Equal(original with { Topics = [] }, copy with { Topics = [] });
        }
        Assert.Contains(copies, s => s.Paused);
        Assert.Equal(corpus.Delivery, await store.GetDeliveryAsync(corpus.Delivery.Id, ct));
        Assert.Equal(corpus.Delivery, await store.GetLastSentDeliveryAsync("sub-daily", ct));
    }

    [Fact]
    public async Task MigrateToPostgres_SampleCorpus_BriefingsCiteTheSameArticlesAsPostgresBuiltFromTheSources()
    {
        corpus.RequirePostgres();
        var ct = TestContext.Current.CancellationToken;
        var migrated = new BriefingService(corpus.Postgres.GetRequiredService<IArticleIndex>());
        var reference = new BriefingService(corpus.PostgresReference.GetRequiredService<IArticleIndex>());

        var topics = await TopicsAsync(ct);
        foreach (var topic in topics)
        {
            var fromMigration = await migrated.BriefAsync(new BriefingRequest(topic), ct);
            var fromSources = await reference.BriefAsync(new BriefingRequest(topic), ct);

            Assert.True(fromMigration.Articles.Count > 0, $"'{topic}' cites nothing");
            Assert.Equal(fromSources.MatchedArticles, fromMigration.MatchedArticles);
            Assert.Equal(fromSources.Articles.Select(a => a.Id), fromMigration.Articles.Select(a => a.Id));
            Assert.Equal(fromSources.Summary.Select(s => s.Text), fromMigration.Summary.Select(s => s.Text));
        }
    }

    [Fact]
    public async Task MigrateToPostgres_SampleCorpus_ArticlesBothEnginesMatchCarryTheSameIndexedAt()
    {
        corpus.RequirePostgres();
        var ct = TestContext.Current.CancellationToken;
        var sqlite = corpus.Sqlite.GetRequiredService<IArticleIndex>();
        var postgres = corpus.Postgres.GetRequiredService<IArticleIndex>();

        foreach (var topic in await TopicsAsync(ct))
        {
            var before = (await sqlite.SearchAsync(new ArticleQuery(topic, Limit: 200), ct)).ToDictionary(h => h.ArticleId, h => h.IndexedAt);
            var after = await postgres.SearchAsync(new ArticleQuery(topic, Limit: 200), ct);

            // The engines tokenize and stem differently (FTS5 porter vs PostgreSQL english), so their match sets
            // may differ by an article at the edges; on what both match, the copy must carry the same instant.
            var shared = after.Where(h => before.ContainsKey(h.ArticleId)).ToList();
            Assert.NotEmpty(shared);
            Assert.All(shared, h => Assert.Equal(Microseconds(before[h.ArticleId]), Microseconds(h.IndexedAt)));
        }
    }

    [Fact]
    public async Task MigrateToPostgres_SampleCorpus_NewSinceCutOffFollowsThePreservedIndexedAt()
    {
        corpus.RequirePostgres();
        var ct = TestContext.Current.CancellationToken;
        var indexedAt = new Dictionary<string, DateTimeOffset>(StringComparer.Ordinal);
        await foreach (var exported in corpus.Sqlite.GetRequiredService<IArticleExport>().ReadAllAsync(ct))
            indexedAt[exported.Article.Article.Id] = exported.IndexedAt;
        var ordered = indexedAt.Values.Order().ToList();
        // On the microsecond grid both engines share, so an article indexed exactly then is "new" on both.
        var since = new DateTimeOffset(Microseconds(ordered[ordered.Count / 2]) * 10, TimeSpan.Zero);
        var postgres = corpus.Postgres.GetRequiredService<IArticleIndex>();
        var olderMatches = 0;

        foreach (var topic in await TopicsAsync(ct))
        {
            var recent = await postgres.SearchAsync(new ArticleQuery(topic, 200, since), ct);
            var all = await postgres.SearchAsync(new ArticleQuery(topic, 200), ct);

            // Had the copy stamped "now" (as a re-ingest would), older articles would come back as new here.
            Assert.All(recent, h => Assert.True(indexedAt[h.ArticleId] >= since, $"'{topic}': {h.ArticleId} was indexed before the cut-off"));
            olderMatches += all.Count(h => indexedAt[h.ArticleId] < since);
        }
        Assert.True(olderMatches > 0, "some topic should match articles indexed before the cut-off, or this test proves nothing");
    }

    [Fact]
    public async Task MigrateToPostgres_ThirdRun_ReportsEverythingUnchanged()
    {
        corpus.RequirePostgres();
        var ct = TestContext.Current.CancellationToken;
        var before = await corpus.Postgres.GetRequiredService<IArticleExport>().CountAsync(ct);

        var exitCode = await corpus.MigrateAsync();

        Assert.Equal(ExitCodes.Success, exitCode);
        Assert.Equal(before, await corpus.Postgres.GetRequiredService<IArticleExport>().CountAsync(ct));
    }

    private static long Microseconds(DateTimeOffset instant) => instant.UtcTicks / 10;

    /// <summary>Topics the corpus itself suggests (its most frequent names and keywords), not hand-picked ones.</summary>
    private async Task<IReadOnlyList<string>> TopicsAsync(CancellationToken ct)
    {
        var index = corpus.Sqlite.GetRequiredService<IArticleIndex>();
        var topics = new List<string>();
        foreach (var prefix in new[] { "a", "c", "m", "p", "s" })
            topics.AddRange((await index.SuggestTopicsAsync(prefix, 2, ct)).Where(t => !topics.Contains(t, StringComparer.OrdinalIgnoreCase)));
        Assert.True(topics.Count >= 5, $"the corpus should suggest topics: {string.Join(", ", topics)}");
        return topics;
    }
}
