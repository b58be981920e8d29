"""The command line end to end, in real processes over real files and a real DuckDB file."""

from __future__ import annotations

import json
import shutil

import duckdb
import pytest

from support import run_cli

SEED_001_URL = (
    "https://www.radiohc.cu/en/noticias/nacionales/"
    "175587-cuban-and-russian-presidents-sign-strategic-partnership-agreement-in-moscow"
)


def _articles(db) -> dict[str, dict]:
    res = run_cli("articles", "--db", str(db), "--format", "jsonl")
    assert res.returncode == 0, res.stderr
    return {a["url"]: a for a in map(json.loads, res.stdout.splitlines())}


def test_seeds_ingested_twice_are_stored_once(tmp_path, seeds_dir):
    db = tmp_path / "seeds.duckdb"
    first = run_cli("ingest", str(seeds_dir), "--db", str(db))
    assert first.returncode == 0, first.stderr
    assert "2 new articles stored" in first.stderr
    again = run_cli("ingest", str(seeds_dir), "--db", str(db))
    assert again.returncode == 0, again.stderr
    assert "0 new articles stored" in again.stderr and "2 already stored" in again.stderr

    arts = _articles(db)
    assert len(arts) == 2
    a001 = arts[SEED_001_URL]
    assert (
        a001["title"]
        == "Cuban and Russian presidents sign Strategic Partnership Agreement in Moscow"
    )
    assert a001["publisher"] == "Radio Habana Cuba"
    assert (a001["published"], a001["published_source"]) == ("2018-11-02", "inferred")
    assert a001["dateline"] == "Moscow"
    a000 = next(a for url, a in arts.items() if url != SEED_001_URL)
    assert a000["title"] == "Russia and Cuba to strengthen strategic ties with Lavrov visit"
    assert a000["published"] == "2024-02-19"
    assert a000["publisher"] == "Radio Habana Cuba"
    assert all(a["n_events"] > 0 for a in arts.values())


def test_mixed_folder_reports_each_bad_file_and_keeps_the_good(tmp_path, seeds_dir):
    folder = tmp_path / "inbox"
    folder.mkdir()
    for f in seeds_dir.glob("*.txt"):
        shutil.copy(f, folder / f.name)
    (folder / "empty.txt").write_text("")
    (folder / "picture.png").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 8)
    (folder / "latin1.txt").write_bytes(
        "Caf\xe9 story \xff\xfe with bad bytes\x00".encode("latin-1")
    )
    (folder / "broken.jsonl").write_text(
        json.dumps({"id": "ok1", "text": "Brazil and Argentina signed a trade accord on Monday."})
        + "\n{not json\n"
    )
    res = run_cli("ingest", str(folder), "--db", str(tmp_path / "mixed.duckdb"))
    assert res.returncode == 1, res.stderr
    lines = [ln for ln in res.stderr.splitlines() if ln.startswith("skipped")]
    for name in ("empty.txt", "picture.png", "latin1.txt", "broken.jsonl:2"):
        assert sum(name in ln for ln in lines) == 1, (name, res.stderr)
    assert "3 new articles stored" in res.stderr


def test_code_reads_jsonl_and_writes_events_without_a_database(tmp_path):
    stories = [
        {"id": "s1", "published": "2019-05-14", "title": "Talks",
         "text": "Japanese Prime Minister Shinzo Abe met Indian Prime Minister Narendra Modi "
                 "in Tokyo on Monday. The two leaders signed a defence agreement."},
        {"id": "s2", "text": ""},
    ]  # fmt: skip
    stdin = "\n".join(json.dumps(s) for s in stories) + "\n{oops\n"
    res = run_cli("code", stdin=stdin, cwd=tmp_path)
    assert res.returncode == 1
    assert not list(tmp_path.glob("*.duckdb"))
    events = [json.loads(x) for x in res.stdout.splitlines()]
    assert events and all(e["article_id"] == "s1" for e in events)
    for e in events:
        assert set(e) >= {"id", "article_id", "sentence", "event_type", "mode", "context", "cameo",
                          "quad_class", "goldstein", "actor", "recipient", "modality", "date",
                          "date_precision", "date_text", "location", "evidence", "explanation",
                          "confidence"}  # fmt: skip
        ev = e["evidence"]
        text = stories[0]["text"]
        assert text[ev["start"] : ev["end"]] == ev["sentence_text"]
    countries = {a["country"] for e in events for a in e["actor"] + e["recipient"]}
    assert {"JPN", "IND"} <= countries
    assert "stdin:2" in res.stderr or "stdin:3" in res.stderr


def test_events_by_mention_match_code_output(tmp_path, seeds_dir):
    db = tmp_path / "m.duckdb"
    assert run_cli("ingest", str(seeds_dir), "--db", str(db)).returncode == 0
    # every modality: `code` prints hypothetical and negated mentions too, `events` hides them by
    # default
    res = run_cli(
        "events", "--db", str(db), "--by", "mention", "--modality", "all", "--format", "jsonl"
    )
    stored = {e["id"]: e for e in map(json.loads, res.stdout.splitlines())}
    con = duckdb.connect(str(db), read_only=True)
    rows = con.execute("SELECT id, title, url, publisher, published, text FROM articles").fetchall()
    con.close()
    stdin = "\n".join(
        json.dumps({"id": i, "title": t, "url": u, "publisher": p, "published": d, "text": x})
        for i, t, u, p, d, x in rows
    )
    coded = {e["id"]: e for e in map(json.loads, run_cli("code", stdin=stdin).stdout.splitlines())}
    assert coded.keys() == stored.keys()
    for k, e in coded.items():
        assert e == stored[k]


def test_events_filters_and_formats(tmp_path, seeds_dir):
    db = tmp_path / "f.duckdb"
    assert run_cli("ingest", str(seeds_dir), "--db", str(db)).returncode == 0
    res = run_cli("events", "--db", str(db), "--country", "CUB", "--format", "jsonl")
    evs = [json.loads(x) for x in res.stdout.splitlines()]
    assert evs
    for e in evs:
        assert "CUB" in {a["country"] for a in e["actor"] + e["recipient"]}
        assert e["num_mentions"] >= 1 and e["mention_ids"]
    csv_out = run_cli("events", "--db", str(db), "--format", "csv").stdout
    assert csv_out.splitlines()[0].startswith("id,")
    table = run_cli("events", "--db", str(db), "--type", "CONSULT")
    assert table.returncode == 0 and "CONSULT" in table.stdout
    bad = run_cli("events", "--db", str(db), "--type", "HUG")
    assert bad.returncode == 2 and "PLOVER type" in bad.stderr
    missing = run_cli("events", "--db", str(tmp_path / "nope.duckdb"))
    assert missing.returncode == 2 and "no such database" in missing.stderr


def test_export_all_three_formats(tmp_path, seeds_dir):
    db = tmp_path / "x.duckdb"
    assert run_cli("ingest", str(seeds_dir), "--db", str(db)).returncode == 0
    n_events = len(run_cli("events", "--db", str(db), "--format", "jsonl").stdout.splitlines())
    out = tmp_path / "ev.jsonl"
    assert run_cli("export", "--to", "plover", "-o", str(out), "--db", str(db)).returncode == 0
    recs = [json.loads(x) for x in out.read_text().splitlines()]
    assert len(recs) == n_events and all(r["text"] and r["event"] for r in recs)
    csv_path = tmp_path / "ev.csv"
    assert run_cli("export", "--to", "gdelt", "-o", str(csv_path), "--db", str(db)).returncode == 0
    assert csv_path.read_text().startswith("GLOBALEVENTID,SQLDATE,")
    pq = tmp_path / "pq"
    assert run_cli("export", "--to", "parquet", "-o", str(pq), "--db", str(db)).returncode == 0
    con = duckdb.connect()
    assert con.execute(f"SELECT count(*) FROM '{pq / 'events.parquet'}'").fetchone()[0] == n_events
    assert con.execute(f"SELECT count(*) FROM '{pq / 'articles.parquet'}'").fetchone()[0] == 2


@pytest.mark.parametrize("cmd", ["ingest", "code", "articles", "events", "export", "eval", "demo"])
def test_every_command_has_help_that_teaches(cmd):
    res = run_cli(cmd, "--help")
    assert res.returncode == 0
    assert len(res.stdout) > 300
