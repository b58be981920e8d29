"""Validated filters (issue #14 item 2) through the real CLI, a real server and its pages.

Countries by code or name ("Russia" -> RUS; an unknown name gets suggestions), PLOVER types,
CAMEO codes and roots, quad class, modality, minimum confidence, publisher, language and dates:
the CLI exits 2 with one line, the API answers 422 naming the parameter, the events page shows
the error beside its form; unknown actor codes in a path are 404 with suggestions.
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))
from explorer_corpus import build_db  # noqa: E402

from support import run_cli  # noqa: E402


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    return build_db(tmp_path_factory.mktemp("filters") / "filters.duckdb")


def events(db: Path, *args: str) -> list[dict]:
    res = run_cli("events", "--db", str(db), "--format", "jsonl", *args)
    assert res.returncode == 0, res.stderr
    return [json.loads(line) for line in res.stdout.splitlines()]


def countries(e: dict, side: str) -> set[str]:
    return {a["country"] for a in e[side]}


# -- CLI ---------------------------------------------------------------------------------------
def test_cli_country_names_are_codes(db):
    by_code = events(db, "--actor", "RUS")
    assert by_code and all("RUS" in countries(e, "actor") for e in by_code)
    for name in ("Russia", "russia", "rus", "Russian Federation"):
        assert [e["id"] for e in events(db, "--actor", name)] == [e["id"] for e in by_code]
    pair = events(db, "--actor", "Russia", "--recipient", "Cuba")
    assert pair and all("CUB" in countries(e, "recipient") for e in pair)
    assert len(pair) < len(by_code)


@pytest.mark.parametrize(
    ("args", "words"),
    [(["--actor", "Rusia"], ["'--actor'", "RUS (Russia)"]),
     (["--recipient", "XXX"], ["'--recipient'", "unknown country 'XXX'"]),
     (["--country", "Cuab"], ["'--country'", "CUB (Cuba)"]),
     (["--type", "SANCTON"], ["'--type'", "did you mean SANCTION"]),
     (["--cameo", "999"], ["'--cameo'", "CAMEO code"]),
     (["--cameo", "21"], ["'--cameo'"]),
     (["--quad", "5"], ["'--quad'", "1 to 4"]),
     (["--modality", "maybe"], ["'--modality'", "asserted"]),
     (["--min-confidence", "1.5"], ["'--min-confidence'", "0 to 1"]),
     (["--min-confidence", "nan"], ["'--min-confidence'"]),
     (["--min-confidence", "high"], ["'--min-confidence'"]),
     (["--language", "zz"], ["'--language'", "language code"]),
     (["--publisher", "a\tb"], ["'--publisher'"]),
     (["--since", "2020-13-01"], ["'--since'", "YYYY-MM-DD"]),
     (["--until", "yesterday"], ["'--until'"])],
)  # fmt: skip
@pytest.mark.parametrize("command", ["events", "export"])
def test_cli_bad_filters_exit_2_with_one_line(db, tmp_path, command, args, words):
    extra = ["-o", str(tmp_path / "out.jsonl")] if command == "export" else []
    res = run_cli(command, "--db", str(db), *extra, *args)
    assert res.returncode == 2, (res.stdout, res.stderr)
    lines = res.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("error:"), res.stderr
    for w in words:
        assert w in lines[0]
    assert not (tmp_path / "out.jsonl").exists()


def test_cli_cameo_quad_confidence_publisher_language(db):
    everything = events(db)
    root = events(db, "--cameo", "04")
    assert root and {e["cameo"][:2] for e in root} == {"04"}
    assert len(root) == sum(e["cameo"].startswith("04") for e in everything)
    assert [e["cameo"] for e in events(db, "--cameo", "163")] == ["163"]
    quad = events(db, "--quad", "4")
    assert quad and {e["quad_class"] for e in quad} == {4}
    assert len(events(db, "--min-confidence", "0.8")) == len(everything)
    assert events(db, "--min-confidence", "0.81") == []
    assert len(events(db, "--publisher", "test wire")) == len(everything)
    assert events(db, "--publisher", "Other Press") == []
    assert events(db, "--language", "English") == events(db, "--language", "en")


def test_export_takes_country_names(db, tmp_path):
    out = tmp_path / "rus.jsonl"
    res = run_cli("export", "--db", str(db), "--to", "plover", "--actor", "Russia", "-o", str(out))
    assert res.returncode == 0, res.stderr
    n_rus = len(events(db, "--actor", "RUS"))
    assert len(out.read_text().splitlines()) == n_rus > 0


# -- API ---------------------------------------------------------------------------------------
def test_api_country_names(http):
    by_code = http.get("/api/events", params={"actor_country": "RUS", "limit": 1000}).json()
    by_name = http.get("/api/events", params={"actor_country": "Russia", "limit": 1000}).json()
    assert by_code["total"] == by_name["total"] > 0
    assert [e["id"] for e in by_code["items"]] == [e["id"] for e in by_name["items"]]


@pytest.mark.parametrize(
    ("param", "value"),
    [("actor_country", "Rusia"), ("recipient_country", "XXX"), ("country", "Atlantis"),
     ("event_type", "HUG"), ("cameo", "99"), ("quad_class", "0"), ("modality", "maybe"),
     ("min_confidence", "2"), ("language", "xx"), ("date_from", "2020-13-01"),
     ("date_to", "01/02/2020")],
)  # fmt: skip
def test_api_bad_filter_is_422_naming_the_parameter(http, param, value):
    r = http.get("/api/events", params={param: value})
    assert r.status_code == 422, r.text
    body = r.json()
    assert body["parameter"] == param
    assert f"'{param}'" in body["detail"]


def test_api_new_filters_select(http):
    quad = http.get("/api/events", params={"quad_class": "4"}).json()
    assert quad["total"] >= 1 and {e["quad_class"] for e in quad["items"]} == {4}
    cameo = http.get("/api/events", params={"cameo": "04"}).json()
    assert cameo["total"] >= 1 and all(e["cameo"].startswith("04") for e in cameo["items"])


@pytest.mark.parametrize(
    ("url", "hint"),
    [("/pair/XXX/YYY", "unknown actor code 'XXX'"), ("/actor/XXX", "unknown actor code"),
     ("/api/dyad/CUZ/RUS", "CUB (Cuba)"), ("/api/dyad/CUB/RUZ/events", "RUS (Russia)"),
     ("/api/actors/Russia", "did you mean RUS"), ("/pair/CUB/QQQGOV", "unknown actor code 'QQQGOV'")],
)  # fmt: skip
def test_unknown_actor_in_path_is_404_with_suggestions(http, url, hint):
    r = http.get(url)
    assert r.status_code == 404, r.text[:300]
    text = r.json()["detail"] if url.startswith("/api/") else r.text.replace("&#39;", "'")
    assert hint in text


def test_malformed_actor_in_path_is_400_with_suggestions(http):
    r = http.get("/api/dyad/CUB/Rusia")
    assert r.status_code == 400
    assert "not an actor code" in r.json()["detail"] and "RUS (Russia)" in r.json()["detail"]
    assert http.get("/pair/CUB/Rusia").status_code == 400


@pytest.mark.parametrize("url", ["/pair/CUB/RUS", "/actor/RUSGOV", "/api/dyad/cub/rus",
                                 "/api/actors/UNO"])  # fmt: skip
def test_known_actor_paths_still_answer(http, url):
    assert http.get(url).status_code == 200


# -- pages -------------------------------------------------------------------------------------
def _shown(html: str) -> int:
    return int(re.search(r'<p class="muted">(\d+) events', html).group(1))


def test_events_page_honours_actor(http):
    total = http.get("/api/events", params={"actor_country": "RUS"}).json()["total"]
    every = http.get("/api/events").json()["total"]
    assert 0 < total < every
    for params in ({"actor": "RUS"}, {"actor": "Russia"}, {"actor_country": "rus"}):
        r = http.get("/events", params=params)
        assert r.status_code == 200 and _shown(r.text) == total, params
    page = http.get("/events", params={"actor": "Russia", "format": "json"}).json()
    assert page["total"] == total


@pytest.mark.parametrize(
    ("params", "field"),
    [({"actor": "Rusia"}, "actor_country"), ({"date_from": "2020-13-01"}, "date_from"),
     ({"min_confidence": "7"}, "min_confidence"), ({"cameo": "abc"}, "cameo")],
)  # fmt: skip
def test_events_page_shows_the_error_beside_the_form(http, params, field):
    r = http.get("/events", params=params)
    assert r.status_code == 422
    html = r.text
    assert 'id="filter-error"' in html and '<form class="filters"' in html
    assert html.index('id="filter-error"') < html.index('<form class="filters"')
    value = next(iter(params.values()))
    # the form keeps what was typed, and marks the field
    assert f'name="{field}"' in html and f'value="{value}"' in html
    assert re.search(rf'<label class="invalid">[^<]*<input name="{field}"', html)
    twin = http.get("/events", params={**params, "format": "json"})
    assert twin.status_code == 422 and twin.json()["parameter"] == next(iter(params))
