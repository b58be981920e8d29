"""The server's own on-disk copy of the database, brought up to date a few rows at a time.

``Mirror`` keeps a DuckDB file (by default next to the database, ``NAME.mirror``) holding
the tables the pages read (every table but ``sentences``). The server's queries run there,
through one connection with a memory limit, so memory does not grow with the data: DuckDB
keeps at most ``memory_limit`` of it in its buffer cache and reads the rest from disk.

``sync`` attaches the database read-only for a moment and copies what is new:

* ``articles`` and ``mentions`` only ever grow (the store appends whole articles and never
  deletes), so the rows past the mirror's count are the new ones (DuckDB's ``rowid`` order is
  insertion order); they are copied in chunks sized to take about ``step_seconds``, the
  file detached between chunks so that an ingest waiting for it (3 s) gets in;
* ``events`` grow the same way, and a stored event whose representative changes is stamped
  (``updated_at``): at the end of each pass the events stamped since the last one are
  replaced;
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
APPENDED = ("articles", "mentions", "events")  # tables that grow, copied by rowid
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
        step_seconds: float = 0.4,
        min_chunk: int = 200,
    ) -> None:
        self.source = Path(source)
        self.path = Path(path)
        self.step_seconds = step_seconds
        self.min_chunk = min_chunk
        self.chunks = dict.fromkeys(APPENDED, 1000)  # rows per step, adapted to step_seconds
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
            "version INTEGER, complete BOOLEAN, synced_at TIMESTAMP, events_mark TIMESTAMP)"
        )

    def close(self) -> None:
        self.con.close()

    # -- what the mirror holds ----------------------------------------------------------------
    def tables(self, con: duckdb.DuckDBPyConnection | None = None) -> set[str]:
        rows = (
            (con or self.con)
            .execute(
                "SELECT table_name FROM information_schema.tables WHERE table_catalog = "
                "current_database() AND table_schema = 'main'"
            )
            .fetchall()
        )
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
        if meta != (str(self.source), identity, version) or not set(MIRRORED) <= self.tables(con):
            self._rebuild(con, identity, version)
        con.execute("BEGIN TRANSACTION")
        try:
            left = False
            for t in APPENDED:
                n_mirror = con.execute(f"SELECT count(*) FROM main.{t}").fetchone()[0]
                n_src = con.execute(f"SELECT count(*) FROM src.main.{t}").fetchone()[0]
                if n_mirror > n_src:  # rows the database no longer has: start again
                    con.execute("ROLLBACK")
                    self._rebuild(con, identity, version)
                    return False
                if n_mirror == n_src:
                    continue
                upto = min(n_src, n_mirror + self.chunks[t])
                left = left or upto < n_src
                began = time.monotonic()
                con.execute(
                    f"INSERT INTO main.{t} SELECT * FROM src.main.{t} "
                    "WHERE rowid >= ? AND rowid < ?",
                    [n_mirror, upto],
                )
                if upto - n_mirror == self.chunks[t]:  # a full chunk: adapt its size
                    took = max(time.monotonic() - began, 1e-3)
                    share = self.step_seconds / len(APPENDED)
                    grow = min(max(share / took, 0.25), 2.0)
                    self.chunks[t] = int(min(max(self.chunks[t] * grow, self.min_chunk), 500_000))
            if not left:
                self._changed_events(con)
                self._repair(con)
                con.execute("DELETE FROM main.schema_migrations")
                con.execute(
                    "INSERT INTO main.schema_migrations SELECT * FROM src.main.schema_migrations"
                )
                con.execute(f"UPDATE {META} SET complete = true, synced_at = now()")
            con.execute("COMMIT")
        except BaseException:
            con.execute("ROLLBACK")
            raise
        return not left

    def _changed_events(self, con: duckdb.DuckDBPyConnection) -> None:
        """Events given a new representative since the last pass (the store stamps
        ``updated_at`` when it does): replaced. The mark moves to the latest stamp."""
        mark = con.execute(f"SELECT events_mark FROM {META}").fetchone()[0]
        if mark is not None:
            con.execute(
                "CREATE OR REPLACE TEMP TABLE changed AS SELECT * FROM src.main.events "
                "WHERE updated_at > ?",
                [mark],
            )
            con.execute("DELETE FROM main.events WHERE id IN (SELECT id FROM changed)")
            con.execute("INSERT INTO main.events SELECT * FROM changed")
            con.execute("DROP TABLE changed")
        con.execute(
            f"UPDATE {META} SET events_mark = (SELECT max(updated_at) FROM src.main.events)"
        )

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

    def _rebuild(self, con: duckdb.DuckDBPyConnection, identity: str, version: int) -> None:
        """Empty tables shaped like the database's (types and all); the rows follow by sync."""
        con.execute("BEGIN TRANSACTION")
        try:
            for t in MIRRORED:
                con.execute(f"DROP TABLE IF EXISTS main.{t}")
                con.execute(f"CREATE TABLE main.{t} AS SELECT * FROM src.main.{t} LIMIT 0")
            con.execute(f"DELETE FROM {META}")
            con.execute(
                f"INSERT INTO {META} SELECT ?, ?, ?, false, NULL, max(updated_at) "
                "FROM src.main.events",
                [str(self.source), identity, version],
            )
            con.execute("COMMIT")
        except BaseException:
            con.execute("ROLLBACK")
            raise
