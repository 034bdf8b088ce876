using BriefingBot.Core.Sources;
using BriefingBot.Storage.Postgres.Schema;
using Npgsql;
using NpgsqlTypes;

namespace BriefingBot.Storage.Postgres.Sources;

/// <summary>
/// Registered web sources, the items seen per source and the near-duplicate registry (SimHash fingerprints and
/// alternative URLs) in PostgreSQL, shared by every instance of the bot; the same observable behaviour as the
/// SQLite engine's store. A lease is one <c>UPDATE … WHERE lease free or expired RETURNING</c>: a concurrent
/// claimant waits on the row lock, then re-checks the condition against the winner's row and gets nothing.
/// Instants are stored as <c>timestamptz</c> (microseconds).
/// </summary>
public sealed class PostgresSourceStore : ISourceStore, IDuplicateRegistry
{
    private const string Columns =
        "id, url, kind, interval_seconds, origin, added_at, title, next_poll_at, last_polled_at, last_success_at, " +
        "consecutive_failures, last_error, disabled_reason, etag, last_modified, items_ingested";

    private const string FingerprintColumns = "article_id, simhash, content_hash, host, updated_at";

    /// <summary>Due and free: never-scheduled sources count as due, an expired lease as free.</summary>
    private const string Due = "disabled_reason IS NULL AND (next_poll_at IS NULL OR next_poll_at <= @now) AND (lease_owner IS NULL OR lease_expires_at < @now)";

    /// <summary>The polling state a completed poll writes; registration fields are changed only by <see cref="UpdateRegistrationAsync"/>.</summary>
    private const string Assignments =
        "kind = @kind, title = @title, next_poll_at = @next, " +
        "last_polled_at = @polled, last_success_at = @success, consecutive_failures = @failures, last_error = @error, " +
        "disabled_reason = @disabled, etag = @etag, last_modified = @modified, items_ingested = @items";

    private const int Bands = 8;

    private const int BandBits = 64 / Bands;

    private readonly NpgsqlDataSource _dataSource;
    private readonly OneTimeInitializer _migration;

    /// <param name="dataSource">The caller owns it; the tables go to the first schema of its search path.</param>
    public PostgresSourceStore(NpgsqlDataSource dataSource)
    {
        ArgumentNullException.ThrowIfNull(dataSource);
        _dataSource = dataSource;
        _migration = new OneTimeInitializer(() =>
            PostgresMigrator.MigrateAsync(dataSource, SourceMigrations.Component, SourceMigrations.Scripts, CancellationToken.None));
    }

    public async Task<bool> AddAsync(WebSource source, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(source);
        await using var command = await CommandAsync($"""
            INSERT INTO source_registration ({Columns})
            VALUES (@id, @url, @kind, @interval, @origin, @added, @title, @next, @polled, @success, @failures, @error, @disabled, @etag, @modified, @items)
            ON CONFLICT (id) DO NOTHING
            """, cancellationToken);
        Bind(command, source);
        return await command.ExecuteNonQueryAsync(cancellationToken) == 1;
    }

    public async Task<WebSource?> GetAsync(string id, CancellationToken cancellationToken)
    {
        await using var command = await CommandAsync($"SELECT {Columns} FROM source_registration WHERE id = @id", cancellationToken);
        command.Parameters.AddWithValue("id", id);
        return (await ReadAsync(command, cancellationToken)).FirstOrDefault();
    }

    public async Task<IReadOnlyList<WebSource>> ListAsync(CancellationToken cancellationToken)
    {
        await using var command = await CommandAsync($"SELECT {Columns} FROM source_registration ORDER BY added_at, id", cancellationToken);
        return await ReadAsync(command, cancellationToken);
    }

    public async Task<bool> RemoveAsync(string id, CancellationToken cancellationToken)
    {
        await using var command = await CommandAsync("DELETE FROM source_registration WHERE id = @id", cancellationToken);
        command.Parameters.AddWithValue("id", id);
        return await command.ExecuteNonQueryAsync(cancellationToken) == 1;
    }

    public async Task<WebSource?> UpdateRegistrationAsync(string id, TimeSpan interval, SourceOrigin? origin, CancellationToken cancellationToken)
    {
        // One statement touching only registration columns: a poll completed by another instance meanwhile is kept.
        await using var command = await CommandAsync($"""
            UPDATE source_registration SET interval_seconds = @interval, origin = COALESCE(@origin, origin)
            WHERE id = @id
            RETURNING {Columns}
            """, cancellationToken);
        command.Parameters.AddWithValue("id", id);
        command.Parameters.AddWithValue("interval", (long)interval.TotalSeconds);
        AddText(command, "origin", origin?.ToString());
        return (await ReadAsync(command, cancellationToken)).FirstOrDefault();
    }

    public async Task<WebSource?> EnableAsync(string id, DateTimeOffset now, CancellationToken cancellationToken)
    {
        await using var command = await CommandAsync($"""
            UPDATE source_registration SET disabled_reason = NULL, consecutive_failures = 0, last_error = NULL, next_poll_at = @now
            WHERE id = @id
            RETURNING {Columns}
            """, cancellationToken);
        command.Parameters.AddWithValue("id", id);
        command.Parameters.AddWithValue("now", now.ToUniversalTime());
        return (await ReadAsync(command, cancellationToken)).FirstOrDefault();
    }

    public async Task<IReadOnlyList<WebSource>> ListDueAsync(DateTimeOffset now, int limit, CancellationToken cancellationToken)
    {
        // NULLS FIRST: SQLite sorts a never-scheduled source first, and so does this engine.
        await using var command = await CommandAsync($"""
            SELECT {Columns} FROM source_registration
            WHERE {Due}
            ORDER BY next_poll_at NULLS FIRST, id LIMIT @limit
            """, cancellationToken);
        command.Parameters.AddWithValue("now", now.ToUniversalTime());
        command.Parameters.AddWithValue("limit", Math.Max(0, limit));
        return await ReadAsync(command, cancellationToken);
    }

    public async Task<WebSource?> TryLeaseAsync(string id, string owner, DateTimeOffset now, DateTimeOffset leaseUntil, CancellationToken cancellationToken)
    {
        // One statement. Two instances leasing at once: the second waits on the first's row lock, then PostgreSQL
        // re-evaluates the WHERE clause on the updated row (lease now taken) and updates nothing.
        await using var command = await CommandAsync($"""
            UPDATE source_registration SET lease_owner = @owner, lease_expires_at = @until
            WHERE id = @id AND {Due}
            RETURNING {Columns}
            """, cancellationToken);
        command.Parameters.AddWithValue("id", id);
        command.Parameters.AddWithValue("owner", owner);
        command.Parameters.AddWithValue("now", now.ToUniversalTime());
        command.Parameters.AddWithValue("until", leaseUntil.ToUniversalTime());
        return (await ReadAsync(command, cancellationToken)).FirstOrDefault();
    }

    public async Task<bool> CompletePollAsync(WebSource source, string owner, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(source);
        await using var command = await CommandAsync(
            $"UPDATE source_registration SET {Assignments}, lease_owner = NULL, lease_expires_at = NULL WHERE id = @id AND lease_owner = @claimant",
            cancellationToken);
        Bind(command, source);
        command.Parameters.AddWithValue("claimant", owner);
        return await command.ExecuteNonQueryAsync(cancellationToken) == 1;
    }

    public async Task<string?> GetItemVersionAsync(string sourceId, string itemKey, CancellationToken cancellationToken)
    {
        await using var command = await CommandAsync("SELECT version_hash FROM source_item WHERE source_id = @source AND item_key = @key", cancellationToken);
        command.Parameters.AddWithValue("source", sourceId);
        AddText(command, "key", itemKey);
        return await command.ExecuteScalarAsync(cancellationToken) as string;
    }

    public async Task MarkItemSeenAsync(string sourceId, string itemKey, string versionHash, string? articleId, DateTimeOffset seenAt, CancellationToken cancellationToken)
    {
        // One-off ingests pass a source id that is not registered: nothing to remember then.
        await using var command = await CommandAsync("""
            INSERT INTO source_item (source_id, item_key, version_hash, article_id, seen_at)
            SELECT @source, @key, @version, @article, @seen WHERE EXISTS (SELECT 1 FROM source_registration WHERE id = @source)
            ON CONFLICT (source_id, item_key) DO UPDATE SET version_hash = excluded.version_hash, article_id = excluded.article_id, seen_at = excluded.seen_at
            """, cancellationToken);
        command.Parameters.AddWithValue("source", sourceId);
        AddText(command, "key", itemKey);
        command.Parameters.AddWithValue("version", versionHash);
        AddText(command, "article", articleId);
        command.Parameters.AddWithValue("seen", seenAt.ToUniversalTime());
        try
        {
            await command.ExecuteNonQueryAsync(cancellationToken);
        }
        catch (PostgresException ex) when (ex.SqlState == PostgresErrorCodes.ForeignKeyViolation)
        {
            // Another instance removed the source after the EXISTS check: the same as never registered.
        }
    }

    public async Task<string?> FindByUrlAsync(string normalizedUrl, CancellationToken cancellationToken)
    {
        await using var command = await CommandAsync("SELECT article_id FROM source_alias WHERE url = @url", cancellationToken);
        AddText(command, "url", normalizedUrl);
        return await command.ExecuteScalarAsync(cancellationToken) as string;
    }

    public async Task<ContentFingerprint?> FindByContentHashAsync(string contentHash, CancellationToken cancellationToken)
    {
        await using var command = await CommandAsync(
            $"SELECT {FingerprintColumns} FROM source_fingerprint WHERE content_hash = @hash ORDER BY updated_at, article_id LIMIT 1", cancellationToken);
        command.Parameters.AddWithValue("hash", contentHash);
        return (await ReadFingerprintsAsync(command, cancellationToken)).FirstOrDefault();
    }

    public async Task<IReadOnlyList<ContentFingerprint>> FindNearAsync(ulong simHash, int maxDistance, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfGreaterThan(maxDistance, Bands - 1);
        // Within 7 bits, at least one of the 8 bands is untouched (pigeonhole): each OR arm can use its band's index.
        await using var command = await CommandAsync(
            $"SELECT {FingerprintColumns} FROM source_fingerprint WHERE band0 = @b0 OR band1 = @b1 OR band2 = @b2 OR band3 = @b3 OR band4 = @b4 OR band5 = @b5 OR band6 = @b6 OR band7 = @b7",
            cancellationToken);
        for (var band = 0; band < Bands; band++) command.Parameters.AddWithValue("b" + band, Band(simHash, band));
        return await ReadFingerprintsAsync(command, cancellationToken);
    }

    public async Task RecordAsync(ContentFingerprint fingerprint, IReadOnlyCollection<string> normalizedUrls, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(fingerprint);
        ArgumentNullException.ThrowIfNull(normalizedUrls);
        await _migration.EnsureAsync(cancellationToken);
        await using var connection = await _dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await using (var command = new NpgsqlCommand("""
            INSERT INTO source_fingerprint (article_id, simhash, band0, band1, band2, band3, band4, band5, band6, band7, content_hash, host, updated_at)
            VALUES (@id, @simhash, @b0, @b1, @b2, @b3, @b4, @b5, @b6, @b7, @hash, @host, @updated)
            ON CONFLICT (article_id) DO UPDATE SET simhash = excluded.simhash, band0 = excluded.band0, band1 = excluded.band1,
                band2 = excluded.band2, band3 = excluded.band3, band4 = excluded.band4, band5 = excluded.band5,
                band6 = excluded.band6, band7 = excluded.band7, content_hash = excluded.content_hash, host = excluded.host,
                updated_at = excluded.updated_at
            """, connection, transaction))
        {
            command.Parameters.AddWithValue("id", fingerprint.ArticleId);
            command.Parameters.AddWithValue("simhash", unchecked((long)fingerprint.SimHash));
            for (var band = 0; band < Bands; band++) command.Parameters.AddWithValue("b" + band, Band(fingerprint.SimHash, band));
            command.Parameters.AddWithValue("hash", fingerprint.ContentHash);
            AddText(command, "host", fingerprint.Host);
            command.Parameters.AddWithValue("updated", fingerprint.UpdatedAt.ToUniversalTime());
            await command.ExecuteNonQueryAsync(cancellationToken);
        }
        await InsertAliasesAsync(connection, transaction, fingerprint.ArticleId, normalizedUrls, fingerprint.UpdatedAt, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    public async Task AddAliasesAsync(string articleId, IReadOnlyCollection<string> normalizedUrls, DateTimeOffset at, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(normalizedUrls);
        await _migration.EnsureAsync(cancellationToken);
        await using var connection = await _dataSource.OpenConnectionAsync(cancellationToken);
        await InsertAliasesAsync(connection, null, articleId, normalizedUrls, at, cancellationToken);
    }

    public async Task<IReadOnlyList<string>> ListUrlsAsync(string articleId, CancellationToken cancellationToken)
    {
        await using var command = await CommandAsync("SELECT url FROM source_alias WHERE article_id = @id ORDER BY added_at, url", cancellationToken);
        command.Parameters.AddWithValue("id", articleId);
        var urls = new List<string>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken)) urls.Add(reader.GetString(0));
        return urls;
    }

    /// <summary>Creates or migrates the source tables now rather than on first use.</summary>
    public Task InitializeAsync(CancellationToken cancellationToken) => _migration.EnsureAsync(cancellationToken);

    /// <summary>First URL wins: an alias never moves to a later article, so a lookup by URL is stable.</summary>
    private static async Task InsertAliasesAsync(
        NpgsqlConnection connection, NpgsqlTransaction? transaction, string articleId, IReadOnlyCollection<string> urls, DateTimeOffset at, CancellationToken cancellationToken)
    {
        if (urls.Count == 0) return;
        // One statement for all URLs; DISTINCT because a list may repeat one.
        await using var command = new NpgsqlCommand("""
            INSERT INTO source_alias (url, article_id, added_at)
            SELECT DISTINCT u, @id, @at FROM unnest(@urls) AS u
            ON CONFLICT (url) DO NOTHING
            """, connection, transaction);
        command.Parameters.AddWithValue("id", articleId);
        command.Parameters.AddWithValue("at", at.ToUniversalTime());
        command.Parameters.Add(new NpgsqlParameter<string[]>("urls", NpgsqlDbType.Array | NpgsqlDbType.Text) { TypedValue = urls.Select(StoredValues.Text).ToArray() });
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private static int Band(ulong simHash, int band) => (int)((simHash >> (band * BandBits)) & ((1UL << BandBits) - 1));

    private static void Bind(NpgsqlCommand command, WebSource s)
    {
        var p = command.Parameters;
        p.AddWithValue("id", s.Id);
        AddText(command, "url", s.Url);
        p.AddWithValue("kind", s.Kind.ToString());
        p.AddWithValue("interval", (long)s.Interval.TotalSeconds);
        p.AddWithValue("origin", s.Origin.ToString());
        p.AddWithValue("added", s.AddedAt.ToUniversalTime());
        AddText(command, "title", s.Title);
        AddInstant(command, "next", s.NextPollAt);
        AddInstant(command, "polled", s.LastPolledAt);
        AddInstant(command, "success", s.LastSuccessAt);
        p.AddWithValue("failures", s.ConsecutiveFailures);
        AddText(command, "error", s.LastError);
        AddText(command, "disabled", s.DisabledReason);
        AddText(command, "etag", s.ETag);
        AddText(command, "modified", s.LastModified);
        p.AddWithValue("items", s.ItemsIngested);
    }

    /// <summary>Text from the web (titles, errors, validators) may hold U+0000, which PostgreSQL text cannot.</summary>
    private static void AddText(NpgsqlCommand command, string name, string? value) =>
        command.Parameters.Add(new NpgsqlParameter<string?>(name, NpgsqlDbType.Text) { TypedValue = StoredValues.NullableText(value) });

    private static void AddInstant(NpgsqlCommand command, string name, DateTimeOffset? value) =>
        command.Parameters.Add(new NpgsqlParameter(name, NpgsqlDbType.TimestampTz) { Value = value is { } v ? v.ToUniversalTime() : DBNull.Value });

    private static async Task<List<WebSource>> ReadAsync(NpgsqlCommand command, CancellationToken cancellationToken)
    {
        var list = new List<WebSource>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            list.Add(new WebSource(
                reader.GetString(0),
                reader.GetString(1),
                Enum.Parse<SourceKind>(reader.GetString(2)),
                TimeSpan.FromSeconds(reader.GetInt64(3)),
                Enum.Parse<SourceOrigin>(reader.GetString(4)),
                reader.GetFieldValue<DateTimeOffset>(5),
                reader.IsDBNull(6) ? null : reader.GetString(6),
                InstantOrNull(reader, 7),
                InstantOrNull(reader, 8),
                InstantOrNull(reader, 9),
                reader.GetInt32(10),
                reader.IsDBNull(11) ? null : reader.GetString(11),
                reader.IsDBNull(12) ? null : reader.GetString(12),
                reader.IsDBNull(13) ? null : reader.GetString(13),
                reader.IsDBNull(14) ? null : reader.GetString(14),
                reader.GetInt32(15)));
        }
        return list;
    }

    private static async Task<List<ContentFingerprint>> ReadFingerprintsAsync(NpgsqlCommand command, CancellationToken cancellationToken)
    {
        var list = new List<ContentFingerprint>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            list.Add(new ContentFingerprint(
                reader.GetString(0),
                unchecked((ulong)reader.GetInt64(1)),
                reader.GetString(2),
                reader.IsDBNull(3) ? null : reader.GetString(3),
                reader.GetFieldValue<DateTimeOffset>(4)));
        }
        return list;
    }

    private static DateTimeOffset? InstantOrNull(NpgsqlDataReader reader, int ordinal) =>
        reader.IsDBNull(ordinal) ? null : reader.GetFieldValue<DateTimeOffset>(ordinal);

    private async Task<NpgsqlCommand> CommandAsync(string sql, CancellationToken cancellationToken)
    {
        await _migration.EnsureAsync(cancellationToken);
#pragma warning disable CA2100 // SQL text is built from constants in this class; values are parameters.
        return _dataSource.CreateCommand(sql);
#pragma warning restore CA2100
    }
}
