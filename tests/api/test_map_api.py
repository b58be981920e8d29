"""/api/map, /api/map/events and /api/map/outlines over real HTTP on a real database."""

from __future__ import annotations

import sys
from pathlib import Path

import pycountry
import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))
from explorer_corpus import Server  # noqa: E402
from located_corpus import build_located_db  # noqa: E402


@pytest.fixture(scope="module")
def http(tmp_path_factory):
    srv = Server(build_located_db(tmp_path_factory.mktemp("map") / "map.duckdb"))
    with srv.client() as c:
        yield c
    srv.stop()


def events(http, **params) -> list[dict]:
    page = http.get("/api/events", params={**params, "limit": 1000}).json()
    assert page["total"] == len(page["items"])
    return page["items"]


def test_points_and_countries_count_the_filtered_events(http):
    for filters in ({}, {"actor_country": "USA"}, {"date_from": "2024-03-01", "quad_class": "3"}):
        listed = events(http, **filters)
        m = http.get("/api/map", params=filters).json()
        assert m["total"] == len(listed)
        located = [e for e in listed if (e["location"] or {}).get("lat") is not None]
        assert m["located"] == len(located) == sum(p["events"] for p in m["points"])
        for p in m["points"]:  # each point: the listed events at its coordinates
            here = [e for e in located if (round(e["location"]["lat"], 2),
                                           round(e["location"]["lon"], 2)) == (p["lat"], p["lon"])]  # fmt: skip
            assert p["events"] == len(here) and p["name"] == here[0]["location"]["name"]
        for c in m["countries"]:  # each country: the listed events it takes part in
            involved = [e for e in listed
                        if c["code"] in {a["country"] for a in e["actor"] + e["recipient"]}]  # fmt: skip
            assert c["events"] == len(involved), (filters, c)
    usa = http.get("/api/map", params={"actor_country": "USA"}).json()
    assert {c["code"] for c in usa["countries"]} == {"USA", "CHN", "CUB"}
    page_twin = http.get("/map", params={"actor_country": "USA", "format": "json"}).json()
    assert page_twin == usa  # the page's JSON twin is the API's answer


def test_a_point_or_a_country_lists_its_events(http):
    m = http.get("/api/map", params={"country": "PAK"}).json()
    (islamabad,) = m["points"]
    sel = http.get("/api/map/events", params={"country": "PAK", "place": "33.69,73.06"}).json()
    assert sel["total"] == islamabad["events"] == len(sel["items"])
    assert {e["location"]["name"] for e in sel["items"]} == {"Islamabad"}
    sel = http.get("/api/map/events", params={"actor_country": "USA", "involving": "China"})
    got = sel.json()
    assert got["country"] == "CHN"
    assert {e["id"] for e in got["items"]} == {
        e["id"] for e in events(http, actor_country="USA", recipient_country="CHN")
    }
    dates = [e["date"] for e in got["items"]]
    assert dates == sorted(dates, reverse=True)  # newest first


@pytest.mark.parametrize(
    ("params", "param"),
    [({"place": "north"}, "place"), ({"place": "95,10"}, "place"),
     ({"involving": "Atlantis"}, "involving"), ({"date_to": "2024-02-30"}, "date_to")],
)  # fmt: skip
def test_bad_selection_or_filter_is_a_422_naming_it(http, params, param):
    r = http.get("/api/map/events", params=params)
    assert r.status_code == 422 and r.json()["parameter"] == param
    assert "\n" not in r.json()["detail"]


def test_outlines_are_natural_earth_countries_with_iso_alpha3_codes(http):
    r = http.get("/api/map/outlines")
    assert r.headers["content-type"].startswith("application/geo+json")
    geo = r.json()
    assert "Natural Earth" in geo["source"] and "public domain" in geo["licence"]
    codes = [f["properties"]["code"] for f in geo["features"]]
    assert len(codes) == len(set(codes)) > 170
    assert {"CUB", "RUS", "CHN", "USA", "FJI", "XKX"} <= set(codes)
    assert all(pycountry.countries.get(alpha_3=c) for c in set(codes) - {"XKX"})
    for f in geo["features"]:
        for poly in f["geometry"]["coordinates"]:
            for ring in poly:
                assert ring[0] == ring[-1] and all(-90 <= lat <= 90 for _, lat in ring)
