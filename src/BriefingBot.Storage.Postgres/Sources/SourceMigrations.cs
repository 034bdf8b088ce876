namespace BriefingBot.Storage.Postgres.Sources;

/// <summary>
/// The web source tables' own migration stream (component <see cref="Component"/>, tables prefixed <c>source_</c>),
/// so they can share a schema with the article index and the digests without touching their versioning. Append only.
/// The same tables and semantics as the SQLite engine's <c>SqliteSourceSchema</c>.
/// </summary>
internal static class SourceMigrations
{
    public const string Component = "sources";

    public static IReadOnlyList<string> Scripts { get; } =
    [
        """
        CREATE TABLE source_registration (
            id                   text COLLATE "C" PRIMARY KEY,
            url                  text NOT NULL,
            kind                 text NOT NULL,      -- Unknown | Feed | Page
            interval_seconds     bigint NOT NULL,
            origin               text NOT NULL,      -- User | Config
            added_at             timestamptz NOT NULL,
            title                text NULL,
            next_poll_at         timestamptz NULL,
            last_polled_at       timestamptz NULL,
            last_success_at      timestamptz NULL,
            consecutive_failures integer NOT NULL DEFAULT 0,
            last_error           text NULL,
            disabled_reason      text NULL,
            etag                 text NULL,
            last_modified        text NULL,
            items_ingested       integer NOT NULL DEFAULT 0,
            -- Which instance is polling the source, until when: what keeps two instances off one feed.
            lease_owner          text NULL,
            lease_expires_at     timestamptz NULL
        );
        CREATE INDEX source_registration_due ON source_registration (next_poll_at) WHERE disabled_reason IS NULL;

        CREATE TABLE source_item (
            source_id    text COLLATE "C" NOT NULL REFERENCES source_registration (id) ON DELETE CASCADE,
            item_key     text NOT NULL,
            version_hash text NOT NULL,
            article_id   text NULL,
            seen_at      timestamptz NOT NULL,
            PRIMARY KEY (source_id, item_key)
        );

        CREATE TABLE source_fingerprint (
            article_id   text COLLATE "C" PRIMARY KEY,
            simhash      bigint NOT NULL,    -- the 64 bits as a signed integer
            band0        integer NOT NULL,   -- bits 0-7; 8 bands let a lookup within 7 bits use an index (pigeonhole)
            band1        integer NOT NULL,
            band2        integer NOT NULL,
            band3        integer NOT NULL,
            band4        integer NOT NULL,
            band5        integer NOT NULL,
            band6        integer NOT NULL,
            band7        integer NOT NULL,
            content_hash text NOT NULL,
            host         text NULL,
            updated_at   timestamptz NOT NULL
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
            url        text COLLATE "C" PRIMARY KEY,   -- normalized
            article_id text COLLATE "C" NOT NULL,
            added_at   timestamptz NOT NULL
        );
        CREATE INDEX source_alias_article ON source_alias (article_id, added_at);
        """,
    ];
}
