using BriefingBot.Core.Sources;
using Microsoft.Data.Sqlite;

namespace BriefingBot.Storage.Sqlite.Sources;

/// <summary>
/// Registered web sources, the items seen per source and the near-duplicate registry (SimHash fingerprints and
/// alternative URLs) in a SQLite file, usually the article index's, in <c>source_</c> tables with their own
/// migration stream. Leases are single <c>UPDATE … RETURNING</c> statements, atomic under SQLite's write lock.
/// </summary>
public sealed class SqliteSourceStore : ISourceStore, IDuplicateRegistry
{
    private const string Columns =
        "id, url, kind, interval_seconds, origin, added_at, title, next_poll_at, last_polled_at, last_success_at, " +
        "consecutive_failures, last_error, disabled_reason, etag, last_modified, items_ingested";

    private const string FingerprintColumns = "article_id, simhash, content_hash, host, updated_at";

    private const int Bands = 8;

    private const int BandBits = 64 / Bands;

    private readonly string _connectionString;
    private readonly Lock _migrationGate = new();
    private volatile bool _migrated;

    public SqliteSourceStore(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        Path = path;
        _connectionString = new SqliteConnectionStringBuilder
        {
            DataSource = path,
            Mode = SqliteOpenMode.ReadWriteCreate,
            Pooling = true,
            DefaultTimeout = 30, // seconds to wait on another process's write lock
        }.ToString();
    }

    public string Path { get; }

    public Task<bool> AddAsync(WebSource source, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(source);
        using var connection = Connect();
        using var command = connection.CreateCommand();
        command.CommandText = $"""
            INSERT INTO source_registration ({Columns})
            VALUES (@id, @url, @kind, @interval, @origin, @added, @title, @next, @polled, @success, @failures, @error, @disabled, @etag, @modified, @items)
            ON CONFLICT (id) DO NOTHING
            """;
        Bind(command, source);
        return Task.FromResult(command.ExecuteNonQuery() == 1);
    }

    public Task<WebSource?> GetAsync(string id, CancellationToken cancellationToken)
    {
        using var connection = Connect();
        using var command = connection.CreateCommand();
        command.CommandText = $"SELECT {Columns} FROM source_registration WHERE id = @id";
        command.Parameters.AddWithValue("@id", id);
        return Task.FromResult(Read(command).FirstOrDefault());
    }

    public Task<IReadOnlyList<WebSource>> ListAsync(CancellationToken cancellationToken)
    {
        using var connection = Connect();
        using var command = connection.CreateCommand();
        command.CommandText = $"SELECT {Columns} FROM source_registration ORDER BY added_at, id";
        return Task.FromResult<IReadOnlyList<WebSource>>(Read(command));
    }

    public Task<bool> RemoveAsync(string id, CancellationToken cancellationToken)
    {
        using var connection = Connect();
        using var command = connection.CreateCommand();
        command.CommandText = "DELETE FROM source_registration WHERE id = @id";
        command.Parameters.AddWithValue("@id", id);
        return Task.FromResult(command.ExecuteNonQuery() == 1);
    }

    public Task<WebSource?> UpdateRegistrationAsync(string id, TimeSpan interval, SourceOrigin? origin, CancellationToken cancellationToken)
    {
        using var connection = Connect();
        using var command = connection.CreateCommand();
        // One statement touching only registration columns: a poll completed by another instance meanwhile is kept.
        command.CommandText = $"""
            UPDATE source_registration SET interval_seconds = @interval, origin = COALESCE(@origin, origin)
            WHERE id = @id
            RETURNING {Columns}
            """;
        command.Parameters.AddWithValue("@id", id);
        command.Parameters.AddWithValue("@interval", (long)interval.TotalSeconds);
        command.Parameters.AddWithValue("@origin", (object?)origin?.ToString() ?? DBNull.Value);
        return Task.FromResult(Read(command).FirstOrDefault());
    }

    public Task<WebSource?> EnableAsync(string id, DateTimeOffset now, CancellationToken cancellationToken)
    {
        using var connection = Connect();
        using var command = connection.CreateCommand();
        command.CommandText = $"""
            UPDATE source_registration SET disabled_reason = NULL, consecutive_failures = 0, last_error = NULL, next_poll_at = @now
            WHERE id = @id
            RETURNING {Columns}
            """;
        command.Parameters.AddWithValue("@id", id);
        command.Parameters.AddWithValue("@now", now.ToUnixTimeMilliseconds());
        return Task.FromResult(Read(command).FirstOrDefault());
    }

    public Task<IReadOnlyList<WebSource>> ListDueAsync(DateTimeOffset now, int limit, CancellationToken cancellationToken)
    {
        using var connection = Connect();
        using var command = connection.CreateCommand();
        command.CommandText = $"""
            SELECT {Columns} FROM source_registration
            WHERE {Due}
            ORDER BY next_poll_at, id LIMIT @limit
            """;
        command.Parameters.AddWithValue("@now", now.ToUnixTimeMilliseconds());
        command.Parameters.AddWithValue("@limit", limit);
        return Task.FromResult<IReadOnlyList<WebSource>>(Read(command));
    }

    public Task<WebSource?> TryLeaseAsync(string id, string owner, DateTimeOffset now, DateTimeOffset leaseUntil, CancellationToken cancellationToken)
    {
        using var connection = Connect();
        using var command = connection.CreateCommand();
        // One statement: the check and the take are atomic across processes sharing the file.
        command.CommandText = $"""
            UPDATE source_registration SET lease_owner = @owner, lease_expires_at = @until
            WHERE id = @id AND {Due}
            RETURNING {Columns}
            """;
        command.Parameters.AddWithValue("@id", id);
        command.Parameters.AddWithValue("@owner", owner);
        command.Parameters.AddWithValue("@now", now.ToUnixTimeMilliseconds());
        command.Parameters.AddWithValue("@until", leaseUntil.ToUnixTimeMilliseconds());
        return Task.FromResult(Read(command).FirstOrDefault());
    }

    public Task<bool> CompletePollAsync(WebSource source, string owner, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(source);
        using var connection = Connect();
        using var command = connection.CreateCommand();
        command.CommandText = $"UPDATE source_registration SET {Assignments}, lease_owner = NULL, lease_expires_at = NULL WHERE id = @id AND lease_owner = @claimant";
        Bind(command, source);
        command.Parameters.AddWithValue("@claimant", owner);
        return Task.FromResult(command.ExecuteNonQuery() == 1);
    }

    public Task<string?> GetItemVersionAsync(string sourceId, string itemKey, CancellationToken cancellationToken)
    {
        using var connection = Connect();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT version_hash FROM source_item WHERE source_id = @source AND item_key = @key";
        command.Parameters.AddWithValue("@source", sourceId);
        command.Parameters.AddWithValue("@key", itemKey);
        return Task.FromResult(command.ExecuteScalar() as string);
    }

    public Task MarkItemSeenAsync(string sourceId, string itemKey, string versionHash, string? articleId, DateTimeOffset seenAt, CancellationToken cancellationToken)
    {
        using var connection = Connect();
        using var command = connection.CreateCommand();
        // One-off ingests pass a source id that is not registered: nothing to remember then.
        command.CommandText = """
            INSERT INTO source_item (source_id, item_key, version_hash, article_id, seen_at)
            SELECT @source, @key, @version, @article, @seen WHERE EXISTS (SELECT 1 FROM source_registration WHERE id = @source)
            ON CONFLICT (source_id, item_key) DO UPDATE SET version_hash = excluded.version_hash, article_id = excluded.article_id, seen_at = excluded.seen_at
            """;
        command.Parameters.AddWithValue("@source", sourceId);
        command.Parameters.AddWithValue("@key", itemKey);
        command.Parameters.AddWithValue("@version", versionHash);
        command.Parameters.AddWithValue("@article", (object?)articleId ?? DBNull.Value);
        command.Parameters.AddWithValue("@seen", seenAt.ToUnixTimeMilliseconds());
        command.ExecuteNonQuery();
        return Task.CompletedTask;
    }

    public Task<string?> FindByUrlAsync(string normalizedUrl, CancellationToken cancellationToken)
    {
        using var connection = Connect();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT article_id FROM source_alias WHERE url = @url";
        command.Parameters.AddWithValue("@url", normalizedUrl);
        return Task.FromResult(command.ExecuteScalar() as string);
    }

    public Task<ContentFingerprint?> FindByContentHashAsync(string contentHash, CancellationToken cancellationToken)
    {
        using var connection = Connect();
        using var command = connection.CreateCommand();
        command.CommandText = $"SELECT {FingerprintColumns} FROM source_fingerprint WHERE content_hash = @hash ORDER BY updated_at LIMIT 1";
        command.Parameters.AddWithValue("@hash", contentHash);
        return Task.FromResult(ReadFingerprints(command).FirstOrDefault());
    }

    public Task<IReadOnlyList<ContentFingerprint>> FindNearAsync(ulong simHash, int maxDistance, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfGreaterThan(maxDistance, Bands - 1);
        using var connection = Connect();
        using var command = connection.CreateCommand();
        command.CommandText = $"SELECT {FingerprintColumns} FROM source_fingerprint WHERE band0 = @b0 OR band1 = @b1 OR band2 = @b2 OR band3 = @b3 OR band4 = @b4 OR band5 = @b5 OR band6 = @b6 OR band7 = @b7";
        for (var band = 0; band < Bands; band++) command.Parameters.AddWithValue("@b" + band, Band(simHash, band));
        return Task.FromResult<IReadOnlyList<ContentFingerprint>>(ReadFingerprints(command));
    }

    public Task RecordAsync(ContentFingerprint fingerprint, IReadOnlyCollection<string> normalizedUrls, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(fingerprint);
        ArgumentNullException.ThrowIfNull(normalizedUrls);
        using var connection = Connect();
        using var transaction = connection.BeginTransaction(deferred: false);
        using (var command = connection.CreateCommand())
        {
            command.Transaction = transaction;
            command.CommandText = """
                INSERT INTO source_fingerprint (article_id, simhash, band0, band1, band2, band3, band4, band5, band6, band7, content_hash, host, updated_at)
                VALUES (@id, @simhash, @b0, @b1, @b2, @b3, @b4, @b5, @b6, @b7, @hash, @host, @updated)
                ON CONFLICT (article_id) DO UPDATE SET simhash = excluded.simhash, band0 = excluded.band0, band1 = excluded.band1,
                    band2 = excluded.band2, band3 = excluded.band3, band4 = excluded.band4, band5 = excluded.band5,
                    band6 = excluded.band6, band7 = excluded.band7, content_hash = excluded.content_hash, host = excluded.host,
                    updated_at = excluded.updated_at
                """;
            command.Parameters.AddWithValue("@id", fingerprint.ArticleId);
            command.Parameters.AddWithValue("@simhash", unchecked((long)fingerprint.SimHash));
            for (var band = 0; band < Bands; band++) command.Parameters.AddWithValue("@b" + band, Band(fingerprint.SimHash, band));
            command.Parameters.AddWithValue("@hash", fingerprint.ContentHash);
            command.Parameters.AddWithValue("@host", (object?)fingerprint.Host ?? DBNull.Value);
            command.Parameters.AddWithValue("@updated", fingerprint.UpdatedAt.ToUnixTimeMilliseconds());
            command.ExecuteNonQuery();
        }
        InsertAliases(connection, transaction, fingerprint.ArticleId, normalizedUrls, fingerprint.UpdatedAt);
        transaction.Commit();
        return Task.CompletedTask;
    }

    public Task AddAliasesAsync(string articleId, IReadOnlyCollection<string> normalizedUrls, DateTimeOffset at, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(normalizedUrls);
        using var connection = Connect();
        using var transaction = connection.BeginTransaction(deferred: false);
        InsertAliases(connection, transaction, articleId, normalizedUrls, at);
        transaction.Commit();
        return Task.CompletedTask;
    }

    public Task<IReadOnlyList<string>> ListUrlsAsync(string articleId, CancellationToken cancellationToken)
    {
        using var connection = Connect();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT url FROM source_alias WHERE article_id = @id ORDER BY added_at, url";
        command.Parameters.AddWithValue("@id", articleId);
        var urls = new List<string>();
        using var reader = command.ExecuteReader();
        while (reader.Read()) urls.Add(reader.GetString(0));
        return Task.FromResult<IReadOnlyList<string>>(urls);
    }

    private const string Due = "disabled_reason IS NULL AND (next_poll_at IS NULL OR next_poll_at <= @now) AND (lease_owner IS NULL OR lease_expires_at < @now)";

    /// <summary>The polling state a completed poll writes; registration fields are changed only by <see cref="UpdateRegistrationAsync"/>.</summary>
    private const string Assignments =
        "kind = @kind, title = @title, next_poll_at = @next, " +
        "last_polled_at = @polled, last_success_at = @success, consecutive_failures = @failures, last_error = @error, " +
        "disabled_reason = @disabled, etag = @etag, last_modified = @modified, items_ingested = @items";

    /// <summary>First URL wins: an alias never moves to a later article, so a lookup by URL is stable.</summary>
    private static void InsertAliases(SqliteConnection connection, SqliteTransaction transaction, string articleId, IReadOnlyCollection<string> urls, DateTimeOffset at)
    {
        foreach (var url in urls)
        {
            using var command = connection.CreateCommand();
            command.Transaction = transaction;
            command.CommandText = "INSERT INTO source_alias (url, article_id, added_at) VALUES (@url, @id, @at) ON CONFLICT (url) DO NOTHING";
            command.Parameters.AddWithValue("@url", url);
            command.Parameters.AddWithValue("@id", articleId);
            command.Parameters.AddWithValue("@at", at.ToUnixTimeMilliseconds());
            command.ExecuteNonQuery();
        }
    }

    private static long Band(ulong simHash, int band) => (long)((simHash >> (band * BandBits)) & ((1UL << BandBits) - 1));

    private static void Bind(SqliteCommand command, WebSource s)
    {
        command.Parameters.AddWithValue("@id", s.Id);
        command.Parameters.AddWithValue("@url", s.Url);
        command.Parameters.AddWithValue("@kind", s.Kind.ToString());
        command.Parameters.AddWithValue("@interval", (long)s.Interval.TotalSeconds);
        command.Parameters.AddWithValue("@origin", s.Origin.ToString());
        command.Parameters.AddWithValue("@added", s.AddedAt.ToUnixTimeMilliseconds());
        command.Parameters.AddWithValue("@title", (object?)s.Title ?? DBNull.Value);
        command.Parameters.AddWithValue("@next", MsOrNull(s.NextPollAt));
        command.Parameters.AddWithValue("@polled", MsOrNull(s.LastPolledAt));
        command.Parameters.AddWithValue("@success", MsOrNull(s.LastSuccessAt));
        command.Parameters.AddWithValue("@failures", s.ConsecutiveFailures);
        command.Parameters.AddWithValue("@error", (object?)s.LastError ?? DBNull.Value);
        command.Parameters.AddWithValue("@disabled", (object?)s.DisabledReason ?? DBNull.Value);
        command.Parameters.AddWithValue("@etag", (object?)s.ETag ?? DBNull.Value);
        command.Parameters.AddWithValue("@modified", (object?)s.LastModified ?? DBNull.Value);
        command.Parameters.AddWithValue("@items", s.ItemsIngested);
    }

    private static List<WebSource> Read(SqliteCommand command)
    {
        var list = new List<WebSource>();
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            list.Add(new WebSource(
                reader.GetString(0),
                reader.GetString(1),
                Enum.Parse<SourceKind>(reader.GetString(2)),
                TimeSpan.FromSeconds(reader.GetInt64(3)),
                Enum.Parse<SourceOrigin>(reader.GetString(4)),
                DateTimeOffset.FromUnixTimeMilliseconds(reader.GetInt64(5)),
                reader.IsDBNull(6) ? null : reader.GetString(6),
                TimeOrNull(reader, 7),
                TimeOrNull(reader, 8),
                TimeOrNull(reader, 9),
                reader.GetInt32(10),
                reader.IsDBNull(11) ? null : reader.GetString(11),
                reader.IsDBNull(12) ? null : reader.GetString(12),
                reader.IsDBNull(13) ? null : reader.GetString(13),
                reader.IsDBNull(14) ? null : reader.GetString(14),
                reader.GetInt32(15)));
        }
        return list;
    }

    private static List<ContentFingerprint> ReadFingerprints(SqliteCommand command)
    {
        var list = new List<ContentFingerprint>();
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            list.Add(new ContentFingerprint(
                reader.GetString(0),
                unchecked((ulong)reader.GetInt64(1)),
                reader.GetString(2),
                reader.IsDBNull(3) ? null : reader.GetString(3),
                DateTimeOffset.FromUnixTimeMilliseconds(reader.GetInt64(4))));
        }
        return list;
    }

    private static object MsOrNull(DateTimeOffset? t) => t is { } v ? v.ToUnixTimeMilliseconds() : DBNull.Value;

    private static DateTimeOffset? TimeOrNull(SqliteDataReader reader, int ordinal) =>
        reader.IsDBNull(ordinal) ? null : DateTimeOffset.FromUnixTimeMilliseconds(reader.GetInt64(ordinal));

    private SqliteConnection Connect()
    {
        if (!_migrated)
        {
            // Not Lazy<T>: a failed migration (file locked, disk full) must be retried by the next call, not cached.
            lock (_migrationGate)
            {
                if (!_migrated)
                {
                    Migrate();
                    _migrated = true;
                }
            }
        }
        return OpenConnection();
    }

    private SqliteConnection OpenConnection()
    {
        var connection = new SqliteConnection(_connectionString);
        connection.Open();
        using var pragma = connection.CreateCommand();
        pragma.CommandText = "PRAGMA foreign_keys = ON";
        pragma.ExecuteNonQuery();
        return connection;
    }

    private void Migrate()
    {
        var directory = System.IO.Path.GetDirectoryName(System.IO.Path.GetFullPath(Path));
        if (!string.IsNullOrEmpty(directory)) Directory.CreateDirectory(directory);
        using var connection = OpenConnection();
        using (var wal = connection.CreateCommand())
        {
            // Readers never block the writer; the article index uses the same mode on this file.
            wal.CommandText = "PRAGMA journal_mode = WAL";
            wal.ExecuteNonQuery();
        }
        SqliteSourceSchema.Migrate(connection);
    }
}
