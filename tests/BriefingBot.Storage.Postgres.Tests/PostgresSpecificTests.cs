using BriefingBot.Core.Index;
using Microsoft.Extensions.Time.Testing;
using static BriefingBot.Storage.Sqlite.Tests.Contract.TestArticles;

namespace BriefingBot.Storage.Postgres.Tests;

/// <summary>What the contract cannot say: migrations under concurrent starts, stemming, PostgreSQL's limits on text.</summary>
public sealed class PostgresSpecificTests : IAsyncDisposable
{
    private readonly PostgresTestSchema _schema = new();
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 11, 28, 9, 0, 0, TimeSpan.Zero));
    private readonly CancellationToken _ct = TestContext.Current.CancellationToken;

    public ValueTask DisposeAsync() => _schema.DisposeAsync();

    private async Task<PostgresArticleIndex> InstanceAsync() => new(await _schema.CreateDataSourceAsync(), _time);

    [Fact]
    public async Task FirstUse_SeveralInstancesStartingAtOnce_MigrateOnceAndAllWork()
    {
        var instances = new List<PostgresArticleIndex>();
        for (var i = 0; i < 6; i++) instances.Add(await InstanceAsync());

        await Task.WhenAll(instances.Select(index => Task.Run(() => index.InitializeAsync(_ct), _ct)));
        var outcomes = await Task.WhenAll(instances.Select((index, i) => index.UpsertAsync(Make($"a{i}", "Harbour news", "The harbour reopened."), _ct)));

        Assert.All(outcomes, o => Assert.Equal(UpsertOutcome.Added, o));
        Assert.Equal(1, await _schema.ScalarAsync("SELECT version FROM briefingbot_schema_versions WHERE component = 'article_index'"));
        Assert.Equal(6, (await instances[0].GetStatisticsAsync(_ct)).Count);
    }

    [Fact]
    public async Task FirstUse_SchemaNewerThanTheProgram_FailsWithAClearMessage()
    {
        var index = await InstanceAsync();
        await index.InitializeAsync(_ct);
        await _schema.ScalarAsync("UPDATE briefingbot_schema_versions SET version = 99 WHERE component = 'article_index'");

        var upgradedElsewhere = await InstanceAsync();

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => upgradedElsewhere.InitializeAsync(_ct));

        Assert.Contains("newer than this program knows", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("elections")]
    [InlineData("ELECTED")]
    public async Task SearchAsync_InflectedWord_FindsTheStemLikeTheSqliteEngine(string typed)
    {
        var index = await InstanceAsync();
        await index.UpsertAsync(Make("a1", "Vote count", "The election was held on Sunday; two mayors were elected."), _ct);

        Assert.Single(await index.SearchAsync(new ArticleQuery(typed), _ct));
    }

    [Fact]
    public async Task UpsertAsync_TextWithNulCharacter_IsStoredAndSearchableWithOffsetsIntact()
    {
        var index = await InstanceAsync();
        var text = "Before\0after: the volcano erupted.";

        await index.UpsertAsync(Make("nul", "Volcano\0report", text), _ct);

        var stored = Assert.Single(await index.GetArticlesAsync(["nul"], _ct));
        Assert.Equal(text.Length, stored.Article.Text.Length);
        Assert.Equal(text.IndexOf("volcano", StringComparison.Ordinal), stored.Article.Text.IndexOf("volcano", StringComparison.Ordinal));
        Assert.Single(await index.SearchAsync(new ArticleQuery("volcano"), _ct));
        Assert.Empty(await index.FindQuotesAsync(new QuoteQuery("a\0b", "volcano\0"), _ct));
    }

    [Fact]
    public async Task UpsertAsync_HugeText_IsStoredWholeAndFoundByItsBeginning()
    {
        var index = await InstanceAsync();
        var text = "Glacier survey opens. " + string.Join(' ', Enumerable.Range(0, 120_000).Select(i => $"w{i}"));

        Assert.Equal(UpsertOutcome.Added, await index.UpsertAsync(Make("huge", "Survey", text), _ct));

        Assert.Equal(text, Assert.Single(await index.GetArticlesAsync(["huge"], _ct)).Article.Text);
        Assert.Single(await index.SearchAsync(new ArticleQuery("glacier"), _ct));
    }

    [Fact]
    public async Task SearchAsync_OnlyStopWords_ReturnsNothingInsteadOfThrowing()
    {
        var index = await InstanceAsync();
        await index.UpsertAsync(Make("a1", "The harbour", "It is what it is."), _ct);

        Assert.Empty(await index.SearchAsync(new ArticleQuery("the it is"), _ct));
        Assert.Single(await index.SearchAsync(new ArticleQuery("the harbour"), _ct));
    }
}
