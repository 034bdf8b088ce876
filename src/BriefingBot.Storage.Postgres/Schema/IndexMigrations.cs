namespace BriefingBot.Storage.Postgres.Schema;

/// <summary>
/// The article index schema as an ordered list of scripts (component <see cref="Component"/>). Version N is
/// the N-th script. Never edit a released script: append a new one.
/// </summary>
internal static class IndexMigrations
{
    public const string Component = "article_index";

    public static IReadOnlyList<string> Scripts { get; } =
    [
        // 1: articles with their search vector, analysis tables.
        """
        -- Keys, dates and names that are compared or prefix-scanned use the C collation: byte order, like
        -- SQLite's BINARY, whatever locale the database was created with (and btree prefix scans work).
        CREATE TABLE articles (
            pk                    bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
            id                    text NOT NULL UNIQUE,
            title                 text NOT NULL,
            url                   text,
            source                text,
            published             text COLLATE "C",   -- PartialDate as YYYY, YYYY-MM or YYYY-MM-DD: sorts like PartialDate
            published_approximate boolean NOT NULL DEFAULT false,
            authors               text[] NOT NULL DEFAULT '{}',
            text                  text NOT NULL,
            truncated             boolean NOT NULL DEFAULT false,
            content_hash          text NOT NULL,
            analysis              json NOT NULL,      -- TextAnalysis as compact JSON (json keeps it verbatim)
            -- Title (A), entity names and aliases (B), text (C), each folded (lower case, no accents) in C# before
            -- to_tsvector: no dependency on the unaccent extension, and the same folding as the query side.
            search                tsvector NOT NULL,
            indexed_at            timestamptz NOT NULL,
            updated_at            timestamptz          -- null until the article is first updated
        );
        CREATE INDEX ix_articles_search ON articles USING gin (search);
        CREATE INDEX ix_articles_published ON articles (published DESC NULLS LAST, indexed_at DESC);
        CREATE INDEX ix_articles_indexed_at ON articles (indexed_at);

        CREATE TABLE quotes (
            article_pk      bigint NOT NULL REFERENCES articles (pk) ON DELETE CASCADE,
            idx             integer NOT NULL,
            text            text NOT NULL,
            start_offset    integer NOT NULL,
            end_offset      integer NOT NULL,
            kind            text NOT NULL,
            speaker         text COLLATE "C",
            speaker_surface text,
            speaker_key     text COLLATE "C",   -- SpeakerNames.Words joined by single spaces
            cue             text,
            confidence      double precision NOT NULL,
            sentence        integer NOT NULL,
            PRIMARY KEY (article_pk, idx)
        );
        CREATE INDEX ix_quotes_speaker_key ON quotes (speaker_key) WHERE speaker_key IS NOT NULL;

        -- One row per (word of a speaker's name, speaker): resolves "petro" to "gustavo petro" and prefix
        -- suggestions by index. Only a prefilter (confirmed with SpeakerNames.Matches): rows are never removed.
        CREATE TABLE speaker_words (
            word        text COLLATE "C" NOT NULL,
            speaker_key text COLLATE "C" NOT NULL,
            PRIMARY KEY (word, speaker_key)
        );

        CREATE TABLE entities (
            article_pk bigint NOT NULL REFERENCES articles (pk) ON DELETE CASCADE,
            idx        integer NOT NULL,
            name       text COLLATE "C" NOT NULL,
            name_key   text COLLATE "C" NOT NULL,  -- folded (lower case, no accents), whitespace collapsed
            kind       text NOT NULL,
            role       text,
            mentions   integer NOT NULL,
            PRIMARY KEY (article_pk, idx)
        );
        CREATE INDEX ix_entities_name_key ON entities (name_key);

        CREATE TABLE keywords (
            article_pk  bigint NOT NULL REFERENCES articles (pk) ON DELETE CASCADE,
            idx         integer NOT NULL,
            keyword     text COLLATE "C" NOT NULL,
            keyword_key text COLLATE "C" NOT NULL,
            PRIMARY KEY (article_pk, idx)
        );
        CREATE INDEX ix_keywords_keyword_key ON keywords (keyword_key);

        CREATE TABLE events (
            article_pk bigint NOT NULL REFERENCES articles (pk) ON DELETE CASCADE,
            idx        integer NOT NULL,
            date       text COLLATE "C" NOT NULL,
            precision  text NOT NULL,
            sentence   integer NOT NULL,
            text       text NOT NULL,
            PRIMARY KEY (article_pk, idx)
        );
        CREATE INDEX ix_events_date ON events (date);
        """,
    ];
}
