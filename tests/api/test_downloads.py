"""Downloads of every list view (events, pair, actor, search, map) over real HTTP on a real
database: each file, read back as CSV, JSON Lines and Parquet (pyarrow), holds exactly the
events the view's filters select, with their story's title, publisher and url."""

from __future__ import annotations

import csv
import io
import json
import re
import sys
from pathlib import Path

import pyarrow.parquet as pq
import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))
from located_corpus import FORMULA_TITLE, build_located_db  # noqa: E402

from support import run_cli  # noqa: E402

TYPES = {
    "csv": "text/csv",
    "jsonl": "application/x-ndjson",
    "parquet": "application/vnd.apache.parquet",
}


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    return build_located_db(tmp_path_factory.mktemp("dl") / "dl.duckdb")


def read_back(resp, fmt: str) -> list[dict]:
    """The records of a download, parsed the way a user's tools would."""
    assert resp.status_code == 200, resp.text[:300]
    assert resp.headers["content-type"].startswith(TYPES[fmt])
    disp = resp.headers["content-disposition"]
    assert re.fullmatch(rf'attachment; filename="communique-[\w.,-]+\.{fmt}"', disp), disp
    if fmt == "csv":
        return list(csv.DictReader(io.StringIO(resp.text)))
    if fmt == "jsonl":
        return [json.loads(line) for line in resp.text.splitlines()]
    return pq.read_table(io.BytesIO(resp.content)).to_pylist()


def all_ids(http, **params) -> set[str]:
    """The ids /api/events lists for these filters (one page of up to 1000)."""
    page = http.get("/api/events", params={**params, "limit": 1000}).json()
    assert page["total"] == len(page["items"])
    return {e["id"] for e in page["items"]}


@pytest.mark.parametrize("fmt", ["csv", "jsonl", "parquet"])
def test_filtered_events_page_downloads_exactly_its_events(http, fmt):
    filters = {"actor_country": "USA", "date_from": "2024-03-01", "event_type": "ACCUSE"}
    want = all_ids(http, **filters)
    assert 0 < len(want) < len(all_ids(http))  # the filter does select
    html = http.get("/events", params=filters).text  # the page links to its download
    href = re.search(rf'href="(/events\?[^"]*format={fmt})"', html).group(1).replace("&amp;", "&")
    assert "actor_country=USA" in href and "offset" not in href
    rows = read_back(http.get(href), fmt)
    assert {r["id"] for r in rows} == want and len(rows) == len(want)  # all, not one page of 50
    arts = {a["id"]: a for a in http.get("/api/articles", params={"limit": 1000}).json()["items"]}
    for r in rows:
        art = arts[r["article_id"]]
        assert (r["title"], r["publisher"], r["url"]) == (
            art["title"],
            art["publisher"],
            art["url"],
        )
    if fmt == "parquet":
        table = pq.read_table(io.BytesIO(http.get(href).content))
        assert str(table.schema.field("date").type) == "date32[day]"


def test_events_page_csv_is_csv_not_html_and_cells_cannot_run(http):
    r = http.get("/events", params={"country": "FJI", "format": "csv"})
    assert r.headers["content-type"].startswith("text/csv") and "<html" not in r.text
    rows = list(csv.DictReader(io.StringIO(r.text)))
    assert len(rows) == 2 and {row["title"] for row in rows} == {"'" + FORMULA_TITLE}
    r = http.get("/events", params={"date_from": "2020-13-01", "format": "csv"})
    assert r.status_code == 422 and r.json()["parameter"] == "date_from"
    empty = http.get("/api/events", params={"country": "FJI", "event_type": "AID", "format": "csv"})
    assert empty.status_code == 200 and list(csv.DictReader(io.StringIO(empty.text))) == []
    assert {"id", "event_type", "title", "publisher", "url"} <= set(
        empty.text.split("\n")[0].split(",")
    )
    for path in ("/api/events", "/api/map/events", "/api/search"):
        r = http.get(path, params={"format": "xlsx"})
        assert r.status_code == 422 and r.json()["parameter"] == "format", path
        assert "csv, jsonl or parquet" in r.json()["detail"]
    r = http.get("/events", params={"format": "xlsx"})
    assert r.status_code == 422 and "csv, jsonl or parquet" in r.text


@pytest.mark.parametrize("fmt", ["csv", "jsonl", "parquet"])
def test_api_format_gives_the_content_type_and_every_record(http, fmt):
    rows = read_back(http.get("/api/events", params={"country": "CHN", "format": fmt}), fmt)
    assert {r["id"] for r in rows} == all_ids(http, country="CHN")
    limited = read_back(http.get("/api/events", params={"format": fmt, "limit": 3}), fmt)
    assert len(limited) == 3  # a limit the user gives is kept


def test_pair_actor_search_and_map_views_download_what_they_show(http):
    pair = http.get("/pair/CUB/RUS", params={"format": "json"}).json()
    rows = read_back(http.get("/pair/CUB/RUS", params={"format": "jsonl"}), "jsonl")
    assert len(rows) == pair["totals"]["events"]
    assert all({"CUB", "RUS"} <= {c for r2 in (r["actor"], r["recipient"]) for c in
               (a["country"] for a in r2)} for r in rows)  # fmt: skip
    api_pair = read_back(http.get("/api/dyad/CUB/RUS/events", params={"format": "csv"}), "csv")
    assert {r["id"] for r in api_pair} == {r["id"] for r in rows}

    one_way = http.get("/pair/CUB/RUS", params={"direction": "ab", "format": "json"}).json()
    html = http.get("/pair/CUB/RUS", params={"direction": "ab"}).text  # its link keeps the filter
    href = re.search(r'href="(/pair/CUB/RUS\?[^"]*format=parquet)"', html).group(1)
    rows = read_back(http.get(href.replace("&amp;", "&")), "parquet")
    assert "direction=ab" in href and len(rows) == one_way["totals"]["events"] < len(api_pair)

    actor = read_back(http.get("/actor/PAK", params={"format": "csv"}), "csv")
    assert {r["id"] for r in actor} == all_ids(http, country="PAK")
    api_actor = read_back(http.get("/api/actors/PAK", params={"format": "parquet"}), "parquet")
    assert {r["id"] for r in api_actor} == all_ids(http, country="PAK")

    found = read_back(http.get("/search", params={"q": "spying", "format": "csv"}), "csv")
    assert {r["id"] for r in found} == all_ids(http, text="spying")
    api_found = read_back(http.get("/api/search", params={"q": "spying", "limit": 5,
                                                          "format": "jsonl"}), "jsonl")  # fmt: skip
    assert {r["id"] for r in api_found} == {r["id"] for r in found}  # all, not the first 5

    at_havana = read_back(http.get("/api/map/events",
                                   params={"place": "23.13,-82.38", "format": "csv"}), "csv")  # fmt: skip
    assert {r["location_name"] for r in at_havana} == {"Havana"}
    point = next(p for p in http.get("/api/map").json()["points"] if p["name"] == "Havana")
    assert len(at_havana) == point["events"]
    whole_map = read_back(http.get("/map", params={"country": "CUB", "format": "jsonl"}), "jsonl")
    assert {r["id"] for r in whole_map} == all_ids(http, country="CUB")


@pytest.mark.parametrize("fmt", ["csv", "jsonl"])
def test_cli_events_output_has_url_publisher_and_title(db, fmt):
    out = run_cli("events", "--db", str(db), "--country", "FJI", "--format", fmt)
    assert out.returncode == 0, out.stderr
    if fmt == "csv":
        rows = list(csv.DictReader(io.StringIO(out.stdout)))
    else:
        rows = [json.loads(line) for line in out.stdout.splitlines()]
    assert len(rows) == 2
    title = ("'" if fmt == "csv" else "") + FORMULA_TITLE
    assert {(r["title"], r["publisher"], r["url"]) for r in rows} == {
        (title, "Test Wire", "https://example.org/fiji")
    }


@pytest.mark.parametrize("fmt", ["csv", "jsonl", "parquet"])
def test_a_download_built_in_batches_equals_one_built_whole(db, monkeypatch, fmt):
    from communique.api import downloads
    from communique.store import Store

    def build() -> list[dict]:
        with Store(db, read_only=True) as store:
            ids = downloads.filtered_ids(store, downloads.EventFilter(), {})
            body = downloads.encode(downloads.batches(store, ids=ids), fmt)
        if fmt == "parquet":
            return pq.read_table(io.BytesIO(body)).to_pylist()
        if fmt == "csv":
            return list(csv.DictReader(io.StringIO(body.decode())))
        return [json.loads(line) for line in body.decode().splitlines()]

    whole = build()
    monkeypatch.setattr(downloads, "BATCH", 4)  # Havana, Moscow, unplaced... mixed per batch
    parts = build()
    assert len(whole) > 30 and parts == whole
