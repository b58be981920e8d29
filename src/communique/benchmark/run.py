"""The timed benchmark behind `communique bench`.

One run: build the corpus (not timed), read it as JSON Lines, ingest it into a fresh DuckDB
file (parse, code, link, store: seconds per stage) in a process of its own, whose peak RSS is
the ``peak_rss_mb`` reported, then run spaCy's full small pipeline over the same texts as the
baseline in this process. Optionally the same corpus ten times larger (linearity) and
distributed ingest on a local Dask cluster with one and with two workers.
"""

from __future__ import annotations

import io
import json
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from communique.benchmark.corpus import bench_records
from communique.benchmark.memory import own_peak_rss_mb
from communique.model import Article


def _jsonl(records: list[dict[str, Any]]) -> str:
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records)


def _read(lines: str) -> list[Article]:
    from communique.sources import read_jsonl_articles

    return [
        a for a in read_jsonl_articles(io.StringIO(lines), origin="bench") if isinstance(a, Article)
    ]


def ingest_run(records: list[dict[str, Any]], workdir: Path) -> dict[str, Any]:
    """Read and ingest ``records`` into a new database under ``workdir``; figures and stages."""
    from communique.parsing import load_pipeline
    from communique.pipeline import ingest
    from communique.store import Store

    nlp = load_pipeline()
    lines = _jsonl(records)
    stages: dict[str, float] = {}
    start, cpu = time.perf_counter(), time.process_time()
    articles = _read(lines)
    stages["read"] = time.perf_counter() - start
    db = workdir / f"bench-{len(records)}.duckdb"
    with Store(db) as store:
        report = ingest(articles, store, nlp=nlp, timings=stages)
        sentences = store.count("sentences")
    elapsed = time.perf_counter() - start
    words = sum(len(a.text.split()) for a in articles)
    return {
        "articles": report.stored,
        "words": words,
        "events": report.mentions,
        "sentences": sentences,
        "seconds": round(elapsed, 3),
        "cpu_seconds": round(time.process_time() - cpu, 3),
        "articles_per_s": round(report.stored / elapsed, 2),
        "words_per_s": round(words / elapsed, 1),
        "events_per_s": round(report.mentions / elapsed, 2),
        "stages": {k: round(v, 3) for k, v in stages.items()},
    }


def _ingest_in_child(
    records: list[dict[str, Any]], warm: list[dict[str, Any]], workdir: str
) -> dict[str, Any]:
    """In a fresh process: warm up, then time the ingest; with this process's peak RSS."""
    ingest_run(warm, Path(workdir))  # loads model, lexicons and gazetteer outside the timing
    out = ingest_run(records, Path(workdir))
    out["peak_rss_mb"] = own_peak_rss_mb()
    return out


def isolated_ingest(
    records: list[dict[str, Any]], warm: list[dict[str, Any]], workdir: Path
) -> dict[str, Any]:
    """``ingest_run`` in a process of its own (spawned, so it inherits nothing of this one),
    so that its ``peak_rss_mb`` is the ingest's alone and not the benchmark's, which keeps
    every parsed document for the component timings."""
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    ctx = multiprocessing.get_context("spawn")
    with ProcessPoolExecutor(1, mp_context=ctx) as pool:
        return pool.submit(_ingest_in_child, records, warm, str(workdir)).result()


def baseline_run(texts: list[str]) -> dict[str, Any]:
    """spaCy's full small pipeline (every default component) over ``texts``."""
    from communique.nlp import get_nlp

    nlp = get_nlp()
    ours = [p for p in nlp.pipe_names if p.startswith("communique_")]
    start, cpu = time.perf_counter(), time.process_time()
    with nlp.select_pipes(disable=ours):  # spaCy's own components only
        for _ in nlp.pipe(texts):
            pass
        components = list(nlp.pipe_names)
    elapsed = time.perf_counter() - start
    return {
        "components": components,
        "seconds": round(elapsed, 3),
        "cpu_seconds": round(time.process_time() - cpu, 3),
        "articles_per_s": round(len(texts) / elapsed, 2),
        "words_per_s": round(sum(len(t.split()) for t in texts) / elapsed, 1),
    }


def component_seconds(texts: list[str]) -> dict[str, float]:
    """Seconds per component of the fast pipeline over ``texts`` (run one at a time)."""
    from communique.parsing import load_pipeline

    nlp = load_pipeline()
    out: dict[str, float] = {}
    start = time.perf_counter()
    docs = [nlp.make_doc(t) for t in texts]
    out["tokenizer"] = time.perf_counter() - start
    for name, proc in nlp.pipeline:
        start = time.perf_counter()
        docs = (
            list(proc.pipe(docs, batch_size=32))
            if hasattr(proc, "pipe")
            else [proc(d) for d in docs]
        )
        out[name] = time.perf_counter() - start
    return {k: round(v, 3) for k, v in out.items()}


def run_bench(
    articles: int,
    *,
    seed: int = 7,
    linearity: bool = False,
    dask_workers: tuple[int, ...] = (),
    progress: Callable[[str], None] | None = None,
) -> dict[str, Any]:
    """Everything `communique bench --json` prints."""
    from communique.nlp import get_nlp
    from communique.parsing import load_pipeline

    say = progress or (lambda _msg: None)
    say(f"building a corpus of {articles} stories (seed {seed})")
    records = bench_records(articles, seed=seed)
    texts = [r["text"] for r in records]
    say("loading pipelines and warming up")
    warm = bench_records(min(8, articles), seed=seed + 1)
    list(get_nlp().pipe([r["text"] for r in warm]))
    with tempfile.TemporaryDirectory(prefix="communique-bench-") as tmp:
        ingest_run(warm, Path(tmp))  # loads lexicons and gazetteer outside the timing
        # (here too: the baseline below runs in this process)
        # The baseline runs half before and half after the ingest, so both see the same
        # machine (other load comes and goes); the CPU-time ratio is steadier still.
        half = len(texts) // 2
        say("timing the baseline (first half): spaCy's full small pipeline, same texts")
        b1 = baseline_run(texts[:half]) if half else {"seconds": 0.0, "cpu_seconds": 0.0}
        say("timing ingest (read, parse, code, link, store) in a process of its own")
        result = isolated_ingest(records, warm, Path(tmp))
        say("timing the baseline (second half)")
        b2 = baseline_run(texts[half:])
        secs = b1["seconds"] + b2["seconds"]
        cpu = b1["cpu_seconds"] + b2["cpu_seconds"]
        base = {
            "components": b2["components"],
            "seconds": round(secs, 3),
            "cpu_seconds": round(cpu, 3),
            "articles_per_s": round(len(texts) / secs, 2),
            "words_per_s": round(sum(len(t.split()) for t in texts) / secs, 1),
        }
        result["baseline_articles_per_s"] = base["articles_per_s"]
        result["baseline_words_per_s"] = base["words_per_s"]
        result["baseline"] = base
        result["ratio_to_baseline"] = round(result["articles_per_s"] / base["articles_per_s"], 3)
        result["ratio_to_baseline_cpu"] = round(cpu / result["cpu_seconds"], 3)
        say("timing each component of the fast pipeline")
        result["spacy_components"] = component_seconds(texts)
        result["pipeline"] = list(load_pipeline().pipe_names)
        if linearity:
            say(f"timing ingest of {articles * 10} stories (10x) for linearity")
            big = isolated_ingest(bench_records(articles * 10, seed=seed + 2), warm, Path(tmp))
            result["linearity"] = {
                "articles": big["articles"],
                "seconds": big["seconds"],
                "time_ratio_10x": round(big["seconds"] / result["seconds"], 2),
                "articles_per_s": big["articles_per_s"],
                "peak_rss_mb": big["peak_rss_mb"],
                "rss_ratio_10x": round(big["peak_rss_mb"] / result["peak_rss_mb"], 2),
            }
        if dask_workers:
            from communique.distributed import dask_bench

            say(f"timing distributed ingest on a local Dask cluster: {dask_workers} workers")
            plain_db = Path(tmp) / f"bench-{len(records)}.duckdb"  # ingest_run's database
            articles_read = _read(_jsonl(records))  # read as the plain ingest read them
            result["dask"] = dask_bench(articles_read, Path(tmp), dask_workers, plain_db)
    result["seed"] = seed
    # peak_rss_mb (set by the ingest's own process) is the ingest's; this one is the
    # benchmark process's, which also holds every parsed document for the component timings
    result["bench_process_peak_rss_mb"] = own_peak_rss_mb()
    return result
