"""The DuckDB store: opening (with migrations), idempotent batched writes, and reads.

Writes are atomic per batch of whole articles: an article's row, its sentences, mentions
and events go in one transaction, so a killed ingest leaves either all of an article or
none of it. A story is stored once: a second copy (same URL or same normalised text) is
skipped and reported as a duplicate.
"""

from __future__ import annotations

import json
import time
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import duckdb
import pyarrow as pa

from communique.model import Article, Dropped, Mention, Sentence
from communique.store.schema import LATEST_VERSION, MIGRATIONS

DEFAULT_DB = "communique.duckdb"


def sql_literal(value: object) -> str:
    """A value as a quoted SQL string literal, for the few statements (COPY … TO) that take
    no parameters."""
    return "'" + str(value).replace("'", "''") + "'"


class StoreError(RuntimeError):
    """A database problem explained in one line for the user."""


@dataclass
class CodedArticle:
    """An article after the pipeline: its sentences and coded mentions.

    ``event_ids`` (parallel to mentions) is filled by ``Store.write_batch(link=True)``; a
    caller writing without linking gives its own.
    """

    article: Article
    sentences: list[Sentence]
    mentions: list[Mention]
    event_ids: list[str] = field(default_factory=list)
    coder: str = ""
    dropped: list[Dropped] = field(default_factory=list)  # triggers not coded, with the rule
    off_topic: bool = False  # not coded: the story gate found it off-topic (see its notes)


def _connect(path: str | Path, read_only: bool, wait: float) -> duckdb.DuckDBPyConnection:
    """Open the file; while another process holds it, retry for up to ``wait`` seconds."""
    path = str(path)
    if read_only and path != ":memory:" and not Path(path).exists():
        raise StoreError(f"{path}: no such database (run `communique ingest` first)")
    deadline = time.monotonic() + wait
    while True:
        try:
            return duckdb.connect(path, read_only=read_only)
        except duckdb.IOException as exc:
            msg = str(exc)
            if "lock" not in msg.lower():
                raise StoreError(f"{path}: cannot open database: {msg.splitlines()[0]}") from exc
            if time.monotonic() >= deadline:
                raise StoreError(
                    f"{path}: the database is in use by another process (an ingest or a "
                    "server); wait for it to finish, or query through `communique serve`"
                ) from exc
            time.sleep(0.1)
        except duckdb.Error as exc:
            msg = str(exc).splitlines()[0]
            raise StoreError(f"{path}: not a communique database: {msg}") from exc


class Store:
    """One DuckDB database file holding articles, sentences, mentions and events."""

    def __init__(
        self, path: str | Path = DEFAULT_DB, *, read_only: bool = False, wait: float = 3.0
    ) -> None:
        """``wait``: seconds to keep trying while another process has the file open."""
        self.path = str(path)
        self.read_only = read_only
        self.con = _connect(self.path, read_only, wait)
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

    def stored_hashes(
        self, urls: Iterable[str], ids: Iterable[str]
    ) -> tuple[dict[str, set[str]], dict[str, str]]:
        """The content hashes stored under these URLs (several stories may share one) and
        under these article ids: what a story with one of them is compared with."""
        urls, ids = list(set(urls)), list(set(ids))
        by_url: dict[str, set[str]] = {}
        if urls:
            for url, h in self.con.execute(
                "SELECT url, content_hash FROM articles WHERE url IN (SELECT unnest(?))", [urls]
            ).fetchall():
                by_url.setdefault(url, set()).add(h)
        by_id: dict[str, str] = {}
        if ids:
            rows = self.con.execute(
                "SELECT id, content_hash FROM articles WHERE id IN (SELECT unnest(?))", [ids]
            ).fetchall()
            by_id = {i: h for i, h in rows}
        return by_url, by_id

    def existing_ids(self, ids: Iterable[str]) -> set[str]:
        ids = list(set(ids))
        if not ids:
            return set()
        rows = self.con.execute(
            "SELECT id FROM articles WHERE id IN (SELECT unnest(?))", [ids]
        ).fetchall()
        return {r[0] for r in rows}

    def write_batch(
        self,
        batch: Sequence[CodedArticle],
        *,
        link: bool = False,
        timings: dict[str, float] | None = None,
    ) -> int:
        """Store whole articles in one transaction; returns how many were written.

        With ``link`` (as `communique ingest` does) each mention is linked, in the same transaction, to the
        stored events it reports (communique.linking) and to the batch's other mentions;
        ``CodedArticle.event_ids`` is then set to the final ids, and each mention row keeps
        why it joined its event (``link_reason``, ``link_score``). Without it, the given
        ``event_ids`` are stored as they are (events already stored are left alone).
        """
        if not batch:
            return 0
        now = datetime.now(UTC).replace(tzinfo=None)
        arts, sents = [], []
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
        self.con.execute("BEGIN TRANSACTION")
        try:
            started = time.perf_counter()
            ments, evs, reps = self._link_batch(batch, link, now)
            if timings is not None and link:
                timings["link"] = timings.get("link", 0.0) + time.perf_counter() - started
            self._insert("articles", arts)
            self._insert("sentences", sents)
            self._insert("mentions", ments)
            if evs:
                tbl = pa.Table.from_pylist(evs)  # noqa: F841  (read by DuckDB below)
                self.con.execute(
                    "INSERT INTO events (id, rep_mention_id, created_at, updated_at) "
                    "SELECT DISTINCT ON (id) id, rep_mention_id, created_at, created_at "
                    "FROM tbl WHERE id NOT IN (SELECT id FROM events)"
                )
            for event_id, rep in reps:
                self.con.execute(
                    "UPDATE events SET rep_mention_id = ?, updated_at = ? WHERE id = ?",
                    [rep, now, event_id],
                )
            self.con.execute("COMMIT")
        except BaseException:  # Ctrl-C too: never leave half a batch
            self.con.execute("ROLLBACK")
            raise
        return len(arts)

    def _link_batch(
        self, batch: Sequence[CodedArticle], link: bool, now: datetime
    ) -> tuple[list[dict[str, Any]], list[dict[str, Any]], list[tuple[str, str]]]:
        """Mention rows, new event rows and (event id, new representative) updates."""
        from communique.linking import Report, link_reports

        ments: list[dict[str, Any]] = []
        evs: list[dict[str, Any]] = []
        if not link:
            for ca in batch:
                for m, event_id in zip(ca.mentions, ca.event_ids, strict=True):
                    ments.append(_mention_row(m, event_id, None, None))
                    evs.append({"id": event_id, "rep_mention_id": m.id, "created_at": now})
            return ments, evs, []
        reports = [
            Report(m, ca.article.publisher, ca.article.published, None, ca.article.dateline_date)
            for ca in batch
            for m in ca.mentions
        ]
        result = link_reports(reports, self.candidate_reports(reports))
        ids = iter(result.links)
        for ca in batch:
            ca.event_ids = []
            for m in ca.mentions:
                lk = next(ids)
                ca.event_ids.append(lk.event_id)
                ments.append(_mention_row(m, lk.event_id, lk.reason, lk.score))
        reps = []
        for ev in result.events:
            if ev.is_new:
                evs.append({"id": ev.id, "rep_mention_id": ev.rep_mention_id, "created_at": now})
            else:
                reps.append((ev.id, ev.rep_mention_id))
        return ments, evs, reps

    def candidate_reports(self, reports: Sequence[Any]) -> list[Any]:
        """Stored mentions of the events that these new reports (communique.linking.Report)
        could join: every mention of each event that has a mention matching one of the
        reports' lookup keys (``communique.linking.candidates.lookup_keys``)."""
        from communique.linking import Report
        from communique.linking.candidates import lookup_keys

        keys = lookup_keys(reports)
        if not keys:
            return []
        link_keys = pa.Table.from_pylist(keys)  # noqa: F841  (read by DuckDB below)
        rows = self.con.execute(
            """
            WITH hits AS (
                SELECT DISTINCT m.event_id
                FROM mentions m JOIN link_keys k ON m.event_type = k.etype AND m.date = k.dkey
                WHERE list_has_any(m.actor_countries || m.recipient_countries
                                   || m.actor_codes || m.recipient_codes, k.who)
            )
            SELECT m.record, m.event_id, a.publisher, a.published, a.dateline_date
            FROM mentions m JOIN articles a ON a.id = m.article_id
            WHERE m.event_id IN (SELECT event_id FROM hits)
            ORDER BY m.event_id, m.id
            """
        ).fetchall()
        return [
            Report(Mention.from_dict(json.loads(rec)), publisher, published, event_id, dateline)
            for rec, event_id, publisher, published, dateline in rows
        ]

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


def _mention_row(
    m: Mention, event_id: str, link_reason: str | None, link_score: float | None
) -> dict[str, Any]:
    rec = m.to_dict()
    return {
        "id": m.id,
        "event_id": event_id,
        "link_reason": link_reason,
        "link_score": link_score,
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
        "unattributed": m.unattributed,
        "record": json.dumps(rec, ensure_ascii=False),
    }
