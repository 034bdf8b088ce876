using BriefingBot.Core.Index;
using BriefingBot.Storage.Sqlite.Tests.Contract;

namespace BriefingBot.Storage.Postgres.Tests;

/// <summary>The engine-neutral contract (shared with the SQLite engine), run against a fresh PostgreSQL schema per test.</summary>
public sealed class PostgresArticleIndexTests : ArticleIndexContractTests, IAsyncDisposable
{
    private readonly PostgresTestSchema _schema = new();

    protected override async Task<IArticleIndex> CreateIndexAsync() =>
        new PostgresArticleIndex(await _schema.CreateDataSourceAsync(), Time);

    public ValueTask DisposeAsync() => _schema.DisposeAsync();
}
