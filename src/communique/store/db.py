"""The DuckDB store: opening (with migrations), idempotent batched writes, and reads.

Writes are atomic per batch of whole articles: an article's row, its sentences, mentions
and events go in one transaction, so a killed ingest leaves either all of an article or
none of it. A story is stored once: a second copy (same URL or same normalised text) is
skipped and reported as a duplicate.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import duckdb
import pyarrow as pa

from communique.model import Article, Mention, Sentence
from communique.store.schema import LATEST_VERSION, MIGRATIONS

DEFAULT_DB = "communique.duckdb"


class StoreError(RuntimeError):
    """A database problem explained in one line for the user."""


@dataclass
class CodedArticle:
    """An article after the pipeline: its sentences and coded mentions, each with an event id."""

    article: Article
    sentences: list[Sentence]
    mentions: list[Mention]
    event_ids: list[str]  # parallel to mentions
    coder: str = ""


def _connect(path: str | Path, read_only: bool) -> duckdb.DuckDBPyConnection:
    path = str(path)
    if read_only and path != ":memory:" and not Path(path).exists():
        raise StoreError(f"{path}: no such database (run `communique ingest` first)")
    try:
        return duckdb.connect(path, read_only=read_only)
    except duckdb.IOException as exc:
        msg = str(exc)
        if "lock" in msg.lower():
            raise StoreError(
                f"{path}: the database is in use by another process (an ingest or a server); "
                "wait for it to finish, or query through `communique serve`"
            ) from exc
        raise StoreError(f"{path}: cannot open database: {msg.splitlines()[0]}") from exc
    except duckdb.Error as exc:
        raise StoreError(f"{path}: not a communique database: {str(exc).splitlines()[0]}") from exc


class Store:
    """One DuckDB database file holding articles, sentences, mentions and events."""

    def __init__(self, path: str | Path = DEFAULT_DB, *, read_only: bool = False) -> None:
        self.path = str(path)
        self.read_only = read_only
        self.con = _connect(self.path, read_only)
        if read_only:
            if self.schema_version() < LATEST_VERSION:
                raise StoreError(
                    f"{self.path}: database schema v{self.schema_version()} is older than this "
                    f"communique (v{LATEST_VERSION}); open it once for writing (e.g. `communique "
                    "ingest` with no new input) to upgrade it"
                )
        else:
            self.migrate()

    # -- schema -----------------------------------------------------------------------------
    def schema_version(self) -> int:
        exists = self.con.execute(
            "SELECT count(*) FROM information_schema.tables WHERE table_name = 'schema_migrations'"
        ).fetchone()[0]
        if not exists:
            return 0
        v = self.con.execute("SELECT max(version) FROM schema_migrations").fetchone()[0]
        return int(v or 0)

    def migrate(self) -> int:
        """Apply every migration newer than the database's version; returns the new version."""
        self.con.execute(
            "CREATE TABLE IF NOT EXISTS schema_migrations "
            "(version INTEGER PRIMARY KEY, description VARCHAR, applied_at TIMESTAMP)"
        )
        current = self.schema_version()
        for version, description, sql in MIGRATIONS:
            if version <= current:
                continue
            self.con.execute("BEGIN TRANSACTION")
            try:
                self.con.execute(sql)
                self.con.execute(
                    "INSERT INTO schema_migrations VALUES (?, ?, ?)",
                    [version, description, datetime.now(UTC).replace(tzinfo=None)],
                )
                self.con.execute("COMMIT")
            except Exception:
                self.con.execute("ROLLBACK")
                raise
        return self.schema_version()

    def close(self) -> None:
        self.con.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- writes -----------------------------------------------------------------------------
    def find_existing(
        self, urls: Iterable[str], hashes: Iterable[str]
    ) -> tuple[set[str], set[str]]:
        """Which of these URLs and content hashes are already stored."""
        urls, hashes = list(set(urls)), list(set(hashes))
        found_urls = (
            {
                r[0]
                for r in self.con.execute(
                    "SELECT DISTINCT url FROM articles WHERE url IN (SELECT unnest(?))", [urls]
                ).fetchall()
            }
            if urls
            else set()
        )
        found_hashes = (
            {
                r[0]
                for r in self.con.execute(
                    "SELECT DISTINCT content_hash FROM articles WHERE content_hash IN (SELECT unnest(?))",
                    [hashes],
                ).fetchall()
            }
            if hashes
            else set()
        )
        return found_urls, found_hashes

    def existing_ids(self, ids: Iterable[str]) -> set[str]:
        ids = list(set(ids))
        if not ids:
            return set()
        rows = self.con.execute(
            "SELECT id FROM articles WHERE id IN (SELECT unnest(?))", [ids]
        ).fetchall()
        return {r[0] for r in rows}

    def write_batch(self, batch: Sequence[CodedArticle]) -> int:
        """Store whole articles in one transaction; returns how many were written."""
        if not batch:
            return 0
        now = datetime.now(UTC).replace(tzinfo=None)
        arts, sents, ments, evs = [], [], [], []
        for ca in batch:
            a = ca.article
            arts.append({
                "id": a.id, "content_hash": a.hash, "url": a.url, "title": a.title,
                "publisher": a.publisher, "published": a.published,
                "published_source": a.published_source,
                "published_precision": a.published_precision, "dateline": a.dateline,
                "dateline_date": a.dateline_date, "language": a.language, "origin": a.origin,
                "format": a.format, "notes": list(a.notes), "text": a.text,
                "n_sentences": len(ca.sentences), "n_mentions": len(ca.mentions),
                "coder": ca.coder, "ingested_at": now,
            })  # fmt: skip
            for s in ca.sentences:
                sents.append({
                    "article_id": s.article_id, "idx": s.index, "start_char": s.start,
                    "end_char": s.end, "text": s.text,
                })  # fmt: skip
            for m, event_id in zip(ca.mentions, ca.event_ids, strict=True):
                ments.append(_mention_row(m, event_id))
                evs.append({"id": event_id, "rep_mention_id": m.id, "created_at": now})
        self.con.execute("BEGIN TRANSACTION")
        try:
            self._insert("articles", arts)
            self._insert("sentences", sents)
            self._insert("mentions", ments)
            if evs:
                tbl = pa.Table.from_pylist(evs)  # noqa: F841  (read by DuckDB below)
                self.con.execute(
                    "INSERT INTO events SELECT DISTINCT ON (id) id, rep_mention_id, created_at "
                    "FROM tbl WHERE id NOT IN (SELECT id FROM events)"
                )
            self.con.execute("COMMIT")
        except BaseException:  # Ctrl-C too: never leave half a batch
            self.con.execute("ROLLBACK")
            raise
        return len(arts)

    def _insert(self, table: str, rows: list[dict[str, Any]]) -> None:
        if not rows:
            return
        tbl = pa.Table.from_pylist(rows)  # noqa: F841  (read by DuckDB's replacement scan)
        cols = ", ".join(rows[0].keys())
        self.con.execute(f"INSERT INTO {table} ({cols}) SELECT {cols} FROM tbl")

    # -- reads ------------------------------------------------------------------------------
    def query(self, sql: str, params: Sequence[Any] = ()) -> list[dict[str, Any]]:
        cur = self.con.execute(sql, list(params))
        names = [d[0] for d in cur.description]
        return [dict(zip(names, row, strict=True)) for row in cur.fetchall()]

    def count(self, table: str) -> int:
        return int(self.con.execute(f"SELECT count(*) FROM {table}").fetchone()[0])


def _mention_row(m: Mention, event_id: str) -> dict[str, Any]:
    rec = m.to_dict()
    return {
        "id": m.id,
        "event_id": event_id,
        "article_id": m.article_id,
        "sentence": m.sentence,
        "event_type": m.event_type,
        "mode": m.mode,
        "context": list(m.context),
        "cameo": m.cameo,
        "quad_class": m.quad_class,
        "goldstein": m.goldstein,
        "actor": json.dumps(rec["actor"], ensure_ascii=False),
        "recipient": json.dumps(rec["recipient"], ensure_ascii=False),
        "actor_countries": sorted({a.country for a in m.actor if a.country}),
        "recipient_countries": sorted({a.country for a in m.recipient if a.country}),
        "actor_codes": sorted({a.code for a in m.actor if a.code}),
        "recipient_codes": sorted({a.code for a in m.recipient if a.code}),
        "modality": m.modality,
        "date": m.date,
        "date_precision": m.date_precision,
        "date_text": m.date_text,
        "location": json.dumps(rec["location"], ensure_ascii=False) if m.location else None,
        "evidence": json.dumps(rec["evidence"], ensure_ascii=False),
        "explanation": m.explanation,
        "confidence": float(m.confidence),
        "record": json.dumps(rec, ensure_ascii=False),
    }
