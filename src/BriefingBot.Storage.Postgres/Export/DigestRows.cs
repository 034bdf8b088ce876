using System.Globalization;
using BriefingBot.Core.Commands;
using BriefingBot.Core.Digests;
using Npgsql;
using NpgsqlTypes;

namespace BriefingBot.Storage.Postgres.Export;

/// <summary>
/// The digest tables' columns as the export and import read and write them: the same encoding as
/// <see cref="Digests.PostgresDigestStore"/> (a test reads imported rows back through the store to keep it so),
/// with instants rounded to what timestamptz keeps.
/// </summary>
internal static class DigestRows
{
    public const string SubscriptionColumns =
        "id, platform, tenant_id, channel_id, topics, local_time, time_zone, cadence, created_by, created_at, updated_at, paused";

    public const string SubscriptionValues =
        "@id, @platform, @tenant, @channel, @topics, @time, @zone, @cadence, @by, @created, @updated, @paused";

    public const string DeliveryColumns =
        "id, subscription_id, period_key, scheduled_at, status, attempts, next_attempt_at, late, created_at, send_started_at, sent_at, " +
        "platform_message_id, last_error, lease_owner, lease_expires_at, content_since, content_until";

    public const string DeliveryValues =
        "@id, @subscription, @period, @scheduled, @status, @attempts, @next, @late, @created, @started, @sent, @message, @error, @owner, @expires, @since, @until";

    /// <summary>The subscription as the target stores it, so comparing with a row read back is exact.</summary>
    public static Subscription Stored(Subscription s) => s with
    {
        CreatedAt = StoredInstant.Of(s.CreatedAt),
        UpdatedAt = StoredInstant.Of(s.UpdatedAt),
        Topics = s.Topics.Select(StoredValues.Text).ToArray(),
    };

    public static Delivery Stored(Delivery d) => d with
    {
        ScheduledAt = StoredInstant.Of(d.ScheduledAt),
        NextAttemptAt = StoredInstant.Of(d.NextAttemptAt),
        CreatedAt = StoredInstant.Of(d.CreatedAt),
        SendStartedAt = StoredInstant.Of(d.SendStartedAt),
        SentAt = StoredInstant.Of(d.SentAt),
        LeaseExpiresAt = StoredInstant.Of(d.LeaseExpiresAt),
        ContentSince = StoredInstant.Of(d.ContentSince),
        ContentUntil = StoredInstant.Of(d.ContentUntil),
        PlatformMessageId = StoredValues.NullableText(d.PlatformMessageId),
        LastError = StoredValues.NullableText(d.LastError),
        LeaseOwner = StoredValues.NullableText(d.LeaseOwner),
    };

    /// <summary>Record equality compares the topic lists by reference; this compares them by content.</summary>
    public static bool Same(Subscription a, Subscription b) =>
        a.Topics.SequenceEqual(b.Topics, StringComparer.Ordinal) && a with { Topics = [] } == b with { Topics = [] };

    public static void Bind(NpgsqlCommand command, Subscription s)
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

    public static void Bind(NpgsqlCommand command, Delivery d)
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

    public static Subscription ReadSubscription(NpgsqlDataReader reader) => new(
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
        reader.GetBoolean(11));

    public static Delivery ReadDelivery(NpgsqlDataReader reader) => new(
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
        InstantOrNull(reader, 16));

    private static DateTimeOffset? InstantOrNull(NpgsqlDataReader reader, int ordinal) =>
        reader.IsDBNull(ordinal) ? null : reader.GetFieldValue<DateTimeOffset>(ordinal);

    private static void AddInstant(NpgsqlParameterCollection parameters, string name, DateTimeOffset? value) =>
        parameters.Add(new NpgsqlParameter<DateTimeOffset?>(name, NpgsqlDbType.TimestampTz) { TypedValue = value?.ToUniversalTime() });

    private static void AddText(NpgsqlParameterCollection parameters, string name, string? value) =>
        parameters.Add(new NpgsqlParameter<string?>(name, NpgsqlDbType.Text) { TypedValue = StoredValues.NullableText(value) });
}
