using Microsoft.Data.Sqlite;

namespace BriefingBot.Storage.Sqlite.Digests;

/// <summary>
/// The digest tables' own migration stream (tables prefixed <c>digest_</c>, version in <c>digest_schema_version</c>),
/// so they can live in the article index's file without touching that schema or its versioning.
/// </summary>
internal static class SqliteDigestSchema
{
    /// <summary>Index i migrates from version i to i + 1. Append only; never edit a shipped step.</summary>
    private static readonly string[] Migrations =
    [
        """
        CREATE TABLE digest_subscription (
            id          TEXT PRIMARY KEY,
            platform    TEXT NOT NULL,
            tenant_id   TEXT NULL,
            channel_id  TEXT NOT NULL,
            topics      TEXT NOT NULL,      -- JSON array of strings
            local_time  TEXT NOT NULL,      -- HH:mm
            time_zone   TEXT NOT NULL,      -- IANA id
            cadence     TEXT NOT NULL,      -- daily | weekdays | cron:<expression>
            created_by  TEXT NOT NULL,
            created_at  INTEGER NOT NULL,   -- Unix ms, UTC
            updated_at  INTEGER NOT NULL,
            paused      INTEGER NOT NULL DEFAULT 0
        );
        CREATE INDEX digest_subscription_target ON digest_subscription (platform, tenant_id, channel_id);
        CREATE TABLE digest_delivery (
            id                  TEXT PRIMARY KEY,
            subscription_id     TEXT NOT NULL REFERENCES digest_subscription (id) ON DELETE CASCADE,
            period_key          TEXT NOT NULL,
            scheduled_at        INTEGER NOT NULL,
            status              TEXT NOT NULL,
            attempts            INTEGER NOT NULL DEFAULT 0,
            next_attempt_at     INTEGER NOT NULL,
            late                INTEGER NOT NULL DEFAULT 0,
            created_at          INTEGER NOT NULL,
            send_started_at     INTEGER NULL,
            sent_at             INTEGER NULL,
            platform_message_id TEXT NULL,
            last_error          TEXT NULL,
            lease_owner         TEXT NULL,
            lease_expires_at    INTEGER NULL,
            content_since       INTEGER NULL,
            content_until       INTEGER NULL,
            UNIQUE (subscription_id, period_key)
        );
        CREATE INDEX digest_delivery_open ON digest_delivery (status, next_attempt_at);
        CREATE INDEX digest_delivery_subscription ON digest_delivery (subscription_id, scheduled_at);
        """,
    ];

    public static int LatestVersion => Migrations.Length;

    /// <summary>Brings the digest tables to the latest version; safe when several processes start at once.</summary>
    public static void Migrate(SqliteConnection connection)
    {
        // BEGIN IMMEDIATE takes the write lock before reading the version, so two processes cannot both apply a step.
        using var transaction = connection.BeginTransaction(deferred: false);
        Execute(connection, transaction, "CREATE TABLE IF NOT EXISTS digest_schema_version (version INTEGER NOT NULL)");
        using var read = connection.CreateCommand();
        read.Transaction = transaction;
        read.CommandText = "SELECT MAX(version) FROM digest_schema_version";
        var current = read.ExecuteScalar() is long v ? (int)v : 0;
        if (current > LatestVersion)
            throw new InvalidOperationException($"The digest tables are at version {current}, newer than this build understands ({LatestVersion}).");
        for (var version = current; version < LatestVersion; version++)
        {
            Execute(connection, transaction, Migrations[version]);
            Execute(connection, transaction, $"INSERT INTO digest_schema_version (version) VALUES ({version + 1})");
        }
        transaction.Commit();
    }

    private static void Execute(SqliteConnection connection, SqliteTransaction transaction, string sql)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
#pragma warning disable CA2100 // Fixed migration text from this file, no user input.
        command.CommandText = sql;
#pragma warning restore CA2100
        command.ExecuteNonQuery();
    }
}
