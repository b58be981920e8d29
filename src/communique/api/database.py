"""How the server shares the database file with `communique ingest`.

DuckDB lets one process write a file, and while a process holds it read-write no other
process may open it, even read-only. So the server does not keep the file open: it answers
from its own **mirror**, an on-disk DuckDB copy of the tables the pages read (all but
``sentences``; ``communique.api.mirror``), kept next to the database as ``NAME.mirror`` (or
``--mirror PATH``). The mirror is opened with a memory limit (``--memory-limit``, default
256 MB) and a thread count (``--threads``), so the server's memory does not grow with the
database: DuckDB caches at most that much and reads the rest from disk.

* The mirror is brought up to date by copying only what is new: a request that finds the
  file changed (its size or modification time, or its WAL's) has the new rows copied in (a
  short read-only attach per chunk of rows), so a page shows the new stories as soon as an
  ingest has finished. An idle server holds no lock, so `communique ingest` can always open
  the file, and a sync holds it for one chunk at a time (well under the 3 s an ingest waits).
* While an ingest holds the file, the sync fails at once and requests are answered from the
  mirror, marked stale: pages show a banner ("an ingest is writing …, showing the data as of
  …") and API responses carry ``X-Communique-Stale``. Nothing waits.
* The first fill runs in the background (a 1 GB database takes a minute or so; a restart
  reuses the mirror and copies only what is new). Until it is done, or while there is no
  mirror and an ingest holds the file, a request waits ``busy_timeout`` seconds and then
  fails with :class:`DatabaseBusy`, answered with **503** and ``Retry-After``: never a hang.
* The server's own writes (``POST /api/ingest``) open the file read-write for that
  request; a second upload waits its turn.

The cost is disk: the mirror is about as large as the database (less its sentences, plus
free blocks a chunked first fill leaves). Measured (``bench/serve_large.py``, 2 shared cores;
"Serving a large database" in ``docs/capacity.md``): on a 1.16 GB database (1 M mentions)
against a 55 MB one in the same run, server RSS 453 vs 345 MB at peak (the in-memory snapshot
this replaced took 3.4 GB for the large file, 5.2 GB at peak); first fill 52 s, restart 6 s;
pages 0.5–1.7 s for slices (events, a pair, spikes), ~5 s for whole-store sums (overview).
"""

from __future__ import annotations

import tempfile
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime
from pathlib import Path

import duckdb

from communique.api.mirror import Mirror, SourceBusy
from communique.store import Store, StoreError


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


def default_mirror_path(db: Path) -> Path:
    return db.with_name(db.name + ".mirror")


class Database:
    """Request-scoped access to one DuckDB file; see the module docstring for the design."""

    def __init__(
        self,
        path: str | Path,
        *,
        busy_timeout: float = 2.0,
        mirror: str | Path | None = None,
        memory_limit: str = "256MB",
        threads: int = 2,
    ) -> None:
        self.path = Path(path)
        self.busy_timeout = busy_timeout
        self.mirror_path = Path(mirror) if mirror else default_mirror_path(self.path)
        self.memory_limit = memory_limit
        self.threads = threads
        self._lock = threading.Lock()  # guards opening the mirror and the state below
        self._write_lock = threading.Lock()
        self._writer: Store | None = None
        self._mirror: Mirror | None = None
        self._synced_sig: tuple | None = None  # the file's signature the mirror has caught up to
        self._filler: threading.Thread | None = None
        self._fill_error: Exception | None = None
        self.snapshot_at: datetime | None = None  # when the mirror last caught up
        self.stale: str | None = None  # why the mirror may be behind the file, if it is

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

    # -- the mirror -------------------------------------------------------------------------
    def mirror(self) -> Mirror:
        """The mirror, opened on first use (in a temporary folder when its usual place cannot
        be written or another server holds it)."""
        with self._lock:
            if self._mirror is None:
                if not self.path.exists():
                    raise DatabaseMissing(
                        f"{self.path}: no such database (run `communique ingest` first)"
                    )
                opts = {"memory_limit": self.memory_limit, "threads": self.threads}
                try:
                    self._mirror = Mirror(self.path, self.mirror_path, **opts)
                except (duckdb.Error, OSError):
                    folder = Path(tempfile.mkdtemp(prefix="communique-mirror-"))
                    self.mirror_path = folder / (self.path.name + ".mirror")
                    self._mirror = Mirror(self.path, self.mirror_path, **opts)
            return self._mirror

    def _catch_up(self, mirror: Mirror, budget: float | None) -> bool:
        """Copy what is new (SourceBusy while an ingest holds the file); True when caught up.
        The caller holds ``mirror.lock``."""
        sig = self._signature()
        done = mirror.sync(budget=budget)
        if done:
            self._synced_sig, self.snapshot_at = sig, datetime.now()
        return done

    def _fill(self, mirror: Mirror) -> None:
        """The first fill, in the background: retries while an ingest holds the file."""
        delay = 0.05
        while True:
            try:
                with mirror.lock:
                    if self._catch_up(mirror, budget=None):
                        return
            except SourceBusy:
                time.sleep(delay)
                delay = min(delay * 2, 1.0)
            except Exception as exc:  # shown to the waiting requests
                self._fill_error = exc
                return

    def _wait_filled(self, mirror: Mirror) -> None:
        with self._lock:
            if self._filler is None or not self._filler.is_alive():
                self._fill_error = None
                self._filler = threading.Thread(
                    target=self._fill, args=(mirror,), name="communique-mirror", daemon=True
                )
                self._filler.start()
            filler = self._filler
        filler.join(self.busy_timeout)
        if self._fill_error is not None:
            raise StoreError(f"{self.path}: cannot read the database: {self._fill_error}")
        if not mirror.ready():
            raise DatabaseBusy(
                self.busy_message()
                if self._synced_sig is None and self._held()
                else f"database loading: the server is still copying {self.path.name} "
                "into its mirror (a first start on a large database takes a while) — retry "
                "in a few seconds"
            )

    def _held(self) -> bool:
        try:
            duckdb.connect(str(self.path), read_only=True).close()
        except duckdb.Error as exc:
            return _is_lock_error(exc)
        return False

    # -- reads ------------------------------------------------------------------------------
    @contextmanager
    def read(self) -> Iterator[Store]:
        """A store to read from for the length of one request (see ``stale``)."""
        mirror = self.mirror()
        if not mirror.ready():
            self._wait_filled(mirror)
        elif self._signature() != self._synced_sig:
            if self._writer is not None:  # our own upload is writing: serve the mirror
                self.stale = self.stale_message()
            elif mirror.lock.acquire(timeout=self.busy_timeout):
                try:
                    if self._signature() != self._synced_sig:  # not done while we waited
                        # a big addition is copied over several requests, a budget at a time
                        done = self._catch_up(mirror, budget=self.busy_timeout / 2)
                        self.stale = None if done else self.stale_message()
                except SourceBusy:
                    self.stale = self.stale_message()
                finally:
                    mirror.lock.release()
            else:
                self.stale = self.stale_message()
        store = ConnectionStore(mirror.con, str(self.path))
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
            mirror = self.mirror()
            with mirror.lock:  # no sync has the file attached while we write it
                self._writer = self._open_file(read_only=False)
                try:
                    yield self._writer
                finally:
                    writer, self._writer = self._writer, None
                    writer.close()
        finally:
            self._write_lock.release()

    def close(self) -> None:
        with self._lock:
            if self._mirror is not None:
                self._mirror.close()
                self._mirror = None
