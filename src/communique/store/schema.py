"""The DuckDB schema, as numbered migrations applied in order.

A database records the versions it has applied in ``schema_migrations``; opening it
applies whatever is newer, each migration in its own transaction. Never edit a migration
that has shipped: add the next one.
"""

from __future__ import annotations

MIGRATIONS: list[tuple[int, str, str]] = [
    (
        1,
        "articles, sentences, mentions and events",
        """
        CREATE TABLE articles (
            id VARCHAR PRIMARY KEY,
            content_hash VARCHAR NOT NULL,
            url VARCHAR,
            title VARCHAR,
            publisher VARCHAR,
            published VARCHAR,
            published_source VARCHAR,
            published_precision VARCHAR,
            dateline VARCHAR,
            dateline_date VARCHAR,
            language VARCHAR,
            origin VARCHAR,
            format VARCHAR,
            notes VARCHAR[],
            text VARCHAR NOT NULL,
            n_sentences INTEGER NOT NULL,
            n_mentions INTEGER NOT NULL,
            coder VARCHAR,
            ingested_at TIMESTAMP NOT NULL
        );
        CREATE INDEX articles_hash ON articles (content_hash);
        CREATE INDEX articles_url ON articles (url);

        CREATE TABLE sentences (
            article_id VARCHAR NOT NULL,
            idx INTEGER NOT NULL,
            start_char INTEGER NOT NULL,
            end_char INTEGER NOT NULL,
            text VARCHAR NOT NULL,
            PRIMARY KEY (article_id, idx)
        );

        CREATE TABLE mentions (
            id VARCHAR PRIMARY KEY,
            event_id VARCHAR NOT NULL,
            article_id VARCHAR NOT NULL,
            sentence INTEGER NOT NULL,
            event_type VARCHAR NOT NULL,
            mode VARCHAR,
            context VARCHAR[],
            cameo VARCHAR,
            quad_class INTEGER,
            goldstein DOUBLE,
            actor JSON,
            recipient JSON,
            actor_countries VARCHAR[],
            recipient_countries VARCHAR[],
            actor_codes VARCHAR[],
            recipient_codes VARCHAR[],
            modality VARCHAR NOT NULL,
            date VARCHAR,
            date_precision VARCHAR,
            date_text VARCHAR,
            location JSON,
            evidence JSON NOT NULL,
            explanation VARCHAR,
            confidence DOUBLE,
            record JSON NOT NULL
        );
        CREATE INDEX mentions_event ON mentions (event_id);
        CREATE INDEX mentions_article ON mentions (article_id);

        CREATE TABLE events (
            id VARCHAR PRIMARY KEY,
            rep_mention_id VARCHAR NOT NULL,
            created_at TIMESTAMP NOT NULL
        );
        """,
    ),
    (
        2,
        "why each mention joined its event (linking)",
        """
        ALTER TABLE mentions ADD COLUMN link_reason VARCHAR;
        ALTER TABLE mentions ADD COLUMN link_score DOUBLE;
        ALTER TABLE events ADD COLUMN updated_at TIMESTAMP;
        """,
    ),
    (
        3,
        "unattributed events: violence, coercion or protest with no doer named",
        """
        ALTER TABLE mentions ADD COLUMN unattributed BOOLEAN DEFAULT false;
        UPDATE mentions SET unattributed = coalesce(
            CAST(json_extract(record, '$.unattributed') AS BOOLEAN), false);
        """,
    ),
]

LATEST_VERSION = MIGRATIONS[-1][0]
