"""`communique ingest` of a web page with furniture: the story is coded, the furniture is not
(a credit line once came out as AID, a related headline as ACCUSE), and the notes say what went."""

from __future__ import annotations

import json

import duckdb

from furniture_page import PAGE
from support import run_cli


def test_ingest_codes_the_story_and_nothing_from_the_furniture(tmp_path):
    page = tmp_path / "pact.html"
    page.write_text(PAGE, encoding="utf-8")
    db = tmp_path / "f.duckdb"
    res = run_cli("ingest", str(page), "--db", str(db))
    assert res.returncode == 0, res.stderr
    out = run_cli("events", "--db", str(db), "--by", "mention", "--format", "jsonl")
    assert out.returncode == 0, out.stderr
    events = [json.loads(x) for x in out.stdout.splitlines()]
    sentences = [e["evidence"]["sentence_text"] for e in events]
    assert any("signed a fisheries agreement" in s for s in sentences), sentences
    for s in sentences:
        for bit in ("contributed", "protests", "expels", "Uruguay", "Editing", "newsletter"):
            assert bit not in s, s
    con = duckdb.connect(str(db), read_only=True)
    (stored,) = con.execute("SELECT notes FROM articles").fetchone()
    con.close()
    notes = "\n".join(stored)
    assert "page furniture removed from the text" in notes
    assert "[credit] 'The Associated Press contributed to this report.'" in notes
