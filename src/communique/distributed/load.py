"""`communique load`: a dataset written by `ingest --dask` into a DuckDB store, linked.

Workers code mentions only; linking happens here, in one incremental pass over the articles
in input order, through the same ``Store.write_batch(link=True)`` that `communique ingest`
uses, in batches of the same size (recorded in the dataset's manifest). A batch is formed
exactly as the plain ingest forms it — the next ``batch_size`` articles of the de-duplicated
input, less those the store already holds and those the coder failed on — so the events
(members, ids, representatives) are those of a plain ingest of the same stories in the same
order, and a store that already holds events is linked against. Only one partition's tables
are in memory at a time.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from communique.distributed.ingest import PART_TABLES, _as_location
from communique.distributed.storage import MANIFEST, SUCCESS, Dataset, Location
from communique.model import Article, Mention, Sentence

ARTICLE_FIELDS = (
    "id", "url", "title", "publisher", "published", "published_source", "published_precision",
    "dateline", "dateline_date", "language", "origin", "format", "notes", "text",
)  # fmt: skip
COUNTED = ("articles", "sentences", "mentions", "events")


@dataclass
class LoadReport:
    added: dict[str, int] = field(default_factory=lambda: dict.fromkeys(COUNTED, 0))
    duplicates: int = 0  # articles the store already held (or seen earlier in the dataset)
    partitions: int = 0  # finished partitions loaded
    unfinished: int = 0  # partitions listed in the manifest without a _SUCCESS marker
    batch_size: int = 32


def partition_order(ds: Dataset) -> tuple[list[str], int, int]:
    """Finished partition keys in input order, the linking batch size, and how many listed
    partitions are unfinished. Partitions missing from the manifest come last, by key."""
    finished = ds.finished_keys()
    listed: list[str] = []
    batch_size = 32
    if ds.exists(MANIFEST):
        manifest = ds.read_json(MANIFEST)
        listed = list(manifest.get("partitions", []))
        batch_size = int(manifest.get("batch_size", batch_size))
    done = set(finished)
    order = [k for k in listed if k in done]
    order += sorted(done - set(order))
    unfinished = sum(1 for k in listed if k not in done)
    return order, batch_size, unfinished


def _coded_articles(ds: Dataset, key: str) -> Iterator[tuple[str, Any]]:
    """(article id, CodedArticle or None when the coder failed on it), in input order."""
    from communique.store.db import CodedArticle

    part = f"part-{key}"
    rows = {t: ds.read_table(f"{part}/{t}.parquet").to_pylist() for t in PART_TABLES}
    try:
        ids = list(ds.read_json(f"{part}/{SUCCESS}")["ids"])
    except (ValueError, KeyError, TypeError):  # a marker from an older version: file order
        ids = [r["id"] for r in rows["articles"]]
    sentences: dict[str, list[Sentence]] = {}
    for s in rows["sentences"]:
        sentences.setdefault(s["article_id"], []).append(
            Sentence(s["article_id"], s["idx"], s["start_char"], s["end_char"], s["text"])
        )
    mentions: dict[str, list[Mention]] = {}
    for m in rows["mentions"]:
        mentions.setdefault(m["article_id"], []).append(Mention.from_dict(json.loads(m["record"])))
    articles = {r["id"]: r for r in rows["articles"]}
    for aid in ids:
        row = articles.get(aid)
        if row is None:
            yield aid, None
            continue
        article = Article(**{f: row[f] for f in ARTICLE_FIELDS})
        article.notes = list(article.notes or [])
        yield (
            aid,
            CodedArticle(
                article,
                sorted(sentences.get(aid, []), key=lambda s: s.index),
                mentions.get(aid, []),  # in the coder's order, as written
                coder=row["coder"] or "",
            ),
        )


def load_dataset(location: Location | str | Path, store: Any) -> LoadReport:
    """Load and link every finished partition into ``store`` (a Store), in input order.

    Articles already in the store (same id, URL or text) are skipped, so loading twice
    changes nothing and loading after a resumed ingest adds only what is new."""
    ds = _as_location(location).open()
    order, batch_size, unfinished = partition_order(ds)
    report = LoadReport(partitions=len(order), unfinished=unfinished, batch_size=batch_size)
    before = {t: store.count(t) for t in COUNTED}
    seen: set[str] = set()
    pending: list[Any] = []

    def flush() -> None:
        batch = [c for c in pending if c is not None]
        pending.clear()
        if not batch:
            return
        urls, hashes = store.find_existing(
            (c.article.url for c in batch if c.article.url), (c.article.hash for c in batch)
        )
        ids = store.existing_ids(c.article.id for c in batch)
        fresh = []
        for c in batch:
            a = c.article
            if (a.url and a.url in urls) or a.hash in hashes or a.id in ids:
                report.duplicates += 1
            else:
                fresh.append(c)
        store.write_batch(fresh, link=True)

    for key in order:
        for aid, coded in _coded_articles(ds, key):
            keys = {f"id:{aid}"}
            if coded is not None:
                keys |= {f"hash:{coded.article.hash}"}
                keys |= {f"url:{coded.article.url}"} if coded.article.url else set()
            if keys & seen:  # listed twice (two runs over overlapping inputs)
                report.duplicates += 1
                continue
            seen |= keys
            pending.append(coded)  # None holds the failed article's place in its batch
            if len(pending) >= batch_size:
                flush()
    flush()
    report.added = {t: store.count(t) - before[t] for t in COUNTED}
    return report
