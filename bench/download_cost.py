"""What a download and the map cost against the CLI's own listing, on one synthetic store.

    PYTHONPATH=src python bench/download_cost.py [--events N] [--json]

Builds a DuckDB file of N events (default 20,000; written with ``Store.write_batch``, no
coder), then times, in the same run: the baseline ``communique events --format jsonl`` path
(``list_events`` + one JSON line per record), each download format of the explorer
(``communique.api.downloads``: every filtered event with its story fields, as CSV, JSON Lines
and Parquet), and the map's data (``communique.api.mapdata.map_data``). Reports seconds, the
ratio to the baseline, and the Python heap peak (tracemalloc, a second run) of each. Not a
test.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import tempfile
import time
import tracemalloc
from pathlib import Path

from communique.api.downloads import batches, encode, filtered_ids
from communique.api.mapdata import map_data
from communique.model import Actor, Article, Evidence, Location, Mention, Sentence
from communique.render import to_json
from communique.store import CodedArticle, Store
from communique.store.article_fields import with_article_fields
from communique.store.queries import EventFilter, list_events

COUNTRIES = ["CUB", "RUS", "USA", "CHN", "IND", "PAK", "FRA", "DEU", "BRA", "ZAF", "JPN", "TUR"]
PLACES = [("Capital A", 10.5, 20.25), ("Capital B", -33.9, 151.2), ("Capital C", 48.85, 2.35)]


def build(path: Path, n: int, per_story: int = 10) -> None:
    rnd = random.Random(7)
    arts = []
    for s in range(n // per_story):
        aid = f"s{s}"
        sents, ments, eids, pos = [], [], [], 0
        for i in range(per_story):
            a, b = rnd.sample(COUNTRIES, 2)
            text = f"{a} officials accused {b} of violating the accord, item {s}-{i}."
            sents.append(Sentence(aid, i, pos, pos + len(text), text))
            k = text.index("accused")
            name, lat, lon = rnd.choice(PLACES)
            loc = Location(name, a, lat, lon) if rnd.random() < 0.7 else None
            m = Mention(
                article_id=aid, sentence=i, event_type="ACCUSE",
                actor=[Actor(text=a, name=a, country=a)],
                recipient=[Actor(text=b, name=b, country=b)],
                evidence=Evidence(text, pos, pos + len(text), "accused", pos + k, pos + k + 7),
                explanation="bench", cameo="112", quad_class=3, goldstein=-2.0,
                modality="asserted", date=f"2024-{1 + s % 12:02d}-{1 + i % 28:02d}",
                date_precision="day", confidence=0.8, location=loc,
            )  # fmt: skip
            ments.append(m)
            eids.append("e" + m.id[1:])
            pos += len(text) + 1
        art = Article(text=" ".join(x.text for x in sents), id=aid, title=f"Story {s}",
                      url=f"https://example.org/{s}", publisher="Bench Wire",
                      published=f"2024-{1 + s % 12:02d}-28")  # fmt: skip
        arts.append(CodedArticle(art, sents, ments, eids, "bench"))
    with Store(path) as store:
        for i in range(0, len(arts), 200):
            store.write_batch(arts[i : i + 200], link=False)


def measure(fn) -> tuple[float, float, int]:
    """(seconds, Python heap peak in MiB, output size): timed alone, then run again under
    tracemalloc (which slows it) for the heap peak."""
    t = time.perf_counter()
    size = fn()
    secs = time.perf_counter() - t
    tracemalloc.start()
    fn()
    peak = tracemalloc.get_traced_memory()[1] / 2**20
    tracemalloc.stop()
    return secs, peak, size


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--events", type=int, default=20_000)
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "bench.duckdb"
        build(db, args.events)
        store = Store(db, read_only=True)
        flt = EventFilter()

        def baseline() -> int:  # `communique events --format jsonl`, with its story fields
            rows = with_article_fields(store, list_events(store, flt))
            return len("".join(to_json(r) + "\n" for r in rows))

        def download(fmt: str):
            return lambda: len(encode(batches(store, ids=filtered_ids(store, flt, {})), fmt))

        def the_map() -> int:
            return len(json.dumps(map_data(store, flt), default=str))

        out = {"events": store.count("events")}
        base = measure(baseline)
        out["baseline_cli_jsonl"] = {"s": round(base[0], 3), "heap_mb": round(base[1], 1),
                                     "bytes": base[2]}  # fmt: skip
        for name, fn in [("csv", download("csv")), ("jsonl", download("jsonl")),
                         ("parquet", download("parquet")), ("map_data", the_map)]:  # fmt: skip
            s, peak, size = measure(fn)
            out[name] = {"s": round(s, 3), "ratio_to_baseline": round(s / base[0], 2),
                         "heap_mb": round(peak, 1), "bytes": size}  # fmt: skip
        store.close()
    if args.json:
        print(json.dumps(out, indent=2))
    else:
        for k, v in out.items():
            print(f"{k:20} {v}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
