"""Partitioning, the worker task, the Dask driver and loading the Parquet dataset."""

from __future__ import annotations

import hashlib
import shutil
import time
from collections.abc import Callable, Iterable
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from communique.conflicts import Conflict, conflict_of
from communique.model import Article, SourceError

TABLES = ("articles", "sentences", "mentions", "events")
SUCCESS = "_SUCCESS"


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


def finished_partitions(out_dir: Path) -> list[Path]:
    """Partition folders with every table written (``_SUCCESS`` present)."""
    return sorted(p.parent for p in Path(out_dir).glob(f"part-*/{SUCCESS}"))


def code_partition(key: str, records: list[dict[str, Any]], out_dir: str) -> dict[str, Any]:
    """Worker task: code the articles and write ``out_dir/part-<key>/`` atomically."""
    import os
    import resource

    from communique.parsing import load_pipeline
    from communique.pipeline import ingest
    from communique.store import Store
    from communique.store.db import sql_literal

    final = Path(out_dir) / f"part-{key}"
    if (final / SUCCESS).exists():
        return {"key": key, "skipped": True}
    tmp = Path(out_dir) / f".tmp-{key}-{os.getpid()}"
    shutil.rmtree(tmp, ignore_errors=True)
    tmp.mkdir(parents=True)
    articles = [Article(**r) for r in records]
    timings: dict[str, float] = {}
    store = Store(":memory:")
    try:
        report = ingest(articles, store, nlp=load_pipeline(), timings=timings)
        for table in TABLES:
            target = sql_literal(tmp / f"{table}.parquet")
            store.con.execute(f"COPY {table} TO {target} (FORMAT parquet)")
    finally:
        store.close()
    (tmp / SUCCESS).write_text(f"{report.stored} articles, {report.mentions} mentions\n")
    shutil.rmtree(final, ignore_errors=True)  # an unfinished earlier attempt
    tmp.rename(final)
    return {
        "key": key,
        "skipped": False,
        "stored": report.stored,
        "mentions": report.mentions,
        "errors": [(e.origin, e.reason) for e in report.errors],
        "timings": timings,
        "peak_rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
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


def distributed_ingest(
    items: Iterable[Article | SourceError],
    out_dir: Path,
    scheduler: str = "local:2",
    *,
    partition_size: int = 100,
    on_progress: Callable[[DaskReport, int], None] | None = None,
    client: Any = None,
) -> DaskReport:
    """Code ``items`` on a Dask cluster into the Parquet dataset ``out_dir``.

    Finished partitions are skipped; ``on_progress(report, articles_to_do)`` is called after
    each partition. Ctrl-C cancels outstanding work: finished partitions stay, none is half
    written.
    """
    from dask.distributed import as_completed

    started = time.perf_counter()
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    report = DaskReport()
    parts = partition_records(items, partition_size, report)
    report.partitions = len(parts)
    todo = [(k, r) for k, r in parts if not (out_dir / f"part-{k}" / SUCCESS).exists()]
    report.skipped = len(parts) - len(todo)
    total = sum(len(r) for _, r in todo)
    own = client is None
    cluster = None
    if todo:
        if own:
            client, cluster = _client(scheduler)
        futures = []
        try:
            futures = [
                client.submit(
                    code_partition, k, r, str(out_dir.resolve()), key=f"code-{k}", pure=False
                )
                for k, r in todo
            ]
            for fut in as_completed(futures):
                res = fut.result()
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
    report.seconds = time.perf_counter() - started
    return report


def load_dataset(out_dir: Path, store: Any) -> dict[str, int]:
    """Load every finished partition into ``store`` (a Store); articles already there are
    skipped, so loading twice changes nothing. Returns rows added per table."""
    added = dict.fromkeys(TABLES, 0)
    con = store.con
    for part in finished_partitions(out_dir):
        before = {t: store.count(t) for t in TABLES}
        con.execute("BEGIN TRANSACTION")
        try:
            a, s, m, e = (str(part / f"{t}.parquet") for t in TABLES)
            con.execute(
                f"CREATE TEMP TABLE new_ids AS SELECT id FROM read_parquet('{a}') "
                "WHERE id NOT IN (SELECT id FROM articles)"
            )
            con.execute(
                f"INSERT INTO articles SELECT * FROM read_parquet('{a}') WHERE id IN (SELECT id FROM new_ids)"
            )
            con.execute(
                f"INSERT INTO sentences SELECT * FROM read_parquet('{s}') WHERE article_id IN (SELECT id FROM new_ids)"
            )
            con.execute(
                f"INSERT INTO mentions SELECT * FROM read_parquet('{m}') WHERE article_id IN (SELECT id FROM new_ids)"
            )
            con.execute(
                f"INSERT INTO events SELECT * FROM read_parquet('{e}') "
                "WHERE id NOT IN (SELECT id FROM events)"
            )
            con.execute("DROP TABLE new_ids")
            con.execute("COMMIT")
        except BaseException:
            con.execute("ROLLBACK")
            raise
        for t in TABLES:
            added[t] += store.count(t) - before[t]
    return added


def dask_bench(
    records: list[dict[str, Any]], workdir: Path, workers: Iterable[int]
) -> dict[str, Any]:
    """Articles per second of distributed ingest on a local cluster of each size."""
    out: dict[str, Any] = {}
    articles = [Article(**{k: v for k, v in r.items()}) for r in records]
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
        out[f"workers_{n}"] = {
            "articles": rep.stored,
            "seconds": round(secs, 3),
            "articles_per_s": round(rep.stored / secs, 2),
            "worker_peak_rss_mb": round(rep.worker_peak_rss_mb, 1),
        }
    return out
