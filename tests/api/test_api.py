"""The JSON API over real HTTP: a `communique serve` process on a real DuckDB file."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))
from explorer_corpus import PLANNED_VISIT, XSS_TITLE, Server, build_db  # noqa: E402

from support import SEEDS  # noqa: E402

TOKEN = "test-token-123"


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    db = build_db(tmp_path_factory.mktemp("api") / "api.duckdb")
    srv = Server(db, token=TOKEN)
    yield srv
    srv.stop()


@pytest.fixture(scope="module")
def http(server):
    with server.client() as c:
        yield c


def test_dyad_series_shows_cub_rus_activity_by_month(http):
    r = http.get("/api/dyad/CUB/RUS", params={"by": "month"})
    assert r.status_code == 200
    d = r.json()
    active = {s["period"]: s["events"] for s in d["series"] if s["events"]}
    assert active == {"2018-11": 2, "2024-02": 2}
    assert d["a"]["name"] == "Cuba" and d["totals"]["joint"] == 1


def test_dyad_period_events_and_bad_parameters(http):
    items = http.get("/api/dyad/cub/rus/events", params={"period": "2018-11"}).json()["items"]
    assert sorted(e["event_type"] for e in items) == ["CONSULT", "SUPPORT"]
    r = http.get("/api/dyad/CUB/RUS", params={"by": "fortnight"})
    assert r.status_code == 400 and "day, week, month, year" in r.json()["detail"]
    r = http.get("/api/dyad/C/RUS")
    assert r.status_code == 400 and "not an actor code" in r.json()["detail"]


def test_events_filter_sort_and_page(http):
    r = http.get("/api/events", params={"actor_country": "USA", "recipient_country": "CHN",
                                        "limit": 5, "offset": 5, "sort": "date", "order": "asc"})  # fmt: skip
    page = r.json()
    assert page["total"] == 21 and len(page["items"]) == 5 and page["offset"] == 5
    dates = [e["date"] for e in page["items"]]
    assert dates == sorted(dates)
    top = http.get("/api/events", params={"sort": "goldstein", "order": "desc", "limit": 1})
    assert top.json()["items"][0]["goldstein"] == 4.0
    r = http.get("/api/events", params={"event_type": "SHOUT"})
    assert r.status_code == 422 and "PLOVER type" in r.json()["detail"]
    assert r.json()["parameter"] == "event_type"


def test_events_by_mention_count_each_report(http):
    ev = http.get("/api/events", params={"text": "visit Cuba", "unit": "event"}).json()
    mn = http.get("/api/events", params={"text": "visit Cuba", "unit": "mention"}).json()
    assert ev["total"] == 1 and mn["total"] == 2


def test_one_event_with_evidence_and_supporting_mentions(http):
    d = http.get(f"/api/events/{PLANNED_VISIT}").json()
    assert d["event"]["event_type"] == "AGREE" and d["event"]["num_mentions"] == 2
    assert len(d["mentions"]) == 2
    assert {m["article"]["title"] for m in d["mentions"]} == {
        "Lavrov to visit Havana", "Second report of the Lavrov visit",
    }  # fmt: skip
    assert sum(m["is_representative"] for m in d["mentions"]) == 1
    trigger = [s for s in d["segments"] if s["kind"] == "trigger"]
    assert [s["text"] for s in trigger] == ["visit"]
    assert "".join(s["text"] for s in d["segments"]) == d["text"]
    assert http.get("/api/events/nope").status_code == 404


def test_articles_network_spikes_search_actors(http):
    arts = http.get("/api/articles", params={"limit": 2}).json()
    assert arts["total"] >= 10 and len(arts["items"]) == 2
    net = http.get("/api/network", params={"actor": "CUB"}).json()
    assert {(e["source"], e["target"]) for e in net["edges"]} >= {("CUB", "RUS"), ("USA", "CUB")}
    sp = http.get("/api/spikes").json()
    assert sp["rows"][0]["spike_status"] == "spike" and "not judged" in sp["note"]
    found = http.get("/api/search", params={"q": "Lavrov"}).json()
    assert {a["title"] for a in found["articles"]} >= {"Lavrov to visit Havana"}
    assert any(
        a["code"] == "CUB" for a in http.get("/api/search", params={"q": "cuba"}).json()["actors"]
    )
    prof = http.get("/api/actors/CUB").json()
    assert prof["name"] == "Cuba" and any(p["partner"] == "RUS" for p in prof["partners"])


def test_openapi_and_offline_docs(http):
    spec = http.get("/openapi.json").json()
    for path in ("/api/events", "/api/events/{event_id}", "/api/dyad/{a}/{b}", "/api/network",
                 "/api/spikes", "/api/search", "/api/articles", "/api/ingest"):  # fmt: skip
        assert path in spec["paths"], path
    docs = http.get("/docs").text
    assert "/static/docs.js" in docs and "cdn" not in docs.lower() and "https://" not in docs
    assert http.get("/static/docs.js").status_code == 200


def test_every_page_has_a_json_twin(http):
    for url in ("/", "/events", f"/event/{PLANNED_VISIT}", "/pair/CUB/RUS", "/actor/CUB",
                "/network", "/spikes", "/search?q=Havana", "/articles", "/article/cub2018"):  # fmt: skip
        html = http.get(url)
        assert html.status_code == 200 and "text/html" in html.headers["content-type"], url
        assert "format=json" in html.text or "/api/" in html.text, url
        sep = "&" if "?" in url else "?"
        twin = http.get(url + sep + "format=json")
        assert twin.headers["content-type"].startswith("application/json"), url
        assert twin.json(), url


def test_story_markup_is_escaped_in_html(http):
    html = http.get("/article/xss").text
    assert "<script>alert" not in html and "<img" not in html
    assert "&lt;script&gt;alert(&#34;title&#34;)&lt;/script&gt;" in html
    assert http.get("/api/articles/xss").json()["title"] == XSS_TITLE


def test_ingest_needs_the_bearer_token(http):
    r = http.post("/api/ingest", content=b'{"text": "x"}')
    assert r.status_code == 401 and r.headers["www-authenticate"] == "Bearer"
    r = http.post("/api/ingest", content=b'{"text": "x"}', headers={"Authorization": "Bearer no"})
    assert r.status_code == 401


def test_ingest_seeds_over_http_then_cub_rus_shows_them(http):
    if not SEEDS.is_dir():
        pytest.skip("../shared/seeds is not beside this checkout")
    auth = {"Authorization": f"Bearer {TOKEN}"}
    for path in sorted(SEEDS.glob("*.txt")):
        r = http.post("/api/ingest", content=path.read_bytes(), headers=auth)
        assert r.status_code == 200, r.text
        assert r.json()["stored"] == 1 and r.json()["mentions"] > 0
    again = http.post("/api/ingest", content=sorted(SEEDS.glob("*.txt"))[0].read_bytes(),
                      headers=auth)  # fmt: skip
    assert again.json() == {**again.json(), "stored": 0, "duplicates": 1}
    for period, words in (("2018-11", "Strategic Partnership"), ("2024-02", "Lavrov visit")):
        items = http.get("/api/dyad/CUB/RUS/events", params={"period": period}).json()["items"]
        assert any(words in (e["article_title"] or "") for e in items), (period, items)
