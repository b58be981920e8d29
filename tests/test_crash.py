"""kill -9 in the middle of a 500-story ingest leaves a consistent store; a rerun completes it."""

from __future__ import annotations

import json
import os
import random
import signal
import subprocess
import sys
import time

from communique.store import Store

COUNTRIES = ["France", "Germany", "Japan", "Brazil", "Kenya", "India", "Canada", "Mexico",
             "Egypt", "Turkey", "Poland", "Chile", "Vietnam", "Nigeria", "Spain", "Peru"]  # fmt: skip
VERBS = ["signed a trade agreement with", "condemned", "held talks with", "sent aid to",
         "imposed sanctions on", "praised", "accused", "hosted a delegation from"]  # fmt: skip


def _stories(n: int) -> list[dict]:
    rng = random.Random(7)
    out = []
    for i in range(n):
        a, b = rng.sample(COUNTRIES, 2)
        day = 1 + i % 28
        text = (
            f"{a} {rng.choice(VERBS)} {b} on Monday, officials said, in story number {i}. "
            f"The foreign minister of {b} said the talks with {a} would continue next month. "
            f"Analysts said relations between the two countries had improved since {2000 + i % 20}."
        )
        out.append(
            {
                "id": f"story-{i:04d}",
                "url": f"https://wire.example.org/{i}",
                "published": f"2021-03-{day:02d}",
                "title": f"Story {i}",
                "text": text,
            }
        )
    return out


def assert_consistent(store: Store) -> None:
    q = store.con.execute
    assert (
        q("""SELECT count(*) FROM articles a WHERE n_sentences <>
                (SELECT count(*) FROM sentences s WHERE s.article_id = a.id)""").fetchone()[0]
        == 0
    )
    assert (
        q("""SELECT count(*) FROM articles a WHERE n_mentions <>
                (SELECT count(*) FROM mentions m WHERE m.article_id = a.id)""").fetchone()[0]
        == 0
    )
    assert (
        q(
            "SELECT count(*) FROM sentences WHERE article_id NOT IN (SELECT id FROM articles)"
        ).fetchone()[0]
        == 0
    )
    assert (
        q(
            "SELECT count(*) FROM mentions WHERE article_id NOT IN (SELECT id FROM articles)"
        ).fetchone()[0]
        == 0
    )
    assert (
        q("SELECT count(*) FROM mentions WHERE event_id NOT IN (SELECT id FROM events)").fetchone()[
            0
        ]
        == 0
    )
    assert (
        q(
            "SELECT count(*) FROM events WHERE rep_mention_id NOT IN (SELECT id FROM mentions)"
        ).fetchone()[0]
        == 0
    )
    assert q("SELECT count(*) - count(DISTINCT content_hash) FROM articles").fetchone()[0] == 0


def test_kill_minus_nine_mid_ingest_then_rerun(tmp_path):
    stories = _stories(500)
    src = tmp_path / "stories.jsonl"
    src.write_text("".join(json.dumps(s) + "\n" for s in stories))
    db = tmp_path / "crash.duckdb"
    cmd = [sys.executable, "-m", "communique", "ingest", str(src), "--db", str(db),
           "--batch-size", "20"]  # fmt: skip
    proc = subprocess.Popen(cmd, stderr=subprocess.PIPE, text=True)
    deadline = time.monotonic() + 300
    try:
        while time.monotonic() < deadline:
            line = proc.stderr.readline()
            assert line, "ingest ended before any progress line"
            if line.startswith("ingest:") and not line.startswith("ingest: 0 stored"):
                break
        time.sleep(0.7)  # let it get into the middle of a later batch
        os.kill(proc.pid, signal.SIGKILL)
    finally:
        proc.wait(timeout=30)
    assert proc.returncode == -signal.SIGKILL

    with Store(db) as store:
        stored = store.count("articles")
        assert 0 < stored < 500, stored
        assert_consistent(store)

    rerun = subprocess.run(cmd, capture_output=True, text=True, timeout=900)
    assert rerun.returncode == 0, rerun.stderr
    assert f"{500 - stored} new articles stored" in rerun.stderr
    assert f"{stored} already stored" in rerun.stderr
    with Store(db) as store:
        assert store.count("articles") == 500
        assert_consistent(store)
