using System.Globalization;
using BriefingBot.Core.Commands;
using BriefingBot.Core.Digests;
using BriefingBot.Storage.Postgres.Schema;
using Npgsql;
using NpgsqlTypes;

namespace BriefingBot.Storage.Postgres.Digests;

/// <summary>
/// Subscriptions and the delivery outbox in PostgreSQL, shared by every instance of the bot. The unique
/// (subscription, period) constraint and single-statement claims (<c>UPDATE … WHERE lease free RETURNING</c>: a
/// concurrent claimant waits on the row lock, then re-checks the condition against the winner's row and gets
/// nothing) make delivery exactly-once across instances. Instants are stored as <c>timestamptz</c> (microseconds).
/// </summary>
public sealed class PostgresDigestStore : IDigestStore
{
    private const string DeliveryColumns =
        "id, subscription_id, period_key, scheduled_at, status, attempts, next_attempt_at, late, created_at, send_started_at, sent_at, " +
        "platform_message_id, last_error, lease_owner, lease_expires_at, content_since, content_until";

    private const string SubscriptionColumns =
        "id, platform, tenant_id, channel_id, topics, local_time, time_zone, cadence, created_by, created_at, updated_at, paused";

    private const string Open = "status IN ('Pending', 'InDoubt')";

    private readonly NpgsqlDataSource _dataSource;
    private readonly OneTimeInitializer _migration;

    /// <param name="dataSource">The caller owns it; the tables go to the first schema of its search path.</param>
    public PostgresDigestStore(NpgsqlDataSource dataSource)
    {
        ArgumentNullException.ThrowIfNull(dataSource);
        _dataSource = dataSource;
        _migration = new OneTimeInitializer(() =>
            PostgresMigrator.MigrateAsync(dataSource, DigestMigrations.Component, DigestMigrations.Scripts, CancellationToken.None));
    }

    public async Task AddSubscriptionAsync(Subscription subscription, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(subscription);
        await using var command = await CommandAsync(
            $"INSERT INTO digest_subscription ({SubscriptionColumns}) VALUES (@id, @platform, @tenant, @channel, @topics, @time, @zone, @cadence, @by, @created, @updated, @paused)",
            cancellationToken);
        BindSubscription(command, subscription);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public async Task<Subscription?> GetSubscriptionAsync(string id, CancellationToken cancellationToken)
    {
        await using var command = await CommandAsync($"SELECT {SubscriptionColumns} FROM digest_subscription WHERE id = @id", cancellationToken);
        command.Parameters.AddWithValue("id", id);
        return (await ReadSubscriptionsAsync(command, cancellationToken)).FirstOrDefault();
    }

    public async Task<IReadOnlyList<Subscription>> ListSubscriptionsAsync(DigestTarget? target, CancellationToken cancellationToken)
    {
        await using var command = await CommandAsync(target is null
            ? $"SELECT {SubscriptionColumns} FROM digest_subscription ORDER BY created_at, id COLLATE \"C\""
            : $"SELECT {SubscriptionColumns} FROM digest_subscription WHERE platform = @platform AND tenant_id IS NOT DISTINCT FROM @tenant AND channel_id = @channel ORDER BY created_at, id COLLATE \"C\"",
            cancellationToken);
        if (target is not null)
        {
            command.Parameters.AddWithValue("platform", target.Platform.ToString());
            command.Parameters.Add(new NpgsqlParameter<string?>("tenant", NpgsqlDbType.Text) { TypedValue = target.TenantId });
            command.Parameters.AddWithValue("channel", target.ChannelId);
        }
        return await ReadSubscriptionsAsync(command, cancellationToken);
    }

    public async Task<bool> UpdateSubscriptionAsync(Subscription subscription, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(subscription);
        await using var command = await CommandAsync("""
            UPDATE digest_subscription SET platform = @platform, tenant_id = @tenant, channel_id = @channel, topics = @topics,
                local_time = @time, time_zone = @zone, cadence = @cadence, created_by = @by, created_at = @created,
                updated_at = @updated, paused = @paused
            WHERE id = @id
            """, cancellationToken);
        BindSubscription(command, subscription);
        return await command.ExecuteNonQueryAsync(cancellationToken) == 1;
    }

    public async Task<bool> RemoveSubscriptionAsync(string id, CancellationToken cancellationToken)
    {
        await using var command = await CommandAsync("DELETE FROM digest_subscription WHERE id = @id", cancellationToken);
        command.Parameters.AddWithValue("id", id);
        return await command.ExecuteNonQueryAsync(cancellationToken) == 1;
    }

    public async Task<(Delivery Delivery, bool Added)> AddDeliveryIfAbsentAsync(Delivery delivery, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(delivery);
        await using (var insert = await CommandAsync($"""
            INSERT INTO digest_delivery ({DeliveryColumns})
            VALUES (@id, @subscription, @period, @scheduled, @status, @attempts, @next, @late, @created, @started, @sent, @message, @error, @owner, @expires, @since, @until)
            ON CONFLICT DO NOTHING
            RETURNING {DeliveryColumns}
            """, cancellationToken))
        {
            BindDelivery(insert, delivery);
            if ((await ReadDeliveriesAsync(insert, cancellationToken)).FirstOrDefault() is { } added) return (added, true);
        }

        // Another instance holds this period. Its row is committed (the insert waited for it), so this statement sees it.
        await using var select = await CommandAsync(
            $"SELECT {DeliveryColumns} FROM digest_delivery WHERE subscription_id = @subscription AND period_key = @period", cancellationToken);
        select.Parameters.AddWithValue("subscription", delivery.SubscriptionId);
        select.Parameters.AddWithValue("period", delivery.PeriodKey);
        var stored = (await ReadDeliveriesAsync(select, cancellationToken)).FirstOrDefault()
            ?? throw new InvalidOperationException($"Delivery '{delivery.Id}' conflicts with a row of another subscription or period.");
        return (stored, false);
    }

    public async Task<Delivery?> GetDeliveryAsync(string id, CancellationToken cancellationToken) =>
        (await QueryDeliveriesAsync($"SELECT {DeliveryColumns} FROM digest_delivery WHERE id = @p", id, cancellationToken)).FirstOrDefault();

    public async Task<Delivery?> GetLatestDeliveryAsync(string subscriptionId, CancellationToken cancellationToken) =>
        (await QueryDeliveriesAsync($"SELECT {DeliveryColumns} FROM digest_delivery WHERE subscription_id = @p ORDER BY scheduled_at DESC LIMIT 1", subscriptionId, cancellationToken)).FirstOrDefault();

    public async Task<Delivery?> GetLastSentDeliveryAsync(string subscriptionId, CancellationToken cancellationToken) =>
        (await QueryDeliveriesAsync($"SELECT {DeliveryColumns} FROM digest_delivery WHERE subscription_id = @p AND status = 'Sent' ORDER BY scheduled_at DESC LIMIT 1", subscriptionId, cancellationToken)).FirstOrDefault();

    public async Task<IReadOnlyList<Delivery>> ListDeliveriesAsync(string subscriptionId, int limit, CancellationToken cancellationToken) =>
        await QueryDeliveriesAsync(
            string.Create(CultureInfo.InvariantCulture, $"SELECT {DeliveryColumns} FROM digest_delivery WHERE subscription_id = @p ORDER BY scheduled_at DESC LIMIT {Math.Max(0, limit)}"),
            subscriptionId, cancellationToken);

    public async Task<IReadOnlyList<Delivery>> ListClaimableDeliveriesAsync(DateTimeOffset now, int limit, CancellationToken cancellationToken)
    {
        await using var command = await CommandAsync($"""
            SELECT {DeliveryColumns} FROM digest_delivery
            WHERE {Open} AND next_attempt_at <= @now AND (lease_owner IS NULL OR lease_expires_at < @now)
            ORDER BY next_attempt_at, id COLLATE "C" LIMIT @limit
            """, cancellationToken);
        command.Parameters.AddWithValue("now", now.ToUniversalTime());
        command.Parameters.AddWithValue("limit", Math.Max(0, limit));
        return await ReadDeliveriesAsync(command, cancellationToken);
    }

    public async Task<int> CountOpenDeliveriesAsync(CancellationToken cancellationToken)
    {
        await using var command = await CommandAsync($"SELECT COUNT(*) FROM digest_delivery WHERE {Open}", cancellationToken);
        return checked((int)(long)(await command.ExecuteScalarAsync(cancellationToken))!);
    }

    public async Task<Delivery?> TryClaimAsync(string id, string owner, DateTimeOffset now, DateTimeOffset leaseUntil, CancellationToken cancellationToken)
    {
        // One statement. Two instances claiming at once: the second waits on the first's row lock, then PostgreSQL
        // re-evaluates the WHERE clause on the updated row (lease now taken) and updates nothing.
        await using var command = await CommandAsync($"""
            UPDATE digest_delivery SET lease_owner = @owner, lease_expires_at = @until
            WHERE id = @id AND {Open} AND next_attempt_at <= @now AND (lease_owner IS NULL OR lease_expires_at < @now)
            RETURNING {DeliveryColumns}
            """, cancellationToken);
        command.Parameters.AddWithValue("id", id);
        command.Parameters.AddWithValue("owner", owner);
        command.Parameters.AddWithValue("now", now.ToUniversalTime());
        command.Parameters.AddWithValue("until", leaseUntil.ToUniversalTime());
        return (await ReadDeliveriesAsync(command, cancellationToken)).FirstOrDefault();
    }

    public async Task<bool> UpdateClaimedAsync(Delivery delivery, string owner, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(delivery);
        await using var command = await CommandAsync("""
            UPDATE digest_delivery SET status = @status, attempts = @attempts, next_attempt_at = @next, late = @late,
                send_started_at = @started, sent_at = @sent, platform_message_id = @message, last_error = @error,
                lease_owner = @owner, lease_expires_at = @expires, content_since = @since, content_until = @until
            WHERE id = @id AND lease_owner = @claimant
            """, cancellationToken);
        BindDelivery(command, delivery);
        command.Parameters.AddWithValue("claimant", owner);
        return await command.ExecuteNonQueryAsync(cancellationToken) == 1;
    }

    /// <summary>Creates or migrates the digest tables now rather than on first use.</summary>
    public Task InitializeAsync(CancellationToken cancellationToken) => _migration.EnsureAsync(cancellationToken);

    private async Task<NpgsqlCommand> CommandAsync(string sql, CancellationToken cancellationToken)
    {
        await _migration.EnsureAsync(cancellationToken);
#pragma warning disable CA2100 // SQL text is built from constants in this class; values are parameters.
        return _dataSource.CreateCommand(sql);
#pragma warning restore CA2100
    }

    private async Task<List<Delivery>> QueryDeliveriesAsync(string sql, string parameter, CancellationToken cancellationToken)
    {
        await using var command = await CommandAsync(sql, cancellationToken);
        command.Parameters.AddWithValue("p", parameter);
        return await ReadDeliveriesAsync(command, cancellationToken);
    }

    private static void BindSubscription(NpgsqlCommand command, Subscription s)
    {
        var p = command.Parameters;
        p.AddWithValue("id", s.Id);
        p.AddWithValue("platform", s.Platform.ToString());
        p.Add(new NpgsqlParameter<string?>("tenant", NpgsqlDbType.Text) { TypedValue = s.TenantId });
        p.AddWithValue("channel", s.ChannelId);
        p.AddWithValue("topics", s.Topics.ToArray());
        p.AddWithValue("time", s.LocalTime.ToString("HH:mm", CultureInfo.InvariantCulture));
        p.AddWithValue("zone", s.TimeZoneId);
        p.AddWithValue("cadence", s.Cadence.ToString());
        p.AddWithValue("by", s.CreatedBy);
        p.AddWithValue("created", s.CreatedAt.ToUniversalTime());
        p.AddWithValue("updated", s.UpdatedAt.ToUniversalTime());
        p.AddWithValue("paused", s.Paused);
    }

    private static async Task<List<Subscription>> ReadSubscriptionsAsync(NpgsqlCommand command, CancellationToken cancellationToken)
    {
        var list = new List<Subscription>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            list.Add(new Subscription(
                reader.GetString(0),
                Enum.Parse<ChatPlatform>(reader.GetString(1)),
                reader.IsDBNull(2) ? null : reader.GetString(2),
                reader.GetString(3),
                reader.GetFieldValue<string[]>(4),
                TimeOnly.ParseExact(reader.GetString(5), "HH:mm", CultureInfo.InvariantCulture),
                reader.GetString(6),
                DigestCadence.Parse(reader.GetString(7)),
                reader.GetString(8),
                reader.GetFieldValue<DateTimeOffset>(9),
                reader.GetFieldValue<DateTimeOffset>(10),
                reader.GetBoolean(11)));
        }
        return list;
    }

    private static void BindDelivery(NpgsqlCommand command, Delivery d)
    {
        var p = command.Parameters;
        p.AddWithValue("id", d.Id);
        p.AddWithValue("subscription", d.SubscriptionId);
        p.AddWithValue("period", d.PeriodKey);
        p.AddWithValue("scheduled", d.ScheduledAt.ToUniversalTime());
        p.AddWithValue("status", d.Status.ToString());
        p.AddWithValue("attempts", d.Attempts);
        p.AddWithValue("next", d.NextAttemptAt.ToUniversalTime());
        p.AddWithValue("late", d.Late);
        p.AddWithValue("created", d.CreatedAt.ToUniversalTime());
        AddInstant(p, "started", d.SendStartedAt);
        AddInstant(p, "sent", d.SentAt);
        AddText(p, "message", d.PlatformMessageId);
        AddText(p, "error", d.LastError);
        AddText(p, "owner", d.LeaseOwner);
        AddInstant(p, "expires", d.LeaseExpiresAt);
        AddInstant(p, "since", d.ContentSince);
        AddInstant(p, "until", d.ContentUntil);
    }

    private static void AddInstant(NpgsqlParameterCollection parameters, string name, DateTimeOffset? value) =>
        parameters.Add(new NpgsqlParameter<DateTimeOffset?>(name, NpgsqlDbType.TimestampTz) { TypedValue = value?.ToUniversalTime() });

    private static void AddText(NpgsqlParameterCollection parameters, string name, string? value) =>
        parameters.Add(new NpgsqlParameter<string?>(name, NpgsqlDbType.Text) { TypedValue = value is null ? null : StoredValues.Text(value) });

    private static async Task<List<Delivery>> ReadDeliveriesAsync(NpgsqlCommand command, CancellationToken cancellationToken)
    {
        var list = new List<Delivery>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            list.Add(new Delivery(
                reader.GetString(0),
                reader.GetString(1),
                reader.GetString(2),
                reader.GetFieldValue<DateTimeOffset>(3),
                Enum.Parse<DeliveryStatus>(reader.GetString(4)),
                reader.GetInt32(5),
                reader.GetFieldValue<DateTimeOffset>(6),
                reader.GetBoolean(7),
                reader.GetFieldValue<DateTimeOffset>(8),
                InstantOrNull(reader, 9),
                InstantOrNull(reader, 10),
                reader.IsDBNull(11) ? null : reader.GetString(11),
                reader.IsDBNull(12) ? null : reader.GetString(12),
                reader.IsDBNull(13) ? null : reader.GetString(13),
                InstantOrNull(reader, 14),
                InstantOrNull(reader, 15),
                InstantOrNull(reader, 16)));
        }
        return list;
    }

    private static DateTimeOffset? InstantOrNull(NpgsqlDataReader reader, int ordinal) =>
        reader.IsDBNull(ordinal) ? null : reader.GetFieldValue<DateTimeOffset>(ordinal);
}
