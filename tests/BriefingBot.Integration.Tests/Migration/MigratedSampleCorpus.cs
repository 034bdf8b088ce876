using BriefingBot.Cli;
using BriefingBot.Core.Commands;
using BriefingBot.Core.Digests;
using BriefingBot.Ingest;
using BriefingBot.Storage.Postgres;
using BriefingBot.Storage.Postgres.Digests;
using BriefingBot.Storage.Sqlite;
using BriefingBot.Storage.Sqlite.Digests;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace BriefingBot.Integration.Tests.Migration;

/// <summary>
/// Once per test class: the repo's sample corpus ingested for real (IngestService + TextAnalyzer + SqliteArticleIndex)
/// into a temp SQLite file, two subscriptions and a delivery added, then `briefingbot migrate-to-postgres` run
/// in-process into a fresh PostgreSQL schema. Also ingests the same corpus straight into a second schema, the
/// reference for "the migrated index answers like a PostgreSQL index built from the sources".
/// Does nothing without BRIEFINGBOT_TEST_POSTGRES; the tests then skip.
/// </summary>
public sealed class MigratedSampleCorpus : IAsyncLifetime
{
    public static readonly DateTimeOffset Created = new(2026, 11, 20, 9, 30, 15, 123, TimeSpan.Zero);

    private readonly string _folder = Directory.CreateTempSubdirectory("briefingbot-migrate-").FullName;
    private TestPostgresSchema? _target;
    private TestPostgresSchema? _reference;

    public string SqlitePath => Path.Combine(_folder, "index.db");

    public ServiceProvider Sqlite { get; private set; } = null!;

    public ServiceProvider Postgres { get; private set; } = null!;

    /// <summary>PostgreSQL filled by ingesting the same corpus directly, not by migration.</summary>
    public ServiceProvider PostgresReference { get; private set; } = null!;

    public string TargetConnectionString => _target!.ConnectionString;

    public int FirstExitCode { get; private set; }

    public int SecondExitCode { get; private set; }

    public IReadOnlyList<Subscription> Subscriptions { get; private set; } = [];

    public Delivery Delivery { get; private set; } = null!;

    public static string CorpusFolder()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "config", "articles");
            if (File.Exists(Path.Combine(dir.FullName, "BriefingBot.sln")) && Directory.Exists(candidate)) return candidate;
        }
        throw new InvalidOperationException("The repository's config/articles was not found above " + AppContext.BaseDirectory);
    }

    /// <summary>Skips the calling test when there is no PostgreSQL to migrate into.</summary>
    public void RequirePostgres()
    {
        if (_target is null) Assert.Skip($"{TestPostgresSchema.Variable} is not set: no PostgreSQL to migrate into (source .ci/postgres to start one).");
    }

    public async ValueTask InitializeAsync()
    {
        if (TestPostgresSchema.Server is not { } server) return;
        var ct = TestContext.Current.CancellationToken;
        _target = await TestPostgresSchema.CreateAsync(server);
        _reference = await TestPostgresSchema.CreateAsync(server);

        Sqlite = Compose(s => s.AddSqliteArticleIndex(SqlitePath).AddSqliteDigestStore(SqlitePath));
        var ingested = await Sqlite.GetRequiredService<IngestService>().IngestAsync([CorpusFolder()], progress: null, ct);
        Assert.True(ingested.Added > 100, $"the sample corpus should index over a hundred articles: {ingested}");
        await AddDigestsAsync(Sqlite.GetRequiredService<IDigestStore>(), ct);

        PostgresReference = Compose(s => s.AddPostgresArticleIndex(_reference.ConnectionString));
        await PostgresReference.GetRequiredService<IngestService>().IngestAsync([CorpusFolder()], progress: null, ct);

        FirstExitCode = await MigrateAsync();
        SecondExitCode = await MigrateAsync();
        Postgres = Compose(s => s.AddPostgresArticleIndex(_target.ConnectionString).AddPostgresDigestStore(_target.ConnectionString));
    }

    /// <summary>Runs the real verb, in-process, the way a user types it.</summary>
    public Task<int> MigrateAsync(params string[] extra) =>
        CliApplication.RunAsync(["migrate-to-postgres", "--db", SqlitePath, "--to", TargetConnectionString, "--json", .. extra]);

    public async ValueTask DisposeAsync()
    {
        if (Sqlite is not null) await Sqlite.DisposeAsync();
        if (Postgres is not null) await Postgres.DisposeAsync();
        if (PostgresReference is not null) await PostgresReference.DisposeAsync();
        if (_target is not null) await _target.DisposeAsync();
        if (_reference is not null) await _reference.DisposeAsync();
        SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
            // Best effort: temp folders are cleaned by the OS.
        }
    }

    private async Task AddDigestsAsync(IDigestStore store, CancellationToken ct)
    {
        Subscriptions =
        [
            new Subscription("sub-daily", ChatPlatform.Slack, "T01", "C-news", ["election", "storm"], new TimeOnly(7, 30),
                "America/Bogota", DigestCadence.Daily, "slack:U1", Created, Created.AddMinutes(5)),
            new Subscription("sub-paused", ChatPlatform.Discord, null, "D-42", ["police"], new TimeOnly(18, 0),
                "Europe/Berlin", DigestCadence.Parse("0 8 * * 1-5"), "discord:99", Created.AddDays(1), Created.AddDays(2), Paused: true),
        ];
        foreach (var subscription in Subscriptions) await store.AddSubscriptionAsync(subscription, ct);
        var scheduled = new DateTimeOffset(2026, 11, 21, 12, 30, 0, TimeSpan.Zero);
        var (added, _) = await store.AddDeliveryIfAbsentAsync(
            new Delivery("dlv-1", "sub-daily", "2026-11-21", scheduled, DeliveryStatus.Pending, 0, scheduled, Late: false, CreatedAt: scheduled), ct);
        var owner = "instance-a";
        var claimed = await store.TryClaimAsync(added.Id, owner, scheduled, scheduled.AddMinutes(2), ct) ?? throw new InvalidOperationException("claim failed");
        Delivery = claimed with
        {
            Status = DeliveryStatus.Sent, Attempts = 1, SendStartedAt = scheduled.AddSeconds(1), SentAt = scheduled.AddSeconds(2),
            PlatformMessageId = "1732.0042", ContentSince = Created, ContentUntil = scheduled, LeaseOwner = null, LeaseExpiresAt = null,
        };
        if (!await store.UpdateClaimedAsync(Delivery, owner, ct)) throw new InvalidOperationException("update failed");
    }

    private static ServiceProvider Compose(Action<IServiceCollection> storage)
    {
        var services = new ServiceCollection()
            .AddLogging()
            .AddSingleton<IConfiguration>(new ConfigurationBuilder().Build());
        storage(services);
        services.AddIngest();
        return services.BuildServiceProvider();
    }
}
