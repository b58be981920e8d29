"""How the server shares the database file with `communique ingest`.

DuckDB lets one process write a file, and while a process holds it read-write no other
process may open it, even read-only. So the server does not keep the file open. It reads
from a **snapshot**: an in-memory copy of the tables (all but ``sentences``, which no page
needs), taken with a short read-only open of the file and refreshed on the next request
after the file changes (its size or modification time, or its WAL's, differ).

* An idle server holds no lock, so `communique ingest` can always open the file.
* While an ingest holds the file, the refresh fails at once and requests are answered
  from the last snapshot, marked stale: pages show a banner ("an ingest is writing …,
  showing the data as of …") and API responses carry ``X-Communique-Stale``. Nothing waits.
* Only when there is no snapshot yet (the server started during an ingest) does a request
  retry for ``busy_timeout`` seconds and then fail with :class:`DatabaseBusy`, answered
  with **503** "database busy: an ingest is writing to it" and ``Retry-After``: never a hang.
* The server's own writes (``POST /api/ingest``) open the file read-write for that
  request; a second upload waits its turn.

The cost is memory: a copy of the database in RAM. Above ``snapshot_limit_mb`` (default
2048 MB of file) the server reads the file per request instead (short read-only opens,
same busy handling); an ingest that starts in the instant such a request holds the file
stops with the store's "in use" message, having written nothing, and can be re-run.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime
from pathlib import Path

import duckdb

from communique.store import Store, StoreError

SKIPPED_TABLES = ("sentences",)


class DatabaseBusy(RuntimeError):
    """Another process is writing to the database; try again shortly."""


class DatabaseMissing(RuntimeError):
    """The database file does not exist (yet)."""


class ConnectionStore(Store):
    """A Store over a cursor of an existing connection (no file is opened)."""

    def __init__(self, con: duckdb.DuckDBPyConnection, path: str) -> None:  # no super()
        self.path = path
        self.read_only = True
        self.con = con.cursor()


def _is_lock_error(exc: Exception) -> bool:
    msg = str(exc).lower()
    return "in use by another process" in msg or "lock" in msg


class Database:
    """Request-scoped access to one DuckDB file; see the module docstring for the design."""

    def __init__(
        self, path: str | Path, *, busy_timeout: float = 2.0, snapshot_limit_mb: float = 2048
    ) -> None:
        self.path = Path(path)
        self.busy_timeout = busy_timeout
        self.snapshot_limit = snapshot_limit_mb * 1024 * 1024
        self._lock = threading.Lock()  # guards refresh and the write flag
        self._write_lock = threading.Lock()
        self._writer: Store | None = None
        self._snap: duckdb.DuckDBPyConnection | None = None
        self._snap_sig: tuple | None = None
        self.snapshot_at: datetime | None = None
        self.stale: str | None = None  # why the snapshot may be behind the file, if it is

    # -- helpers ----------------------------------------------------------------------------
    def busy_message(self) -> str:
        return (
            f"database busy: another process (an ingest) is writing to {self.path.name}; "
            "the explorer can read it again as soon as that finishes — retry in a few seconds"
        )

    def stale_message(self) -> str:
        at = self.snapshot_at.strftime("%H:%M:%S") if self.snapshot_at else "?"
        return (
            f"an ingest is writing to {self.path.name}: showing the data as of {at}; "
            "reload when it finishes to see the new stories"
        )

    def _signature(self) -> tuple:
        sig = []
        for p in (self.path, Path(str(self.path) + ".wal")):
            try:
                st = p.stat()
                sig.append((st.st_mtime_ns, st.st_size))
            except FileNotFoundError:
                sig.append(None)
        return tuple(sig)

    def _open_file(self, read_only: bool, wait: bool = True) -> Store:
        deadline = time.monotonic() + (self.busy_timeout if wait else 0)
        delay = 0.02
        while True:
            try:
                return Store(self.path, read_only=read_only)
            except StoreError as exc:
                if "no such database" in str(exc):
                    raise DatabaseMissing(str(exc)) from None
                if not _is_lock_error(exc):
                    raise
                if time.monotonic() >= deadline:
                    raise DatabaseBusy(self.busy_message()) from None
            time.sleep(delay)
            delay = min(delay * 2, 0.2)

    def _take_snapshot(self, wait: bool) -> None:
        """Copy the tables into a fresh in-memory database (types and all, via ATTACH)."""
        if not self.path.exists():
            raise DatabaseMissing(f"{self.path}: no such database (run `communique ingest` first)")
        sig = self._signature()
        mem = duckdb.connect(":memory:")
        deadline = time.monotonic() + (self.busy_timeout if wait else 0)
        delay = 0.02
        while True:
            try:
                mem.execute("ATTACH ? AS src (READ_ONLY)", [str(self.path)])
                break
            except duckdb.Error as exc:
                if not _is_lock_error(exc):
                    mem.close()
                    raise StoreError(f"{self.path}: cannot open database: {exc}") from None
                if time.monotonic() >= deadline:
                    mem.close()
                    raise DatabaseBusy(self.busy_message()) from None
            time.sleep(delay)
            delay = min(delay * 2, 0.2)
        try:
            tables = [
                r[0]
                for r in mem.execute(
                    "SELECT table_name FROM information_schema.tables "
                    "WHERE table_catalog = 'src' AND table_schema = 'main' "
                    "AND table_type = 'BASE TABLE'"
                ).fetchall()
                if r[0] not in SKIPPED_TABLES
            ]
            for t in tables:
                mem.execute(f'CREATE TABLE memory.main."{t}" AS SELECT * FROM src.main."{t}"')
        finally:
            mem.execute("DETACH src")
        self._snap, self._snap_sig, self.snapshot_at = mem, sig, datetime.now()

    # -- reads ------------------------------------------------------------------------------
    @contextmanager
    def read(self) -> Iterator[Store]:
        """A store to read from for the length of one request (see ``stale``)."""
        big = self.path.exists() and self.path.stat().st_size > self.snapshot_limit
        if big:
            writer = self._writer
            store: Store = (
                ConnectionStore(writer.con, str(self.path))
                if writer is not None
                else self._open_file(read_only=True)
            )
        else:
            with self._lock:
                changed = self._snap is None or self._signature() != self._snap_sig
                if changed and self._writer is None:
                    try:
                        self._take_snapshot(wait=self._snap is None)
                        self.stale = None
                    except DatabaseBusy:
                        if self._snap is None:
                            raise
                        self.stale = self.stale_message()
                elif changed:  # our own upload is writing: keep serving the snapshot
                    self.stale = self.stale_message()
                snap = self._snap
            if snap is None:
                raise DatabaseBusy(self.busy_message())
            store = ConnectionStore(snap, str(self.path))
        try:
            yield store
        finally:
            store.close()

    # -- writes -----------------------------------------------------------------------------
    @contextmanager
    def write(self) -> Iterator[Store]:
        """The store opened read-write for one request (the server's own ingest)."""
        if not self._write_lock.acquire(timeout=self.busy_timeout * 5):
            raise DatabaseBusy("database busy: another upload is being ingested; retry later")
        try:
            with self._lock:
                # Reads go to the snapshot, so the file is free unless another process has it.
                self._writer = self._open_file(read_only=False)
            assert self._writer is not None
            try:
                yield self._writer
            finally:
                with self._lock:
                    writer, self._writer = self._writer, None
                    writer.close()
        finally:
            self._write_lock.release()
