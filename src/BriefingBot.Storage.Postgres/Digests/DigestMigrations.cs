namespace BriefingBot.Storage.Postgres.Digests;

/// <summary>
/// The digest tables' own migration stream (component <see cref="Component"/>, tables prefixed <c>digest_</c>), so
/// they can share a schema with the article index without touching its versioning. Append only.
/// </summary>
internal static class DigestMigrations
{
    public const string Component = "digests";

    public static IReadOnlyList<string> Scripts { get; } =
    [
        """
        CREATE TABLE digest_subscription (
            id          text PRIMARY KEY,
            platform    text NOT NULL,
            tenant_id   text NULL,
            channel_id  text NOT NULL,
            topics      text[] NOT NULL,
            local_time  text NOT NULL,      -- HH:mm
            time_zone   text NOT NULL,      -- IANA id
            cadence     text NOT NULL,      -- daily | weekdays | cron:<expression>
            created_by  text NOT NULL,
            created_at  timestamptz NOT NULL,
            updated_at  timestamptz NOT NULL,
            paused      boolean NOT NULL DEFAULT false
        );
        CREATE INDEX digest_subscription_target ON digest_subscription (platform, tenant_id, channel_id);

        CREATE TABLE digest_delivery (
            id                  text PRIMARY KEY,
            subscription_id     text NOT NULL REFERENCES digest_subscription (id) ON DELETE CASCADE,
            period_key          text NOT NULL,
            scheduled_at        timestamptz NOT NULL,
            status              text NOT NULL,
            attempts            integer NOT NULL DEFAULT 0,
            next_attempt_at     timestamptz NOT NULL,
            late                boolean NOT NULL DEFAULT false,
            created_at          timestamptz NOT NULL,
            send_started_at     timestamptz NULL,
            sent_at             timestamptz NULL,
            platform_message_id text NULL,
            last_error          text NULL,
            lease_owner         text NULL,
            lease_expires_at    timestamptz NULL,
            content_since       timestamptz NULL,
            content_until       timestamptz NULL,
            -- What makes a digest go out at most once per period, whichever instance gets there first.
            UNIQUE (subscription_id, period_key)
        );
        CREATE INDEX digest_delivery_open ON digest_delivery (next_attempt_at) WHERE status IN ('Pending', 'InDoubt');
        CREATE INDEX digest_delivery_subscription ON digest_delivery (subscription_id, scheduled_at);
        """,
    ];
}
