using BriefingBot.Core.Index;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace BriefingBot.Storage.Sqlite.Tests;

public sealed class SqliteServiceCollectionExtensionsTests : IDisposable
{
    private readonly TempDatabase _database = new();

    public void Dispose() => _database.Dispose();

    [Fact]
    public async Task AddSqliteArticleIndex_Path_ResolvesOneWorkingSingleton()
    {
        var path = _database.NewPath();
        using var provider = new ServiceCollection().AddSqliteArticleIndex(path).BuildServiceProvider();

        var index = provider.GetRequiredService<IArticleIndex>();
        await index.GetStatisticsAsync(TestContext.Current.CancellationToken);

        Assert.Same(index, provider.GetRequiredService<IArticleIndex>());
        Assert.Same(index, provider.GetRequiredService<SqliteArticleIndex>());
        Assert.Equal(path, ((SqliteArticleIndex)index).FilePath);
        Assert.True(File.Exists(path));
    }

    [Fact]
    public void AddSqliteArticleIndex_Configuration_BindsStorageSqliteSection()
    {
        var path = _database.NewPath("configured.db");
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["Storage:Sqlite:Path"] = path })
            .Build();
        using var provider = new ServiceCollection()
            .AddSingleton<IConfiguration>(configuration)
            .AddSqliteArticleIndex()
            .BuildServiceProvider();

        Assert.Equal(path, provider.GetRequiredService<SqliteArticleIndex>().FilePath);
    }

    [Fact]
    public void AddSqliteArticleIndex_EmptyConfiguredPath_FailsValidation()
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["Storage:Sqlite:Path"] = " " })
            .Build();
        using var provider = new ServiceCollection()
            .AddSingleton<IConfiguration>(configuration)
            .AddSqliteArticleIndex()
            .BuildServiceProvider();

        Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IOptions<SqliteIndexOptions>>().Value);
    }

    [Fact]
    public void AddSqliteArticleIndex_IndexAlreadyRegistered_KeepsTheExistingOne()
    {
        var existing = new SqliteArticleIndex(new SqliteIndexOptions { Path = _database.NewPath("first.db") }, TimeProvider.System);
        using var provider = new ServiceCollection()
            .AddSingleton<IArticleIndex>(existing)
            .AddSqliteArticleIndex(_database.NewPath("second.db"))
            .BuildServiceProvider();

        Assert.Same(existing, provider.GetRequiredService<IArticleIndex>());
    }
}
