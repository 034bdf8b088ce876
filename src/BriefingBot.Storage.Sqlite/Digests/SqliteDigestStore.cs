using System.Globalization;
using System.Text.Json;
using BriefingBot.Core.Commands;
using BriefingBot.Core.Digests;
using Microsoft.Data.Sqlite;

namespace BriefingBot.Storage.Sqlite.Digests;

/// <summary>
/// Subscriptions and the delivery outbox in a SQLite file (usually the article index's file, in tables of
/// their own). Uniqueness of (subscription, period) and single-statement claims (<c>UPDATE … RETURNING</c>
/// under SQLite's write lock) make delivery exactly-once across processes sharing the file.
/// </summary>
public sealed class SqliteDigestStore : IDigestStore
{
    private const string DeliveryColumns =
        "id, subscription_id, period_key, scheduled_at, status, attempts, next_attempt_at, late, created_at, send_started_at, sent_at, " +
        "platform_message_id, last_error, lease_owner, lease_expires_at, content_since, content_until";

    private const string SubscriptionColumns =
        "id, platform, tenant_id, channel_id, topics, local_time, time_zone, cadence, created_by, created_at, updated_at, paused";

    private const string Open = "status IN ('Pending', 'InDoubt')";

    private readonly string connectionString;
    private readonly Lock migrationGate = new();
    private volatile bool migrated;

    public SqliteDigestStore(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        Path = path;
        connectionString = new SqliteConnectionStringBuilder
        {
            DataSource = path,
            Mode = SqliteOpenMode.ReadWriteCreate,
            Pooling = true,
            DefaultTimeout = 30, // seconds to wait on another process's write lock
        }.ToString();
    }

    public string Path { get; }

    public Task AddSubscriptionAsync(Subscription subscription, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(subscription);
        using var connection = Connect();
        using var command = connection.CreateCommand();
        command.CommandText = $"INSERT INTO digest_subscription ({SubscriptionColumns}) VALUES (@id, @platform, @tenant, @channel, @topics, @time, @zone, @cadence, @by, @created, @updated, @paused)";
        BindSubscription(command, subscription);
        command.ExecuteNonQuery();
        return Task.CompletedTask;
    }

    public Task<Subscription?> GetSubscriptionAsync(string id, CancellationToken cancellationToken)
    {
        using var connection = Connect();
        using var command = connection.CreateCommand();
        command.CommandText = $"SELECT {SubscriptionColumns} FROM digest_subscription WHERE id = @id";
        command.Parameters.AddWithValue("@id", id);
        return Task.FromResult(ReadSubscriptions(command).FirstOrDefault());
    }

    public Task<IReadOnlyList<Subscription>> ListSubscriptionsAsync(DigestTarget? target, CancellationToken cancellationToken)
    {
        using var connection = Connect();
        using var command = connection.CreateCommand();
        command.CommandText = target is null
            ? $"SELECT {SubscriptionColumns} FROM digest_subscription ORDER BY created_at, id"
            : $"SELECT {SubscriptionColumns} FROM digest_subscription WHERE platform = @platform AND tenant_id IS @tenant AND channel_id = @channel ORDER BY created_at, id";
        if (target is not null)
        {
            command.Parameters.AddWithValue("@platform", target.Platform.ToString());
            command.Parameters.AddWithValue("@tenant", (object?)target.TenantId ?? DBNull.Value);
            command.Parameters.AddWithValue("@channel", target.ChannelId);
        }
        return Task.FromResult<IReadOnlyList<Subscription>>(ReadSubscriptions(command));
    }

    public Task<bool> UpdateSubscriptionAsync(Subscription subscription, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(subscription);
        using var connection = Connect();
        using var command = connection.CreateCommand();
        command.CommandText = """
            UPDATE digest_subscription SET platform = @platform, tenant_id = @tenant, channel_id = @channel, topics = @topics,
                local_time = @time, time_zone = @zone, cadence = @cadence, created_by = @by, created_at = @created,
                updated_at = @updated, paused = @paused
            WHERE id = @id
            """;
        BindSubscription(command, subscription);
        return Task.FromResult(command.ExecuteNonQuery() == 1);
    }

    public Task<bool> RemoveSubscriptionAsync(string id, CancellationToken cancellationToken)
    {
        using var connection = Connect();
        using var command = connection.CreateCommand();
        command.CommandText = "DELETE FROM digest_subscription WHERE id = @id";
        command.Parameters.AddWithValue("@id", id);
        return Task.FromResult(command.ExecuteNonQuery() == 1);
    }

    public Task<(Delivery Delivery, bool Added)> AddDeliveryIfAbsentAsync(Delivery delivery, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(delivery);
        using var connection = Connect();
        using var transaction = connection.BeginTransaction(deferred: false);
        using var insert = connection.CreateCommand();
        insert.Transaction = transaction;
        insert.CommandText = $"""
            INSERT INTO digest_delivery ({DeliveryColumns})
            VALUES (@id, @subscription, @period, @scheduled, @status, @attempts, @next, @late, @created, @started, @sent, @message, @error, @owner, @expires, @since, @until)
            ON CONFLICT DO NOTHING
            """;
        BindDelivery(insert, delivery);
        var added = insert.ExecuteNonQuery() == 1;
        using var select = connection.CreateCommand();
        select.Transaction = transaction;
        select.CommandText = $"SELECT {DeliveryColumns} FROM digest_delivery WHERE subscription_id = @subscription AND period_key = @period";
        select.Parameters.AddWithValue("@subscription", delivery.SubscriptionId);
        select.Parameters.AddWithValue("@period", delivery.PeriodKey);
        var stored = ReadDeliveries(select).Single();
        transaction.Commit();
        return Task.FromResult((stored, added));
    }

    public Task<Delivery?> GetDeliveryAsync(string id, CancellationToken cancellationToken) =>
        Task.FromResult(QueryDeliveries($"SELECT {DeliveryColumns} FROM digest_delivery WHERE id = @p", id).FirstOrDefault());

    public Task<Delivery?> GetLatestDeliveryAsync(string subscriptionId, CancellationToken cancellationToken) =>
        Task.FromResult(QueryDeliveries($"SELECT {DeliveryColumns} FROM digest_delivery WHERE subscription_id = @p ORDER BY scheduled_at DESC LIMIT 1", subscriptionId).FirstOrDefault());

    public Task<Delivery?> GetLastSentDeliveryAsync(string subscriptionId, CancellationToken cancellationToken) =>
        Task.FromResult(QueryDeliveries($"SELECT {DeliveryColumns} FROM digest_delivery WHERE subscription_id = @p AND status = 'Sent' ORDER BY scheduled_at DESC LIMIT 1", subscriptionId).FirstOrDefault());

    public Task<IReadOnlyList<Delivery>> ListDeliveriesAsync(string subscriptionId, int limit, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<Delivery>>(QueryDeliveries(
            string.Create(CultureInfo.InvariantCulture, $"SELECT {DeliveryColumns} FROM digest_delivery WHERE subscription_id = @p ORDER BY scheduled_at DESC LIMIT {Math.Max(0, limit)}"),
            subscriptionId));

    public Task<IReadOnlyList<Delivery>> ListClaimableDeliveriesAsync(DateTimeOffset now, int limit, CancellationToken cancellationToken)
    {
        using var connection = Connect();
        using var command = connection.CreateCommand();
        command.CommandText = $"""
            SELECT {DeliveryColumns} FROM digest_delivery
            WHERE {Open} AND next_attempt_at <= @now AND (lease_owner IS NULL OR lease_expires_at < @now)
            ORDER BY next_attempt_at, id LIMIT @limit
            """;
        command.Parameters.AddWithValue("@now", Ms(now));
        command.Parameters.AddWithValue("@limit", limit);
        return Task.FromResult<IReadOnlyList<Delivery>>(ReadDeliveries(command));
    }

    public Task<int> CountOpenDeliveriesAsync(CancellationToken cancellationToken)
    {
        using var connection = Connect();
        using var command = connection.CreateCommand();
        command.CommandText = $"SELECT COUNT(*) FROM digest_delivery WHERE {Open}";
        return Task.FromResult(Convert.ToInt32(command.ExecuteScalar(), CultureInfo.InvariantCulture));
    }

    public Task<Delivery?> TryClaimAsync(string id, string owner, DateTimeOffset now, DateTimeOffset leaseUntil, CancellationToken cancellationToken)
    {
        using var connection = Connect();
        using var command = connection.CreateCommand();
        // One statement: SQLite's write lock makes the check and the take atomic across processes.
        command.CommandText = $"""
            UPDATE digest_delivery SET lease_owner = @owner, lease_expires_at = @until
            WHERE id = @id AND {Open} AND next_attempt_at <= @now AND (lease_owner IS NULL OR lease_expires_at < @now)
            RETURNING {DeliveryColumns}
            """;
        command.Parameters.AddWithValue("@id", id);
        command.Parameters.AddWithValue("@owner", owner);
        command.Parameters.AddWithValue("@now", Ms(now));
        command.Parameters.AddWithValue("@until", Ms(leaseUntil));
        return Task.FromResult(ReadDeliveries(command).FirstOrDefault());
    }

    public Task<bool> UpdateClaimedAsync(Delivery delivery, string owner, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(delivery);
        using var connection = Connect();
        using var command = connection.CreateCommand();
        command.CommandText = """
            UPDATE digest_delivery SET status = @status, attempts = @attempts, next_attempt_at = @next, late = @late,
                send_started_at = @started, sent_at = @sent, platform_message_id = @message, last_error = @error,
                lease_owner = @owner, lease_expires_at = @expires, content_since = @since, content_until = @until
            WHERE id = @id AND lease_owner = @claimant
            """;
        BindDelivery(command, delivery);
        command.Parameters.AddWithValue("@claimant", owner);
        return Task.FromResult(command.ExecuteNonQuery() == 1);
    }

    private SqliteConnection Connect()
    {
        if (!migrated)
        {
            // Not Lazy<T>: a failed migration (file locked, disk full) must be retried by the next call, not cached.
            lock (migrationGate)
            {
                if (!migrated)
                {
                    Migrate();
                    migrated = true;
                }
            }
        }
        return OpenConnection();
    }

    private SqliteConnection OpenConnection()
    {
        var connection = new SqliteConnection(connectionString);
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
        SqliteDigestSchema.Migrate(connection);
    }

    private List<Delivery> QueryDeliveries(string sql, string parameter)
    {
        using var connection = Connect();
        using var command = connection.CreateCommand();
#pragma warning disable CA2100 // SQL text is built from constants in this class; values are parameters.
        command.CommandText = sql;
#pragma warning restore CA2100
        command.Parameters.AddWithValue("@p", parameter);
        return ReadDeliveries(command);
    }

    private static void BindSubscription(SqliteCommand command, Subscription s)
    {
        command.Parameters.AddWithValue("@id", s.Id);
        command.Parameters.AddWithValue("@platform", s.Platform.ToString());
        command.Parameters.AddWithValue("@tenant", (object?)s.TenantId ?? DBNull.Value);
        command.Parameters.AddWithValue("@channel", s.ChannelId);
        command.Parameters.AddWithValue("@topics", JsonSerializer.Serialize(s.Topics));
        command.Parameters.AddWithValue("@time", s.LocalTime.ToString("HH:mm", CultureInfo.InvariantCulture));
        command.Parameters.AddWithValue("@zone", s.TimeZoneId);
        command.Parameters.AddWithValue("@cadence", s.Cadence.ToString());
        command.Parameters.AddWithValue("@by", s.CreatedBy);
        command.Parameters.AddWithValue("@created", Ms(s.CreatedAt));
        command.Parameters.AddWithValue("@updated", Ms(s.UpdatedAt));
        command.Parameters.AddWithValue("@paused", s.Paused ? 1 : 0);
    }

    private static List<Subscription> ReadSubscriptions(SqliteCommand command)
    {
        var list = new List<Subscription>();
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            list.Add(new Subscription(
                reader.GetString(0),
                Enum.Parse<ChatPlatform>(reader.GetString(1)),
                reader.IsDBNull(2) ? null : reader.GetString(2),
                reader.GetString(3),
                JsonSerializer.Deserialize<string[]>(reader.GetString(4)) ?? [],
                TimeOnly.ParseExact(reader.GetString(5), "HH:mm", CultureInfo.InvariantCulture),
                reader.GetString(6),
                DigestCadence.Parse(reader.GetString(7)),
                reader.GetString(8),
                Time(reader.GetInt64(9)),
                Time(reader.GetInt64(10)),
                reader.GetInt64(11) != 0));
        }
        return list;
    }

    private static void BindDelivery(SqliteCommand command, Delivery d)
    {
        command.Parameters.AddWithValue("@id", d.Id);
        command.Parameters.AddWithValue("@subscription", d.SubscriptionId);
        command.Parameters.AddWithValue("@period", d.PeriodKey);
        command.Parameters.AddWithValue("@scheduled", Ms(d.ScheduledAt));
        command.Parameters.AddWithValue("@status", d.Status.ToString());
        command.Parameters.AddWithValue("@attempts", d.Attempts);
        command.Parameters.AddWithValue("@next", Ms(d.NextAttemptAt));
        command.Parameters.AddWithValue("@late", d.Late ? 1 : 0);
        command.Parameters.AddWithValue("@created", Ms(d.CreatedAt));
        command.Parameters.AddWithValue("@started", MsOrNull(d.SendStartedAt));
        command.Parameters.AddWithValue("@sent", MsOrNull(d.SentAt));
        command.Parameters.AddWithValue("@message", (object?)d.PlatformMessageId ?? DBNull.Value);
        command.Parameters.AddWithValue("@error", (object?)d.LastError ?? DBNull.Value);
        command.Parameters.AddWithValue("@owner", (object?)d.LeaseOwner ?? DBNull.Value);
        command.Parameters.AddWithValue("@expires", MsOrNull(d.LeaseExpiresAt));
        command.Parameters.AddWithValue("@since", MsOrNull(d.ContentSince));
        command.Parameters.AddWithValue("@until", MsOrNull(d.ContentUntil));
    }

    private static List<Delivery> ReadDeliveries(SqliteCommand command)
    {
        var list = new List<Delivery>();
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            list.Add(new Delivery(
                reader.GetString(0),
                reader.GetString(1),
                reader.GetString(2),
                Time(reader.GetInt64(3)),
                Enum.Parse<DeliveryStatus>(reader.GetString(4)),
                reader.GetInt32(5),
                Time(reader.GetInt64(6)),
                reader.GetInt64(7) != 0,
                Time(reader.GetInt64(8)),
                TimeOrNull(reader, 9),
                TimeOrNull(reader, 10),
                reader.IsDBNull(11) ? null : reader.GetString(11),
                reader.IsDBNull(12) ? null : reader.GetString(12),
                reader.IsDBNull(13) ? null : reader.GetString(13),
                TimeOrNull(reader, 14),
                TimeOrNull(reader, 15),
                TimeOrNull(reader, 16)));
        }
        return list;
    }

    private static long Ms(DateTimeOffset t) => t.ToUnixTimeMilliseconds();

    private static object MsOrNull(DateTimeOffset? t) => t is { } v ? v.ToUnixTimeMilliseconds() : DBNull.Value;

    private static DateTimeOffset Time(long ms) => DateTimeOffset.FromUnixTimeMilliseconds(ms);

    private static DateTimeOffset? TimeOrNull(SqliteDataReader reader, int ordinal) => reader.IsDBNull(ordinal) ? null : Time(reader.GetInt64(ordinal));
}
