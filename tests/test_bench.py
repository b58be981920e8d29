"""`communique bench`: the corpus it builds and the figures it prints (never timings)."""

from __future__ import annotations

import json

from typer.testing import CliRunner

from communique.benchmark import bench_records
from communique.cli import app


def test_corpus_is_reproducible_varied_and_story_sized() -> None:
    a = bench_records(12, seed=3)
    b = bench_records(12, seed=3)
    assert a == b  # same seed, same corpus
    texts = [r["text"] for r in a]
    assert len(set(texts)) == len(texts)  # no story repeated verbatim
    # the 40 bundled stories are reused, but never with the same words
    assert bench_records(41, seed=3)[40]["text"] != texts[0]
    words = [len(t.split()) for t in texts]
    assert all(300 <= w <= 520 for w in words), words
    assert len({r["url"] for r in a}) == 12
    assert bench_records(4, seed=4)[0]["text"] != texts[0]


def test_bench_json_has_the_figures() -> None:
    result = CliRunner().invoke(app, ["bench", "--articles", "2", "--json"])
    assert result.exit_code == 0, result.output
    out = json.loads(result.stdout)
    for key in (
        "articles_per_s",
        "words_per_s",
        "events_per_s",
        "baseline_articles_per_s",
        "peak_rss_mb",
        "ratio_to_baseline",
    ):
        assert isinstance(out[key], int | float) and out[key] > 0, key
    assert out["articles"] == 2
    assert out["events"] > 0
    # the ingest's own peak RSS, measured in its own process; the benchmark's, apart
    assert out["bench_process_peak_rss_mb"] > 0 and out["peak_rss_mb"] > 100
    assert {"read", "parse", "code", "link", "store"} <= set(out["stages"])
    assert all(isinstance(v, float) and v >= 0 for v in out["stages"].values())
    assert out["baseline"]["components"][-1] == "ner"  # the full small pipeline


def test_bench_refuses_nonsense() -> None:
    result = CliRunner().invoke(app, ["bench", "--articles", "0"])
    assert result.exit_code == 2


def test_a_started_process_reports_its_own_peak_memory_not_its_parents() -> None:
    import subprocess
    import sys

    ballast = bytearray(300 * 2**20)  # this process: 300 MB more
    code = "from communique.benchmark.memory import own_peak_rss_mb; print(own_peak_rss_mb())"
    child = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert child.returncode == 0, child.stderr
    assert 1 < float(child.stdout) < 200  # a bare interpreter, whatever its parent holds
    del ballast
