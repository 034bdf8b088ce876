using BriefingBot.Core.Index;
using BriefingBot.Storage.Sqlite.Tests.Contract;

namespace BriefingBot.Storage.Sqlite.Tests;

/// <summary>The engine-neutral contract, run against a fresh SQLite file per test.</summary>
public sealed class SqliteArticleIndexTests : ArticleIndexContractTests, IDisposable
{
    private readonly TempDatabase _database = new();

    protected override Task<IArticleIndex> CreateIndexAsync() =>
        Task.FromResult<IArticleIndex>(new SqliteArticleIndex(new SqliteIndexOptions { Path = _database.NewPath() }, Time));

    public void Dispose() => _database.Dispose();
}
