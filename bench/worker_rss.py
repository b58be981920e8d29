"""A Dask worker's memory as the input grows: one worker process codes N synthetic stories
partition after partition (the worker task of `ingest --dask`), and its resident memory is
sampled after each partition. Flat means the worker keeps nothing between partitions.

    python bench/worker_rss.py --stories 1000 --partition-size 50 [--json]

Prints the RSS after the first partition, after the last, the peak, and the growth per 1,000
stories after the first partition (the ratio last / first is the figure to read).
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time

import psutil

from communique.benchmark import bench_records
from communique.benchmark.memory import own_peak_rss_mb
from communique.distributed.ingest import code_partition, partition_records
from communique.distributed.storage import Location
from communique.model import Article


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--stories", type=int, default=1000)
    ap.add_argument("--partition-size", type=int, default=50)
    ap.add_argument("--seed", type=int, default=11)
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args()
    proc = psutil.Process()
    records = bench_records(args.stories, seed=args.seed)
    parts = partition_records((Article(**r) for r in records), args.partition_size)
    samples: list[float] = []
    started = time.perf_counter()
    with tempfile.TemporaryDirectory(prefix="communique-worker-rss-") as tmp:
        loc = Location(tmp)
        for i, (key, recs) in enumerate(parts):
            code_partition(key, recs, loc)
            samples.append(proc.memory_info().rss / 2**20)
            if not args.json:
                print(f"partition {i + 1}/{len(parts)}: rss {samples[-1]:.0f} MB", file=sys.stderr)
    secs = time.perf_counter() - started
    first, last = samples[0], samples[-1]
    done = args.partition_size * (len(parts) - 1)
    out = {
        "stories": args.stories,
        "partition_size": args.partition_size,
        "partitions": len(parts),
        "seconds": round(secs, 1),
        "stories_per_s": round(args.stories / secs, 2),
        "rss_after_first_partition_mb": round(first, 1),
        "rss_after_last_partition_mb": round(last, 1),
        "rss_last_over_first": round(last / first, 3),
        "peak_rss_mb": own_peak_rss_mb(),
        "growth_mb_per_1000_stories": round((last - first) / max(done, 1) * 1000, 1),
        "rss_samples_mb": [round(x) for x in samples],
    }
    print(json.dumps(out, indent=2 if args.json else None))


if __name__ == "__main__":
    main()
