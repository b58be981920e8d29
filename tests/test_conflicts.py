"""A changed story under a known id or URL is a reported conflict, never a silent duplicate
(issue #13, item 5): refused, named on one line, counted; the stored story is kept."""

from __future__ import annotations

import json
from pathlib import Path

import duckdb

from communique.pipeline import ingest
from communique.sources import iter_articles
from communique.store.db import Store
from support import run_cli

FIRST = "Lima, May 4 -- Peru recalled its ambassador from Bolivia over the border dispute."
CHANGED = "Lima, May 4 -- Peru recalled its ambassador from Bolivia after the border clash."
OTHER = "Quito, May 5 -- Ecuador and Colombia agreed to reopen two border crossings."
URL = "https://news.example.org/2024/05/peru-ambassador"


def jsonl(path: Path, *records: dict) -> str:
    path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    return str(path)


def stored(db: Path) -> dict[str, str]:
    with duckdb.connect(str(db), read_only=True) as con:
        return dict(con.execute("SELECT id, text FROM articles").fetchall())


def run(db: Path, *inputs: str):
    with Store(db) as store:
        return ingest(iter_articles(inputs), store)


def test_changed_text_under_a_stored_id_or_url_is_a_conflict(tmp_path):
    db = tmp_path / "c.duckdb"
    first = jsonl(tmp_path / "first.jsonl", {"id": "p1", "text": FIRST},
                  {"id": "p2", "url": URL, "text": OTHER})  # fmt: skip
    report = run(db, first)
    assert report.stored == 2 and not report.conflicts

    again = run(db, first)  # the same input again: duplicates, never a conflict or a copy
    assert (again.stored, again.duplicates, again.conflicts) == (0, 2, [])

    second = jsonl(
        tmp_path / "second.jsonl",
        {"id": "p1", "text": CHANGED},  # stored id, other text
        {"id": "p3", "url": URL, "text": CHANGED + " Talks follow."},  # stored URL, other text
        {"id": "p4", "text": OTHER.replace("two", "three")},  # new: stored
        {"id": "p4", "text": OTHER.replace("two", "four")},  # id read just before
        {"id": "p5", "text": CHANGED},  # p1's refused text under an id of its own: kept
    )
    report = run(db, second)
    found = sorted((c.origin, c.key, c.value) for c in report.conflicts)
    assert found == [(f"{second}:1", "id", "p1"), (f"{second}:2", "URL", URL),
                     (f"{second}:4", "id", "p4")]  # fmt: skip
    assert report.stored == 2 and report.duplicates == 0
    texts = stored(db)
    assert texts["p1"] == FIRST and texts["p5"] == CHANGED
    assert sorted(texts) == ["p1", "p2", "p4", "p5"]

    rerun = run(db, second)  # still the same conflicts, nothing added
    assert len(rerun.conflicts) == 3 and rerun.stored == 0 and rerun.duplicates == 2
    assert len(stored(db)) == 4


def test_same_text_under_a_stored_url_is_still_a_duplicate(tmp_path):
    db = tmp_path / "d.duckdb"
    run(db, jsonl(tmp_path / "a.jsonl", {"id": "u1", "url": URL, "text": FIRST}))
    report = run(db, jsonl(tmp_path / "b.jsonl", {"id": "u2", "url": URL, "text": FIRST}))
    assert (report.stored, report.duplicates, report.conflicts) == (0, 1, [])


def test_cli_prints_one_line_per_conflict_and_counts_them(tmp_path):
    db = tmp_path / "cli.duckdb"
    first = jsonl(tmp_path / "first.jsonl", {"id": "k1", "url": URL, "text": FIRST})
    second = jsonl(tmp_path / "second.jsonl", {"id": "k1", "text": CHANGED},
                   {"id": "k2", "text": OTHER})  # fmt: skip
    assert run_cli("ingest", "-q", "--db", str(db), first).returncode == 0
    res = run_cli("ingest", "-q", "--db", str(db), second)
    assert res.returncode == 1 and "Traceback" not in res.stderr
    lines = [ln for ln in res.stderr.splitlines() if ln.startswith("conflict ")]
    assert lines == [
        f"conflict {second}:1: id k1 is already stored with different text; not stored "
        "(a stored story is never replaced: give the changed one its own id)"
    ]
    assert "1 new articles stored" in res.stderr and "1 conflicts (not stored)" in res.stderr
    assert sorted(stored(db)) == ["k1", "k2"] and stored(db)["k1"] == FIRST


def test_dask_partitioning_reports_conflicts_within_the_input():
    from communique.distributed.ingest import DaskReport, partition_records
    from communique.model import Article

    items = [
        Article(text=FIRST, id="d1", origin="in:1"),
        Article(text=CHANGED, id="d1", origin="in:2"),  # same id, other text
        Article(text=FIRST, id="d1", origin="in:3"),  # a repeat
        Article(text=OTHER, id="d2", url=URL, origin="in:4"),
        Article(text=CHANGED, id="d3", url=URL, origin="in:5"),  # same URL, other text
    ]
    report = DaskReport()
    parts = partition_records(items, 10, report)
    assert [(c.origin, c.key) for c in report.conflicts] == [("in:2", "id"), ("in:5", "URL")]
    assert report.duplicates == 1
    assert [r["id"] for _, chunk in parts for r in chunk] == ["d1", "d2"]
