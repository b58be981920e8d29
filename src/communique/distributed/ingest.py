"""Partitioning, the worker task and the Dask driver (loading is in ``load.py``)."""

from __future__ import annotations

import hashlib
import threading
import time
from collections.abc import Callable, Iterable
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from communique.conflicts import Conflict, conflict_of
from communique.distributed.storage import SUCCESS, TMP_PREFIX, Location
from communique.model import Article, SourceError

PART_TABLES = ("articles", "sentences", "mentions")  # per partition; events are made at load
_CODING = threading.Lock()


@dataclass
class DaskReport:
    read: int = 0  # articles read from the inputs
    duplicates: int = 0  # same URL, text or id as an earlier one: not coded again
    # same id or URL as an earlier one with different text: refused (communique.conflicts)
    conflicts: list[Conflict] = field(default_factory=list)
    partitions: int = 0  # partitions in the dataset for this input
    skipped: int = 0  # partitions already finished by an earlier run
    done: int = 0  # partitions coded and written by this run
    stored: int = 0  # articles written by this run
    mentions: int = 0  # mentions written by this run
    seconds: float = 0.0
    worker_peak_rss_mb: float = 0.0
    cleaned: int = 0  # temporary folders of attempts that never committed, removed
    errors: list[SourceError] = field(default_factory=list)
    interrupted: bool = False


def _record(a: Article) -> dict[str, Any]:
    d = asdict(a)
    d["notes"] = list(a.notes)
    return d


def partition_records(
    items: Iterable[Article | SourceError], size: int, report: DaskReport | None = None
) -> list[tuple[str, list[dict[str, Any]]]]:
    """De-duplicated article records in partitions of ``size``, each with a stable key.

    The key is a hash of the partition's article ids, so the same input in the same order
    gives the same partitions on every run (what makes reruns skip finished work).
    """
    report = report or DaskReport()
    seen: set[str] = set()
    seen_ids: dict[str, str] = {}  # id -> content hash
    seen_urls: dict[str, set[str]] = {}  # URL -> content hashes
    records: list[dict[str, Any]] = []
    for item in items:
        if isinstance(item, SourceError):
            report.errors.append(item)
            continue
        report.read += 1
        keys = {f"id:{item.ensure_id()}", f"hash:{item.hash}"} | (
            {f"url:{item.url}"} if item.url else set()
        )
        found = conflict_of(item, seen_ids, seen_urls)
        if found is not None:
            report.conflicts.append(found)
            continue
        if keys & seen:
            report.duplicates += 1
            continue
        seen |= keys
        seen_ids[item.id or ""] = item.hash
        if item.url:
            seen_urls.setdefault(item.url, set()).add(item.hash)
        records.append(_record(item))
    out = []
    for i in range(0, len(records), size):
        chunk = records[i : i + size]
        key = hashlib.sha1("\n".join(r["id"] for r in chunk).encode()).hexdigest()[:16]
        out.append((key, chunk))
    return out


def finished_partitions(location: Location | str) -> list[str]:
    """Paths of the partitions with every table written (``_SUCCESS`` present)."""
    ds = _as_location(location).open()
    return [ds.path(f"part-{k}") for k in ds.finished_keys()]


def _as_location(location: Location | str | Path) -> Location:
    return location if isinstance(location, Location) else Location(str(location))


def _committed(ds: Any, key: str) -> dict[str, Any]:
    """The result of a partition that an earlier attempt committed (its marker's counts):
    a task computed again because its worker died after committing, or a duplicate."""
    try:
        marker = ds.read_json(f"part-{key}/{SUCCESS}")
    except (ValueError, OSError):
        marker = {}
    return {
        "key": key,
        "skipped": True,
        "stored": int(marker.get("stored", 0)),
        "mentions": int(marker.get("mentions", 0)),
        "errors": [tuple(e) for e in marker.get("errors", [])],
    }


def code_partition(
    key: str, records: list[dict[str, Any]], location: Location, topic_gate: bool = True
) -> dict[str, Any]:
    """Worker task: code the articles (no linking: `load` links them in input order) and
    commit ``part-<key>/`` — tables under a temporary key first, moved into place, then the
    ``_SUCCESS`` marker, which lists the partition's article ids in input order."""
    import os
    import socket
    import uuid

    from communique.benchmark.memory import own_peak_rss_mb
    from communique.linking import event_id_for
    from communique.parsing import load_pipeline
    from communique.pipeline import code_articles
    from communique.store import Store
    from communique.store.db import CodedArticle

    ds = location.open()
    final = f"part-{key}"
    ds.refresh()
    if ds.is_finished(key):
        return _committed(ds, key)
    attempt = f"{socket.gethostname()}-{os.getpid()}-{uuid.uuid4().hex[:8]}"
    tmp = f"{TMP_PREFIX}{key}-{attempt}"
    timings: dict[str, float] = {}
    coded: list[CodedArticle] = []
    errors: list[tuple[str, str]] = []
    articles = [Article(**r) for r in records]
    with _CODING:  # the pipeline is not thread-safe: threads of one worker code in turn
        for item in code_articles(
            articles, nlp=load_pipeline(), timings=timings, topic_gate=topic_gate
        ):
            if isinstance(item, SourceError):
                errors.append((item.origin, item.reason))
            else:
                # a placeholder event per mention: `load` links them and sets the real ids
                item.event_ids = [event_id_for(m.id) for m in item.mentions]
                coded.append(item)
    store = Store(":memory:")
    try:
        store.write_batch(coded, link=False)
        for table in PART_TABLES:
            ds.write_table(
                f"{tmp}/{table}.parquet", store.con.sql(f"SELECT * FROM {table}").to_arrow_table()
            )
    finally:
        store.close()
    mentions = sum(len(c.mentions) for c in coded)
    ds.refresh()
    if ds.is_finished(key):  # another attempt committed first: keep its files
        ds.remove(tmp)
        return _committed(ds, key)
    for table in PART_TABLES:
        ds.move(f"{tmp}/{table}.parquet", f"{final}/{table}.parquet")
    marker = {
        "ids": [r["id"] for r in records],
        "stored": len(coded),
        "mentions": mentions,
        "errors": errors,
        "attempt": attempt,
    }
    ds.write_json(f"{final}/{SUCCESS}", marker)
    ds.remove(tmp)
    return {
        "key": key,
        "skipped": False,
        "stored": len(coded),
        "mentions": mentions,
        "errors": errors,
        "timings": timings,
        "peak_rss_mb": own_peak_rss_mb(),
    }


def warm_worker() -> None:
    """Load the pipeline, lexicons and gazetteer in this worker (they load once per process)."""
    from communique.pipeline import code_articles

    text = "PARIS, May 2 (Wire) -- French President Emmanuel Macron met Chinese leaders in Paris."
    list(code_articles([Article(text=text, published="2019-05-02")]))


def _client(scheduler: str) -> tuple[Any, Any]:
    """A Dask client for ``local:N`` (N worker processes here), ``local:N:threads`` (one
    process, N threads: quick, for tests) or a scheduler address ``tcp://HOST:8786``."""
    from dask.distributed import Client, LocalCluster

    if scheduler.startswith("local"):
        parts = scheduler.split(":")
        n = int(parts[1]) if len(parts) > 1 and parts[1] else 2
        threads = len(parts) > 2 and parts[2] == "threads"
        cluster = LocalCluster(
            n_workers=1 if threads else n,
            threads_per_worker=n if threads else 1,
            processes=not threads,
            dashboard_address=None,
            memory_limit=0,
        )
        return Client(cluster), cluster
    return Client(scheduler), None


def _write_manifest(ds: Any, keys: list[str], batch_size: int) -> None:
    """Record the partitions in input order and the linking batch size, for `load`.

    A later run with other inputs appends its partitions after those already listed."""
    from communique.distributed.storage import MANIFEST

    listed: list[str] = []
    if ds.exists(MANIFEST):
        listed = list(ds.read_json(MANIFEST).get("partitions", []))
    known = set(listed)
    listed += [k for k in keys if k not in known]
    ds.write_json(MANIFEST, {"format": 2, "batch_size": batch_size, "partitions": listed})


def distributed_ingest(
    items: Iterable[Article | SourceError],
    out: Location | str | Path,
    scheduler: str = "local:2",
    *,
    partition_size: int = 100,
    batch_size: int = 32,
    topic_gate: bool = True,
    on_progress: Callable[[DaskReport, int], None] | None = None,
    client: Any = None,
    in_flight: int = 32,
) -> DaskReport:
    """Code ``items`` on a Dask cluster into the Parquet dataset at ``out`` (a path, an
    fsspec URL or a ``Location`` with storage options).

    Finished partitions are skipped; ``on_progress(report, articles_to_do)`` is called after
    each partition. Ctrl-C cancels outstanding work: finished partitions stay, none is half
    written. Temporary folders of attempts that never committed (a killed worker's, an
    earlier run's) are removed at the start and at the end. One run per dataset at a time.
    ``batch_size`` is recorded for `load`, which links in batches of that size, as
    ``communique ingest --batch-size`` does. At most ``in_flight`` partitions are submitted
    at a time (more as they finish).
    """
    from dask.distributed import as_completed

    started = time.perf_counter()
    location = _as_location(out).absolute()
    ds = location.open()
    ds.ensure()
    report = DaskReport()
    report.cleaned = ds.remove_leftovers()
    parts = partition_records(items, partition_size, report)
    report.partitions = len(parts)
    _write_manifest(ds, [k for k, _ in parts], batch_size)
    done = set(ds.finished_keys())
    todo = [(k, r) for k, r in parts if k not in done]
    report.skipped = len(parts) - len(todo)
    total = sum(len(r) for _, r in todo)
    own = client is None
    cluster = None
    if todo:
        if own:
            client, cluster = _client(scheduler)
        futures: list[Any] = []
        queue = iter(todo)
        running = as_completed()

        def submit_next() -> None:
            nxt = next(queue, None)
            if nxt is not None:
                k, r = nxt
                fut = client.submit(
                    code_partition, k, r, location, topic_gate, key=f"code-{k}", pure=False
                )
                futures.append(fut)
                running.add(fut)

        try:
            # a bounded number of partitions in flight: the scheduler holds only their
            # stories, not the whole input, and Ctrl-C has little to cancel
            for _ in range(in_flight):
                submit_next()
            seen: set[str] = set()
            for fut in running:
                res = fut.result()
                submit_next()
                # a result lost with a dead worker is computed again (it then finds the
                # marker and skips): count each partition once
                if res["key"] in seen:
                    continue
                seen.add(res["key"])
                fut.release()
                # every partition submitted was unfinished when this run began, so one that
                # comes back already committed was committed in this run, by an attempt whose
                # worker died before its result was fetched
                report.done += 1
                report.stored += res.get("stored", 0)
                report.mentions += res.get("mentions", 0)
                report.worker_peak_rss_mb = max(
                    report.worker_peak_rss_mb, res.get("peak_rss_mb", 0)
                )
                report.errors += [SourceError(o, why) for o, why in res.get("errors", [])]
                report.seconds = time.perf_counter() - started
                if on_progress:
                    on_progress(report, total)
        except KeyboardInterrupt:
            report.interrupted = True
            client.cancel(futures)
        finally:
            if own:
                client.close()
                if cluster is not None:
                    cluster.close()
    if not report.interrupted:
        report.cleaned += ds.remove_leftovers()
    report.seconds = time.perf_counter() - started
    return report


EVENTS_SQL = (
    "SELECT e.id, e.rep_mention_id, list(m.id ORDER BY m.id) AS mentions FROM events e "
    "JOIN mentions m ON m.event_id = e.id GROUP BY ALL ORDER BY e.id"
)


def dask_bench(
    articles: list[Article],
    workdir: Path,
    workers: Iterable[int],
    plain_db: Path | None = None,
) -> dict[str, Any]:
    """Articles per second of distributed ingest on a local cluster of each size (coding on
    the workers), and of `load` (linking and storing, one process) after it; with
    ``plain_db`` (a plain ingest of the same articles), whether the events are the same."""
    from communique.distributed.load import load_dataset
    from communique.store import Store

    plain = None
    if plain_db is not None and plain_db.exists():
        with Store(plain_db, read_only=True) as store:
            plain = store.query(EVENTS_SQL)

    out: dict[str, Any] = {}
    size = max(1, len(articles) // 8)
    for n in workers:
        client, cluster = _client(f"local:{n}")
        try:
            client.run(warm_worker)  # model, lexicons and gazetteer load outside the timing
            start = time.perf_counter()
            rep = distributed_ingest(
                [Article(**_record(a)) for a in articles],
                workdir / f"dask-{n}",
                partition_size=size,
                client=client,
            )
            secs = time.perf_counter() - start
        finally:
            client.close()
            cluster.close()
        start = time.perf_counter()
        with Store(workdir / f"dask-{n}.duckdb") as store:  # linking happens here
            load_dataset(workdir / f"dask-{n}", store)
            load_secs = time.perf_counter() - start
            events = store.query(EVENTS_SQL)
        out[f"workers_{n}"] = {
            "articles": rep.stored,
            "seconds": round(secs, 3),
            "articles_per_s": round(rep.stored / secs, 2),
            "worker_peak_rss_mb": round(rep.worker_peak_rss_mb, 1),
            "load_seconds": round(load_secs, 3),
            "load_articles_per_s": round(rep.stored / load_secs, 2),
            "events": len(events),
        }
        if plain is not None:
            out[f"workers_{n}"]["same_events_as_plain_ingest"] = events == plain
    return out
