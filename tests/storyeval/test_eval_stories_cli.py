"""`communique eval --stories` end to end: three invented stories (a text story found by its
title, an HTML page found by its URL, a noise page) coded by the real pipeline and scored
against a small gold file, as a user scoring their own annotations would run it."""

from __future__ import annotations

import json

import pytest

from support import run_cli

VISIT = """Chile's foreign minister visits Lima

LIMA, March 4, 2025 -- Chile's foreign minister met Peru's president in Lima on Tuesday. \
Peru accused Chile of letting its fishing boats cross the maritime border last month.
"""
STRIKE = """<!DOCTYPE html>
<html><head><title>Army shells border town</title>
<meta property="og:url" content="https://example.org/news/border-town">
<meta property="article:published_time" content="2025-06-10T08:00:00Z">
</head><body><article><h1>Army shells border town</h1>
<p>Russian forces attacked the Ukrainian city of Kharkiv on Monday, officials said.</p>
<p>The European Union condemned Russia for the attack on Tuesday.</p>
<p>Moscow claimed that Ukrainian drones attacked Belgorod on Sunday, which Kyiv denied.</p>
</article></body></html>
"""
GARDEN = """Ten plants for a shady garden

Ferns and hostas grow well in the shade of old trees. In the middle of the garden, Russian \
troops attacked Ukrainian soldiers, a neighbour joked about the moles.
"""
GOLD = {
    "visit.txt": {
        "title": "Chile's foreign minister visits Lima",
        "published": "2025-03-05",  # the annotator's date: the pubdate check fails
        "events": [
            {"id": "visit", "types": ["CONSULT"], "actor": ["CHL"], "recipient": ["PER"],
             "symmetric": True, "date": "2025-03-04", "required": True},
            {"id": "fishing-talks", "types": ["AGREE"], "actor": ["CHL"], "recipient": ["PER"],
             "symmetric": True, "required": True},
            {"id": "boats-complaint", "types": ["ACCUSE"], "actor": ["PER"],
             "recipient": ["CHL"], "date": "2025-03-05", "required": True},
        ],
        "forbidden": [
            {"id": "complaint-dated-by-its-content", "date_from": "2025-02-02",
             "date_to": "2025-02-27", "types": ["ACCUSE"], "actor": ["PER"], "recipient": ["CHL"]},
        ],
    },
    "strike.html": {
        "url": "https://example.org/news/border-town",
        "title": "Army shells border town",
        "published": "2025-06-10",
        "events": [
            {"id": "kharkiv", "types": ["ASSAULT"], "actor": ["RUS"], "recipient": ["UKR"],
             "date": "2025-06-09", "required": True},
            {"id": "eu-condemns", "types": ["ACCUSE"], "actor": ["EUR"], "recipient": ["RUS"],
             "date": "2025-06-10", "required": True},
            {"id": "kyiv-denies", "types": ["REJECT"], "actor": ["UKR"], "recipient": [],
             "required": False},
        ],
        "forbidden": [
            {"id": "denied-drone-attack", "types": ["ASSAULT"], "actor": ["UKR"],
             "recipient": []},
        ],
    },
    "garden.txt": {"title": "Ten plants for a shady garden", "noise": True, "events": []},
    "not-here.txt": {"title": "A story nobody saved", "events": []},
}  # fmt: skip


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    root = tmp_path_factory.mktemp("stories")
    (root / "news").mkdir()
    (root / "other").mkdir()
    (root / "news" / "visit.txt").write_text(VISIT)
    (root / "news" / "strike.html").write_text(STRIKE)
    (root / "news" / "unrelated.txt").write_text("Not in the gold file, so not ingested.\n")
    (root / "other" / "garden.txt").write_text(GARDEN)
    (root / "gold.json").write_text(json.dumps({"stories": GOLD}))
    return root


@pytest.fixture(scope="module")
def json_run(corpus):
    return run_cli("eval", "--stories", str(corpus / "gold.json"), str(corpus / "news"),
                   str(corpus / "other"), "--json")  # fmt: skip


def test_scores_per_story_and_in_total(json_run):
    assert json_run.returncode == 1, json_run.stderr  # a forbidden reading was coded
    doc = json.loads(json_run.stdout)
    visit, strike, garden = (doc["stories"][k] for k in ("visit.txt", "strike.html", "garden.txt"))
    assert "not-here.txt" not in doc["stories"]
    # visit: the meeting is found; the talks were never coded; the complaint is dated to the
    # day of the story (its "last month" dates the crossing, not the complaint), a day before
    # the gold's; both coded events match gold entries (precision ignores dates)
    assert (visit["found_required"], visit["required"]) == (1, 3)
    assert visit["missed"] == ["fishing-talks (no event)", "boats-complaint (date '2025-03-04')"]
    assert (visit["predicted"], visit["matching"], visit["forbidden"]) == (2, 2, [])
    assert (visit["published"], visit["published_ok"]) == ("2025-03-04", False)
    # strike: both required events found; the denied drone attack was coded as fact
    assert (strike["found_required"], strike["required"]) == (2, 2)
    assert strike["forbidden"] == ["denied-drone-attack"]
    assert (strike["predicted"], strike["matching"]) == (4, 3)
    assert strike["published_ok"] is True
    # the noise page: its one event is wrong by definition
    assert garden["noise"] and (garden["predicted"], garden["matching"]) == (1, 0)
    t = doc["totals"]
    assert (t["required_found"], t["required"], t["recall"]) == (3, 5, 0.6)
    assert (t["predicted"], t["matching"], t["precision"]) == (7, 5, round(5 / 7, 4))
    assert (t["forbidden"], t["noise_events"], t["noise_pages"]) == (1, 1, 1)
    assert (t["pubdate_ok"], t["pubdate_checked"]) == (1, 2)
    assert "1 gold stories have no file in the inputs" in json_run.stderr


def test_report_lines_a_user_reads(corpus):
    res = run_cli("eval", "--stories", str(corpus / "gold.json"), str(corpus / "news"),
                  str(corpus / "other" / "garden.txt"), "--only", "strike.html,garden.txt")  # fmt: skip
    assert res.returncode == 1, res.stderr
    lines = res.stdout.splitlines()
    assert "strike.html: FORBIDDEN denied-drone-attack" in lines
    # a page the gold does not list is named, not silently left out of the noise count
    assert "1 file in the inputs is not a story of" in res.stderr, res.stderr
    assert "unrelated.txt" in res.stderr
    assert any(ln.startswith("strike.html: extra ASSAULT ['UKR']") for ln in lines)
    assert any(ln.startswith("garden.txt: extra ASSAULT ['RUS']->['UKR']") for ln in lines)
    assert lines[-3:] == [
        "required events found 2/2; predicted 5, matching gold 3",
        "noise: 1 events on 1 non-political pages",
        "stories: recall 1.00 precision 0.60 forbidden 1 pubdate 1/1",
    ]


def test_bad_gold_file_is_one_line_and_exit_2(corpus, tmp_path):
    bad = tmp_path / "gold.json"
    bad.write_text('{"stories": {"visit.txt": {"title": "T", "events": [{"types": []}]}}}')
    res = run_cli("eval", "--stories", str(bad), str(corpus / "news"))
    assert res.returncode == 2
    assert res.stderr.strip().count("\n") == 0
    assert str(bad) in res.stderr and '"types" must be a non-empty list' in res.stderr
    broken = tmp_path / "broken.json"
    broken.write_text("stories: none")
    res = run_cli("eval", "--stories", str(broken), str(corpus / "news"))
    assert res.returncode == 2 and f"{broken}: not JSON" in res.stderr
    res = run_cli("eval", "--stories", str(corpus / "gold.json"))
    assert res.returncode == 2 and "needs the folders" in res.stderr
    res = run_cli("eval", "--stories", str(corpus / "gold.json"), str(tmp_path / "nowhere"))
    assert res.returncode == 2 and "nowhere: no such file or folder" in res.stderr
