"""Out-of-range dates and numbers (issue #13 item 4), through a real server and the CLI.

The store holds the usual corpus plus stories published (and events dated) 9999-12-31 and
0001-01-01, written straight into the DuckDB file as the readers now refuse such dates.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))
from explorer_corpus import build_db, story  # noqa: E402

from communique.store import Store  # noqa: E402
from support import run_cli  # noqa: E402

FAR = [("Cuba met Russia in the far future.", "met", "CONSULT", "CUB", "RUS", "asserted",
        "9999-12-31")]  # fmt: skip
OLD = [("Cuba met Chile long ago.", "met", "CONSULT", "CUB", "CHL", "asserted", "0001-01-01")]


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    path = build_db(tmp_path_factory.mktemp("range") / "range.duckdb")
    with Store(path) as s:
        s.write_batch([story("far", "9999-12-31", FAR), story("old", "0001-01-01", OLD)],
                      link=False)  # fmt: skip
    with Store(path, read_only=True) as s:  # really stored as they are
        got = dict(s.con.execute("SELECT id, published FROM articles WHERE id IN ('far', 'old')")
                   .fetchall())  # fmt: skip
    assert {k: str(v)[:10] for k, v in got.items()} == {"far": "9999-12-31", "old": "0001-01-01"}
    return path


@pytest.mark.parametrize(
    "url",
    ["/", "/api/summary", "/spikes", "/api/spikes", "/api/spikes?by=day", "/spikes?by=month",
     "/api/spikes?by=year", "/api/dyad/CUB/RUS?by=week", "/api/dyad/CUB/CHL?by=day",
     "/api/dyad/CUB/CHL?by=year", "/pair/CUB/CHL?by=week", "/events", "/articles",
     "/article/far", "/api/articles/old", "/api/events?sort=date&order=asc", "/network",
     "/actor/CUB", "/api/actors/CUB"],
)  # fmt: skip
def test_pages_answer_after_hostile_stored_dates(http, url):
    r = http.get(url)
    assert r.status_code == 200, r.text[:300]


def test_out_of_range_stored_dates_count_as_undated(http):
    sp = http.get("/api/spikes").json()
    assert sp["period"] == "2024-03-25"  # the latest date in range, not 9999-12-31
    series = http.get("/api/dyad/CUB/CHL", params={"by": "year"}).json()
    assert all(s["events"] == 0 for s in series["series"])


@pytest.mark.parametrize(
    ("url", "field"),
    [("/api/dyad/CUB/RUS?date_from=0001-01-01", "date_from"),
     ("/api/dyad/CUB/RUS?date_to=9999-12-31", "date_to"),
     ("/api/dyad/CUB/RUS/events?period=9999-12", "period"),
     ("/api/spikes?as_of=9999-12-31", "as_of"),
     ("/api/spikes?as_of=0001-01-01", "as_of"),
     ("/api/network?date_from=0001-01-01", "date_from")],
)  # fmt: skip
def test_dates_out_of_range_are_a_clear_400(http, url, field):
    r = http.get(url)
    assert r.status_code == 400
    assert r.json()["detail"].startswith(f"'{field}' must be a date")
    page = http.get(url.replace("/api/dyad/", "/pair/").replace("/api/", "/"))
    if page.status_code != 404:  # the pages that take the same parameter
        assert page.status_code == 400 and "must be a date" in page.text


HUGE = str(2**63)


@pytest.mark.parametrize(
    ("path", "params"),
    [("/api/events", {"offset": HUGE}), ("/api/events", {"offset": "-1"}),
     ("/api/events", {"limit": "0"}), ("/api/events", {"limit": "-3"}),
     ("/api/events", {"limit": HUGE}), ("/api/articles", {"offset": HUGE}),
     ("/api/articles", {"offset": "-5"}), ("/api/articles", {"limit": "0"}),
     ("/api/articles", {"limit": HUGE}), ("/api/search", {"q": "Cuba", "limit": "0"}),
     ("/api/network", {"limit": HUGE}), ("/api/network", {"min_events": HUGE})],
)  # fmt: skip
def test_api_list_parameters_out_of_range_are_422_json(http, path, params):
    r = http.get(path, params=params)
    assert r.status_code == 422
    (name,) = [k for k in params if k != "q"]
    assert any(e["loc"] == ["query", name] for e in r.json()["detail"])


@pytest.mark.parametrize(
    ("path", "params"),
    [("/events", {"offset": HUGE}), ("/events", {"offset": "-1"}), ("/events", {"limit": "0"}),
     ("/events", {"limit": HUGE}), ("/articles", {"offset": HUGE}),
     ("/articles", {"limit": "-1"}), ("/network", {"min_events": HUGE})],
)  # fmt: skip
def test_page_parameters_out_of_range_are_a_clear_page_error(http, path, params):
    r = http.get(path, params=params)
    ((name, value),) = params.items()
    assert r.status_code == 422 and "text/html" in r.headers["content-type"]
    assert f"&#39;{name}&#39; must be from" in r.text and value in r.text
    j = http.get(path, params={**params, "format": "json"})
    assert j.status_code == 422 and j.json()["detail"].startswith(f"'{name}' must be from")


def test_last_page_offset_is_fine(http):
    r = http.get("/api/events", params={"offset": 10**15})
    assert r.status_code == 200 and r.json()["items"] == []


def test_cli_after_hostile_stored_dates(db):
    res = run_cli("spikes", "--db", str(db), timeout=120)
    assert res.returncode == 0 and "Traceback" not in res.stderr, res.stderr
    res = run_cli("spikes", "--db", str(db), "--format", "jsonl", timeout=120)
    assert res.returncode == 0 and {json.loads(ln)["period"] for ln in res.stdout.splitlines()} \
        == {"2024-03-25"}  # fmt: skip
    for args, option in ((["spikes", "--as-of", "9999-12-31"], "--as-of"),
                         (["dyad", "CUB", "RUS", "--since", "0001"], "--since")):  # fmt: skip
        res = run_cli(*args, "--db", str(db), timeout=120)
        assert res.returncode == 2 and "Traceback" not in res.stderr
        assert f"{option} must be a date" in res.stderr
        assert len(res.stderr.strip().splitlines()) == 1
    for cmd, limit in ((["events"], "0"), (["articles"], "-1"), (["events"], str(2**63))):
        res = run_cli(*cmd, "--db", str(db), "--limit", limit, timeout=120)
        assert res.returncode == 2 and "Traceback" not in res.stderr
        assert "Invalid value for '--limit'" in res.stderr
    for cmd in (["dyad", "CUB", "RUS"], ["dyad", "CUB", "CHL", "--by", "week"], ["events"],
                ["articles"], ["network"]):  # fmt: skip
        res = run_cli(*cmd, "--db", str(db), timeout=120)
        assert res.returncode == 0 and "Traceback" not in res.stderr, (cmd, res.stderr)
