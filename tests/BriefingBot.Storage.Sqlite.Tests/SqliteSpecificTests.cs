using BriefingBot.Core.Articles;
using BriefingBot.Core.Index;
using BriefingBot.Storage.Sqlite.Schema;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Time.Testing;
using static BriefingBot.Storage.Sqlite.Tests.Contract.TestArticles;

namespace BriefingBot.Storage.Sqlite.Tests;

/// <summary>What only the SQLite engine has: the file, its schema versions, its transactions and locks.</summary>
public sealed class SqliteSpecificTests : IDisposable
{
    private readonly TempDatabase _database = new();
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 11, 28, 9, 0, 0, TimeSpan.Zero));

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public void Dispose() => _database.Dispose();

    private SqliteArticleIndex Open(string path) => new(new SqliteIndexOptions { Path = path }, _time);

    private static async Task<T> ScalarAsync<T>(string path, string sql)
    {
        await using var connection = new SqliteConnection($"Data Source={path};Pooling=False");
        await connection.OpenAsync(Ct);
        using var command = connection.CreateCommand();
#pragma warning disable CA2100 // Test-only constant SQL.
        command.CommandText = sql;
#pragma warning restore CA2100
        return (T)Convert.ChangeType((await command.ExecuteScalarAsync(Ct))!, typeof(T), System.Globalization.CultureInfo.InvariantCulture);
    }

    private static async Task ExecuteAsync(string path, string sql)
    {
        await using var connection = new SqliteConnection($"Data Source={path};Pooling=False");
        await connection.OpenAsync(Ct);
        using var command = connection.CreateCommand();
#pragma warning disable CA2100 // Test-only constant SQL.
        command.CommandText = sql;
#pragma warning restore CA2100
        await command.ExecuteNonQueryAsync(Ct);
    }

    [Fact]
    public async Task FirstUse_FreshPathInMissingFolder_CreatesFileAtLatestSchemaInWalMode()
    {
        var path = _database.NewPath();
        var index = Open(path);

        await index.GetStatisticsAsync(Ct);

        Assert.True(File.Exists(path));
        Assert.Equal(path, index.FilePath);
        Assert.Equal(SqliteMigrator.LatestVersion, await ScalarAsync<int>(path, "PRAGMA user_version;"));
        Assert.Equal("wal", await ScalarAsync<string>(path, "PRAGMA journal_mode;"));
        Assert.Equal(1, await ScalarAsync<int>(path, "SELECT COUNT(*) FROM sqlite_master WHERE name = 'articles_fts';"));
        Assert.Equal(1, await ScalarAsync<int>(path, "SELECT COUNT(*) FROM sqlite_master WHERE name = 'ix_quotes_speaker_key';"));
    }

    [Fact]
    public async Task Reopen_ExistingFile_KeepsDataAndSchemaVersion()
    {
        var path = _database.NewPath();
        await Open(path).UpsertAsync(Make("a1", "Harbour reopens", "The harbour reopened."), Ct);
        SqliteConnection.ClearAllPools();

        var reopened = Open(path);
        var hits = await reopened.SearchAsync(new ArticleQuery("harbour"), Ct);

        Assert.Equal("a1", Assert.Single(hits).ArticleId);
        Assert.Equal(UpsertOutcome.Unchanged, await reopened.UpsertAsync(Make("a1", "Harbour reopens", "The harbour reopened."), Ct));
        Assert.Equal(SqliteMigrator.LatestVersion, await ScalarAsync<int>(path, "PRAGMA user_version;"));
    }

    [Fact]
    public async Task FirstUse_FileFromANewerVersion_FailsWithAClearMessage()
    {
        var path = _database.NewPath();
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        await ExecuteAsync(path, $"PRAGMA user_version = {SqliteMigrator.LatestVersion + 1};");

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => Open(path).GetStatisticsAsync(Ct));

        Assert.Contains("newer", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task FirstUse_FileThatIsNotADatabase_FailsWithAClearMessage()
    {
        var path = _database.NewPath("notes.txt");
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        await File.WriteAllTextAsync(path, new string('x', 4096), Ct);

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => Open(path).GetStatisticsAsync(Ct));

        Assert.Contains("not a SQLite database", error.Message, StringComparison.Ordinal);
        Assert.Equal(new string('x', 4096), await File.ReadAllTextAsync(path, Ct));
    }

    [Fact]
    public async Task FirstUse_SeveralInstancesOnOneFreshFile_MigrateOnce()
    {
        var path = _database.NewPath();

        await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => Task.Run(() => Open(path).GetStatisticsAsync(Ct), Ct)));

        Assert.Equal(SqliteMigrator.LatestVersion, await ScalarAsync<int>(path, "PRAGMA user_version;"));
    }

    [Fact]
    public async Task UpsertAsync_InsertFailsMidway_LeavesNoPartialArticle()
    {
        var path = _database.NewPath();
        var index = Open(path);
        await index.GetStatisticsAsync(Ct);
        // The second quote insert fails after the article row, entities and first quote were written.
        await ExecuteAsync(path, """
            CREATE TRIGGER fail_quote BEFORE INSERT ON quotes WHEN NEW.text = 'boom'
            BEGIN SELECT RAISE(ABORT, 'injected failure'); END;
            """);
        const string Text = "Ana Ruiz said \"Fine.\" Then she said \"boom\".";
        var article = Make("a1", "Partial", Text, entities: [Person("Ana Ruiz")],
            quotes: [Said("Ana Ruiz", "Fine.", Text), Said("Ana Ruiz", "boom", Text)]);

        await Assert.ThrowsAsync<SqliteException>(() => index.UpsertAsync(article, Ct));

        Assert.Equal(0, (await index.GetStatisticsAsync(Ct)).Count);
        Assert.Empty(await index.GetArticlesAsync(["a1"], Ct));
        Assert.Empty(await index.SearchAsync(new ArticleQuery("partial"), Ct));
        Assert.Equal(0, await ScalarAsync<int>(path, "SELECT COUNT(*) FROM quotes;"));
        Assert.Equal(0, await ScalarAsync<int>(path, "SELECT COUNT(*) FROM entities;"));
    }

    [Fact]
    public async Task UpsertManyAsync_MixedBatch_SameOutcomesAndRowsAsOneByOne()
    {
        var batchIndex = Open(_database.NewPath("batch.db"));
        var singleIndex = Open(_database.NewPath("single.db"));
        const string Text = "Ana Ruiz said \"Fine.\" on Tuesday.";
        AnalyzedArticle[] first = [Make("a1", "First", Text, hash: "h1", quotes: [Said("Ana Ruiz", "Fine.", Text)]), Make("a2", "Second", "Plain text.", hash: "h2")];
        AnalyzedArticle[] second =
        [
            Make("a1", "First", Text, hash: "h1"),
            Make("a2", "Second revised", "Plain revised text.", hash: "h3", entities: [Person("Ana Ruiz")]),
            Make("a3", "Third", "New text.", hash: "h4", keywords: ["harbour"]),
            Make("a3", "Third again", "Newer text.", hash: "h5"),
        ];
        await batchIndex.UpsertManyAsync(first, Ct);
        foreach (var article in first) await singleIndex.UpsertAsync(article, Ct);

        var batchOutcomes = await batchIndex.UpsertManyAsync(second, Ct);
        var singleOutcomes = new List<UpsertOutcome>();
        foreach (var article in second) singleOutcomes.Add(await singleIndex.UpsertAsync(article, Ct));

        Assert.Equal([UpsertOutcome.Unchanged, UpsertOutcome.Updated, UpsertOutcome.Added, UpsertOutcome.Updated], batchOutcomes);
        Assert.Equal(singleOutcomes, batchOutcomes);
        foreach (var index in new[] { batchIndex, singleIndex })
        {
            var stored = await index.GetArticlesAsync(["a1", "a2", "a3"], Ct);
            Assert.Equal(["First", "Second revised", "Third again"], stored.Select(a => a.Article.Title));
            Assert.Equal("Fine.", Assert.Single(await index.FindQuotesAsync(new QuoteQuery("ruiz", null), Ct)).Quote.Text);
            Assert.Single(await index.SearchAsync(new ArticleQuery("revised"), Ct));
            Assert.Equal(3, (await index.GetStatisticsAsync(Ct)).Count);
        }
    }

    [Fact]
    public async Task UpsertManyAsync_AllUnchanged_WritesNothing()
    {
        var index = Open(_database.NewPath());
        AnalyzedArticle[] batch = [Make("a1", "One", "Text one.", hash: "h1"), Make("a2", "Two", "Text two.", hash: "h2")];
        await index.UpsertManyAsync(batch, Ct);

        Assert.Equal([UpsertOutcome.Unchanged, UpsertOutcome.Unchanged], await index.UpsertManyAsync(batch, Ct));
        Assert.Empty(await index.UpsertManyAsync([], Ct));
    }

    [Fact]
    public async Task UpsertManyAsync_OneArticleFails_WritesNoneOfTheBatch()
    {
        var path = _database.NewPath();
        var index = Open(path);
        await index.UpsertAsync(Make("a0", "Old", "Old text.", hash: "h0"), Ct);
        await ExecuteAsync(path, """
            CREATE TRIGGER fail_quote BEFORE INSERT ON quotes WHEN NEW.text = 'boom'
            BEGIN SELECT RAISE(ABORT, 'injected failure'); END;
            """);
        const string Text = "Ana Ruiz said \"boom\".";
        AnalyzedArticle[] batch =
        [
            Make("a0", "Old revised", "Old text revised.", hash: "h1"),
            Make("a1", "Fine", "Fine text."),
            Make("a2", "Partial", Text, quotes: [Said("Ana Ruiz", "boom", Text)]),
        ];

        await Assert.ThrowsAsync<SqliteException>(() => index.UpsertManyAsync(batch, Ct));

        Assert.Equal(1, (await index.GetStatisticsAsync(Ct)).Count);
        Assert.Equal("Old", Assert.Single(await index.GetArticlesAsync(["a0", "a1", "a2"], Ct)).Article.Title);
        Assert.Empty(await index.SearchAsync(new ArticleQuery("fine"), Ct));
        Assert.Equal(0, await ScalarAsync<int>(path, "SELECT COUNT(*) FROM quotes;"));
    }

    [Fact]
    public async Task UpsertAsync_UpdateFailsMidway_KeepsThePreviousVersionWhole()
    {
        var path = _database.NewPath();
        var index = Open(path);
        const string OldText = "Ana Ruiz said \"Fine.\"";
        await index.UpsertAsync(Make("a1", "Old title", OldText, hash: "h1", quotes: [Said("Ana Ruiz", "Fine.", OldText)]), Ct);
        await ExecuteAsync(path, """
            CREATE TRIGGER fail_quote BEFORE INSERT ON quotes WHEN NEW.text = 'boom'
            BEGIN SELECT RAISE(ABORT, 'injected failure'); END;
            """);
        const string NewText = "Ana Ruiz said \"boom\".";

        await Assert.ThrowsAsync<SqliteException>(() =>
            index.UpsertAsync(Make("a1", "New title", NewText, hash: "h2", quotes: [Said("Ana Ruiz", "boom", NewText)]), Ct));

        var stored = Assert.Single(await index.GetArticlesAsync(["a1"], Ct));
        Assert.Equal("Old title", stored.Article.Title);
        Assert.Equal("Fine.", Assert.Single(await index.FindQuotesAsync(new QuoteQuery("ruiz", null), Ct)).Quote.Text);
        Assert.Single(await index.SearchAsync(new ArticleQuery("old"), Ct));
    }

    [Fact]
    public async Task UpsertAsync_TwoInstancesOnOneFile_BothWritersSucceedAndSeeEachOther()
    {
        // Two index instances with separate pools stand in for two processes sharing the file.
        var path = _database.NewPath();
        var first = Open(path);
        var second = new SqliteArticleIndex(new SqliteIndexOptions { Path = path, BusyTimeoutMilliseconds = 30_000 }, _time);

        await Task.WhenAll(
            Task.Run(async () => { for (var i = 0; i < 20; i++) await first.UpsertAsync(Make($"f{i}", "First writer", $"Story {i} from the first writer."), Ct); }, Ct),
            Task.Run(async () => { for (var i = 0; i < 20; i++) await second.UpsertAsync(Make($"s{i}", "Second writer", $"Story {i} from the second writer."), Ct); }, Ct));

        Assert.Equal(40, (await first.GetStatisticsAsync(Ct)).Count);
        Assert.Equal(20, (await second.SearchAsync(new ArticleQuery("first writer"), Ct)).Count);
    }

    [Fact]
    public async Task FindQuotesAsync_TopicInThousandsOfArticles_NewestFirstWithinLimit()
    {
        // Past about a thousand topic articles the engine walks the index newest first instead; same answer.
        var index = Open(_database.NewPath());
        var start = new DateOnly(2022, 1, 1);
        for (var i = 0; i < 1100; i++)
        {
            var text = $"Budget story {i}. Ana Ruiz said \"Budget line {i} holds.\"";
            await index.UpsertAsync(Make($"b{i}", $"Budget {i}", text, published: start.AddDays(i * 7 % 1100).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
                quotes: [Said("Ana Ruiz", $"Budget line {i} holds.", text)]), Ct);
        }
        var expected = Enumerable.Range(0, 1100)
            .OrderByDescending(i => i * 7 % 1100).ThenByDescending(i => i)
            .Take(5).Select(i => $"b{i}").ToList();

        var byTopic = await index.FindQuotesAsync(new QuoteQuery(null, "budget", Limit: 5), Ct);
        var bySpeakerAndTopic = await index.FindQuotesAsync(new QuoteQuery("ruiz", "budget", Limit: 5), Ct);

        Assert.Equal(expected, byTopic.Select(h => h.Article.Id));
        Assert.Equal(expected, bySpeakerAndTopic.Select(h => h.Article.Id));
    }

    [Fact]
    public async Task UpsertAsync_UpdatedArticle_LeavesNoOrphanRows()
    {
        var path = _database.NewPath();
        var index = Open(path);
        const string Text = "Ana Ruiz said \"One.\"";
        await index.UpsertAsync(Make("a1", "T", Text, hash: "h1", quotes: [Said("Ana Ruiz", "One.", Text)],
            entities: [Person("Ana Ruiz")], keywords: ["one", "two"]), Ct);
        await index.UpsertAsync(Make("a1", "T", Text, hash: "h2", quotes: [Said("Ana Ruiz", "One.", Text)],
            entities: [Person("Ana Ruiz")], keywords: ["one", "two"]), Ct);

        Assert.Equal(1, await ScalarAsync<int>(path, "SELECT COUNT(*) FROM quotes;"));
        Assert.Equal(1, await ScalarAsync<int>(path, "SELECT COUNT(*) FROM entities;"));
        Assert.Equal(2, await ScalarAsync<int>(path, "SELECT COUNT(*) FROM keywords;"));
        Assert.Equal(1, await ScalarAsync<int>(path, "SELECT COUNT(*) FROM articles_fts WHERE articles_fts MATCH 'ruiz';"));
        Assert.NotNull(await ScalarAsync<string>(path, "SELECT updated_at FROM articles;"));
    }
}
