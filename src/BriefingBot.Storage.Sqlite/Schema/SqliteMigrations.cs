namespace BriefingBot.Storage.Sqlite.Schema;

/// <summary>
/// The schema, as an ordered list of scripts. Version N is the N-th script; the applied version lives in
/// <c>PRAGMA user_version</c>. Never edit a released script: append a new one.
/// </summary>
internal static class SqliteMigrations
{
    public static IReadOnlyList<string> Scripts { get; } =
    [
        // 1: articles, analysis tables, full-text index.
        """
        -- Narrow metadata rows: searches and quote lists join this table for every hit, so the large text and
        -- analysis live in article_contents and never have to be paged through on those paths.
        CREATE TABLE articles (
            pk                    INTEGER PRIMARY KEY,
            id                    TEXT NOT NULL UNIQUE,
            title                 TEXT NOT NULL,
            url                   TEXT,
            source                TEXT,
            published             TEXT,     -- PartialDate as YYYY, YYYY-MM or YYYY-MM-DD: sorts like PartialDate
            published_precision   TEXT,     -- year | month | day
            published_approximate INTEGER NOT NULL DEFAULT 0,
            truncated             INTEGER NOT NULL DEFAULT 0,
            content_hash          TEXT NOT NULL,
            indexed_at            TEXT NOT NULL,  -- UTC, fixed-width ISO-8601 so text order is time order
            updated_at            TEXT            -- UTC; null until the article is first updated
        );
        CREATE INDEX ix_articles_published ON articles (published DESC, indexed_at DESC);
        CREATE INDEX ix_articles_indexed_at ON articles (indexed_at);
        CREATE INDEX ix_articles_source ON articles (source);

        CREATE TABLE article_contents (
            article_pk INTEGER PRIMARY KEY REFERENCES articles (pk) ON DELETE CASCADE,
            authors    TEXT NOT NULL DEFAULT '[]',  -- JSON array
            text       TEXT NOT NULL,
            analysis   TEXT NOT NULL                -- TextAnalysis as compact JSON
        );

        CREATE TABLE quotes (
            article_pk      INTEGER NOT NULL REFERENCES articles (pk) ON DELETE CASCADE,
            idx             INTEGER NOT NULL,
            text            TEXT NOT NULL,
            start_offset    INTEGER NOT NULL,
            end_offset      INTEGER NOT NULL,
            kind            TEXT NOT NULL,
            speaker         TEXT,
            speaker_surface TEXT,
            speaker_key     TEXT,    -- SpeakerNames.Words joined by single spaces
            cue             TEXT,
            confidence      REAL NOT NULL,
            sentence        INTEGER NOT NULL,
            PRIMARY KEY (article_pk, idx)
        ) WITHOUT ROWID;
        CREATE INDEX ix_quotes_speaker_key ON quotes (speaker_key, speaker);

        -- One row per (word of a speaker's name, speaker): resolves "petro" to "gustavo petro" by index
        -- instead of a LIKE scan over every quote. Only a prefilter: rows are never removed.
        CREATE TABLE speaker_words (
            word        TEXT NOT NULL,
            speaker_key TEXT NOT NULL,
            PRIMARY KEY (word, speaker_key)
        ) WITHOUT ROWID;

        CREATE TABLE entities (
            article_pk INTEGER NOT NULL REFERENCES articles (pk) ON DELETE CASCADE,
            idx        INTEGER NOT NULL,
            name       TEXT NOT NULL,
            name_key   TEXT NOT NULL,  -- folded (lower case, no accents)
            kind       TEXT NOT NULL,
            role       TEXT,
            aliases    TEXT NOT NULL DEFAULT '[]',
            mentions   INTEGER NOT NULL,
            PRIMARY KEY (article_pk, idx)
        ) WITHOUT ROWID;
        CREATE INDEX ix_entities_name_key ON entities (name_key);

        CREATE TABLE keywords (
            article_pk  INTEGER NOT NULL REFERENCES articles (pk) ON DELETE CASCADE,
            idx         INTEGER NOT NULL,
            keyword     TEXT NOT NULL,
            keyword_key TEXT NOT NULL,
            PRIMARY KEY (article_pk, idx)
        ) WITHOUT ROWID;
        CREATE INDEX ix_keywords_keyword_key ON keywords (keyword_key);

        CREATE TABLE events (
            article_pk INTEGER NOT NULL REFERENCES articles (pk) ON DELETE CASCADE,
            idx        INTEGER NOT NULL,
            date       TEXT NOT NULL,
            precision  TEXT NOT NULL,
            sentence   INTEGER NOT NULL,
            text       TEXT NOT NULL,
            PRIMARY KEY (article_pk, idx)
        ) WITHOUT ROWID;
        CREATE INDEX ix_events_date ON events (date);

        -- Contentless: the text already lives in articles, so the index stores only postings (about half the
        -- file size). rowid = articles.pk. Porter stemming over unicode61 so "elections" finds "election".
        CREATE VIRTUAL TABLE articles_fts USING fts5 (
            title, body, names,
            content = '', contentless_delete = 1,
            tokenize = 'porter unicode61 remove_diacritics 2'
        );
        """,
    ];
}
