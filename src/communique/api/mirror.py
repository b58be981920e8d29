"""The server's own on-disk copy of the database, brought up to date a few rows at a time.

``Mirror`` keeps a DuckDB file (by default next to the database, ``NAME.mirror``) holding
the tables the pages read (every table but ``sentences``). The server's queries run there,
through one connection with a memory limit, so memory does not grow with the data: DuckDB
keeps at most ``memory_limit`` of it in its buffer cache and reads the rest from disk.

``sync`` attaches the database read-only for a moment and copies what is new:

* ``articles`` and ``mentions`` only ever grow (the store appends whole articles and never
  deletes), so the rows past the mirror's count are the new ones (DuckDB's ``rowid`` order is
  insertion order); they are copied in chunks of ``chunk`` rows, the file detached between
  chunks so that an ingest waiting for it gets in;
* an ``events`` row is written or changed (its representative) only together with a new
  mention of it, so the events of the copied mentions are replaced;
* ``schema_migrations`` is copied whole.

A check after each pass keeps this honest: if the counts still differ, the missing rows are
found by id; if the mirror has rows the database lacks, or the database is another file or
another schema version than the one mirrored, the mirror is rebuilt from nothing.
"""

from __future__ import annotations

import threading
import time
from pathlib import Path

import duckdb

MIRRORED = ("articles", "mentions", "events", "schema_migrations")
APPENDED = ("articles", "mentions")  # tables that only grow, copied by rowid
META = "communique_mirror"


class SourceBusy(RuntimeError):
    """Another process holds the database file (an ingest is writing)."""


def _is_lock_error(exc: Exception) -> bool:
    msg = str(exc).lower()
    return "in use by another process" in msg or "lock" in msg


class Mirror:
    """A read-only-for-the-pages copy of ``source`` at ``path``; see the module docstring."""

    def __init__(
        self,
        source: Path,
        path: Path,
        *,
        memory_limit: str = "256MB",
        threads: int = 2,
        chunk: int = 50_000,
    ) -> None:
        self.source = Path(source)
        self.path = Path(path)
        self.chunk = chunk
        self.lock = threading.Lock()  # one sync at a time (and none while the server writes)
        self.con = duckdb.connect(
            str(self.path),
            config={
                "memory_limit": memory_limit,
                "threads": threads,
                "temp_directory": str(self.path) + ".tmp",
            },
        )
        self.con.execute(
            f"CREATE TABLE IF NOT EXISTS {META} (source VARCHAR, identity VARCHAR, "
            "version INTEGER, complete BOOLEAN, synced_at TIMESTAMP)"
        )

    def close(self) -> None:
        self.con.close()

    # -- what the mirror holds ----------------------------------------------------------------
    def tables(self, con: duckdb.DuckDBPyConnection | None = None) -> set[str]:
        rows = (con or self.con).execute(
            "SELECT table_name FROM information_schema.tables WHERE table_catalog = "
            "current_database() AND table_schema = 'main'"
        ).fetchall()
        return {r[0] for r in rows}

    def ready(self) -> bool:
        """Whether the mirror has been filled at least once."""
        row = self.con.execute(f"SELECT bool_or(complete) FROM {META}").fetchone()
        return bool(row[0])

    def counts(self) -> dict[str, int]:
        have = self.tables()
        return {
            t: int(self.con.execute(f'SELECT count(*) FROM "{t}"').fetchone()[0])
            for t in APPENDED
            if t in have
        }

    # -- sync ---------------------------------------------------------------------------------
    def _attach(self, con: duckdb.DuckDBPyConnection) -> None:
        try:
            con.execute("ATTACH ? AS src (READ_ONLY)", [str(self.source)])
        except duckdb.Error as exc:
            if _is_lock_error(exc):
                raise SourceBusy(str(exc)) from None
            raise

    @staticmethod
    def _identity(con: duckdb.DuckDBPyConnection) -> tuple[str, int]:
        """(when the database was created, its schema version): another file or another
        schema means a rebuild."""
        row = con.execute(
            "SELECT min(applied_at)::VARCHAR, max(version) FROM src.main.schema_migrations"
        ).fetchone()
        return str(row[0]), int(row[1] or 0)

    def sync(self, budget: float | None = None) -> bool:
        """Copy what is new; True when the mirror has caught up with the file.

        Raises SourceBusy when another process holds the file. With ``budget`` (seconds), stops
        after the chunk that passes it and returns False (call again to go on).
        """
        started = time.monotonic()
        con = self.con.cursor()
        try:
            while True:
                self._attach(con)
                try:
                    done = self._step(con)
                finally:
                    con.execute("DETACH src")
                if done:
                    return True
                if budget is not None and time.monotonic() - started > budget:
                    return False
        finally:
            con.close()

    def _step(self, con: duckdb.DuckDBPyConnection) -> bool:
        """One chunk of copying, in one transaction; True when nothing was left to copy."""
        identity, version = self._identity(con)
        meta = con.execute(f"SELECT source, identity, version FROM {META}").fetchone()
        have = self.tables(con)
        if meta != (str(self.source), identity, version) or not set(MIRRORED) <= have:
            self._rebuild(con, identity, version)
        con.execute("BEGIN TRANSACTION")
        try:
            left = False
            new_events = []
            for t in APPENDED:
                n_mirror = con.execute(f"SELECT count(*) FROM main.{t}").fetchone()[0]
                n_src = con.execute(f"SELECT count(*) FROM src.main.{t}").fetchone()[0]
                if n_mirror > n_src:  # rows the database no longer has: start again
                    con.execute("ROLLBACK")
                    self._rebuild(con, identity, version)
                    return False
                if n_mirror == n_src:
                    continue
                upto = min(n_src, n_mirror + self.chunk)
                left = left or upto < n_src
                con.execute(
                    f"INSERT INTO main.{t} SELECT * FROM src.main.{t} "
                    "WHERE rowid >= ? AND rowid < ?",
                    [n_mirror, upto],
                )
                if t == "mentions":
                    new_events = [n_mirror, upto]
            if new_events:  # the events of the new mentions: new, or a new representative
                con.execute(
                    "CREATE OR REPLACE TEMP TABLE touched AS SELECT DISTINCT event_id AS id "
                    "FROM main.mentions WHERE rowid >= ? AND rowid < ?",
                    new_events,
                )
                con.execute("DELETE FROM main.events WHERE id IN (SELECT id FROM touched)")
                con.execute(
                    "INSERT INTO main.events SELECT * FROM src.main.events "
                    "WHERE id IN (SELECT id FROM touched)"
                )
            if not left:
                self._repair(con)
                con.execute("DELETE FROM main.schema_migrations")
                con.execute("INSERT INTO main.schema_migrations SELECT * FROM src.main.schema_migrations")
                con.execute(f"UPDATE {META} SET complete = true, synced_at = now()")
            con.execute("COMMIT")
        except BaseException:
            con.execute("ROLLBACK")
            raise
        return not left

    def _repair(self, con: duckdb.DuckDBPyConnection) -> None:
        """When the rowid order missed rows (the file was changed by other means than the
        store), add them by id; an extra row would have made the step rebuild instead."""
        for t in APPENDED:
            n_mirror = con.execute(f"SELECT count(*) FROM main.{t}").fetchone()[0]
            n_src = con.execute(f"SELECT count(*) FROM src.main.{t}").fetchone()[0]
            if n_mirror != n_src:
                con.execute(
                    f"INSERT INTO main.{t} SELECT * FROM src.main.{t} "
                    f"WHERE id NOT IN (SELECT id FROM main.{t})"
                )
        n_ev = con.execute("SELECT count(*) FROM main.events").fetchone()[0]
        if n_ev != con.execute("SELECT count(*) FROM src.main.events").fetchone()[0]:
            con.execute("DELETE FROM main.events")
            con.execute("INSERT INTO main.events SELECT * FROM src.main.events")

    def _rebuild(self, con: duckdb.DuckDBPyConnection, identity: str, version: int) -> None:
        """Empty tables shaped like the database's (types and all); the rows follow by sync."""
        con.execute("BEGIN TRANSACTION")
        try:
            for t in MIRRORED:
                con.execute(f"DROP TABLE IF EXISTS main.{t}")
                con.execute(f"CREATE TABLE main.{t} AS SELECT * FROM src.main.{t} LIMIT 0")
            con.execute(f"DELETE FROM {META}")
            con.execute(
                f"INSERT INTO {META} VALUES (?, ?, ?, false, NULL)",
                [str(self.source), identity, version],
            )
            con.execute("COMMIT")
        except BaseException:
            con.execute("ROLLBACK")
            raise
