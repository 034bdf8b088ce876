using Microsoft.Data.Sqlite;

namespace BriefingBot.Storage.Sqlite.Sources;

/// <summary>
/// The web source tables' own migration stream (tables prefixed <c>source_</c>, version in <c>source_schema_version</c>),
/// so they can live in the article index's file without touching that schema or its versioning.
/// </summary>
internal static class SqliteSourceSchema
{
    /// <summary>Index i migrates from version i to i + 1. Append only; never edit a shipped step.</summary>
    private static readonly string[] Migrations =
    [
        """
        CREATE TABLE source_registration (
            id                   TEXT PRIMARY KEY,
            url                  TEXT NOT NULL,
            kind                 TEXT NOT NULL,      -- Unknown | Feed | Page
            interval_seconds     INTEGER NOT NULL,
            origin               TEXT NOT NULL,      -- User | Config
            added_at             INTEGER NOT NULL,   -- Unix ms, UTC
            title                TEXT NULL,
            next_poll_at         INTEGER NULL,
            last_polled_at       INTEGER NULL,
            last_success_at      INTEGER NULL,
            consecutive_failures INTEGER NOT NULL DEFAULT 0,
            last_error           TEXT NULL,
            disabled_reason      TEXT NULL,
            etag                 TEXT NULL,
            last_modified        TEXT NULL,
            items_ingested       INTEGER NOT NULL DEFAULT 0,
            lease_owner          TEXT NULL,
            lease_expires_at     INTEGER NULL
        );
        CREATE INDEX source_registration_due ON source_registration (next_poll_at) WHERE disabled_reason IS NULL;
        CREATE TABLE source_item (
            source_id    TEXT NOT NULL REFERENCES source_registration (id) ON DELETE CASCADE,
            item_key     TEXT NOT NULL,
            version_hash TEXT NOT NULL,
            article_id   TEXT NULL,
            seen_at      INTEGER NOT NULL,
            PRIMARY KEY (source_id, item_key)
        );
        CREATE TABLE source_fingerprint (
            article_id   TEXT PRIMARY KEY,
            simhash      INTEGER NOT NULL,   -- the 64 bits as a signed integer
            band0        INTEGER NOT NULL,   -- bits 0-7; 8 bands let a lookup within 7 bits use an index (pigeonhole)
            band1        INTEGER NOT NULL,
            band2        INTEGER NOT NULL,
            band3        INTEGER NOT NULL,
            band4        INTEGER NOT NULL,
            band5        INTEGER NOT NULL,
            band6        INTEGER NOT NULL,
            band7        INTEGER NOT NULL,
            content_hash TEXT NOT NULL,
            host         TEXT NULL,
            updated_at   INTEGER NOT NULL
        );
        CREATE INDEX source_fingerprint_content ON source_fingerprint (content_hash);
        CREATE INDEX source_fingerprint_band0 ON source_fingerprint (band0);
        CREATE INDEX source_fingerprint_band1 ON source_fingerprint (band1);
        CREATE INDEX source_fingerprint_band2 ON source_fingerprint (band2);
        CREATE INDEX source_fingerprint_band3 ON source_fingerprint (band3);
        CREATE INDEX source_fingerprint_band4 ON source_fingerprint (band4);
        CREATE INDEX source_fingerprint_band5 ON source_fingerprint (band5);
        CREATE INDEX source_fingerprint_band6 ON source_fingerprint (band6);
        CREATE INDEX source_fingerprint_band7 ON source_fingerprint (band7);
        CREATE TABLE source_alias (
            url        TEXT PRIMARY KEY,     -- normalized
            article_id TEXT NOT NULL,
            added_at   INTEGER NOT NULL
        );
        CREATE INDEX source_alias_article ON source_alias (article_id, added_at);
        """,
    ];

    public static int LatestVersion => Migrations.Length;

    /// <summary>Brings the source tables to the latest version; safe when several processes start at once.</summary>
    public static void Migrate(SqliteConnection connection)
    {
        // BEGIN IMMEDIATE takes the write lock before reading the version, so two processes cannot both apply a step.
        using var transaction = connection.BeginTransaction(deferred: false);
        Execute(connection, transaction, "CREATE TABLE IF NOT EXISTS source_schema_version (version INTEGER NOT NULL)");
        using var read = connection.CreateCommand();
        read.Transaction = transaction;
        read.CommandText = "SELECT MAX(version) FROM source_schema_version";
        var current = read.ExecuteScalar() is long v ? (int)v : 0;
        if (current > LatestVersion)
            throw new InvalidOperationException($"The source tables are at version {current}, newer than this build understands ({LatestVersion}).");
        for (var version = current; version < LatestVersion; version++)
        {
            Execute(connection, transaction, Migrations[version]);
            Execute(connection, transaction, $"INSERT INTO source_schema_version (version) VALUES ({version + 1})");
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
