"""The map page in real headless Chromium, offline: every request to anywhere but the test
server is blocked and recorded. Screenshots go to test-artifacts/ (gitignored)."""

from __future__ import annotations

import csv
import json
import sys
from pathlib import Path

import pytest

CHROMIUM = Path("/usr/bin/chromium")
if not CHROMIUM.exists():
    pytest.skip("no /usr/bin/chromium for browser tests", allow_module_level=True)
sync_api = pytest.importorskip("playwright.sync_api")

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "api"))
sys.path.insert(0, str(Path(__file__).resolve().parent))
import test_browser  # noqa: E402
from explorer_corpus import Server  # noqa: E402
from located_corpus import build_located_db  # noqa: E402

from support import REPO  # noqa: E402

ARTIFACTS = REPO / "test-artifacts"
browser = test_browser.browser  # the same headless Chromium as the other browser tests


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    srv = Server(build_located_db(tmp_path_factory.mktemp("map") / "map.duckdb"))
    yield srv
    srv.stop()


@pytest.fixture
def offline_page(browser, server):
    """A page whose requests outside the test server are aborted and listed in ``.foreign``."""
    ctx = browser.new_context(viewport={"width": 1400, "height": 1000}, accept_downloads=True)
    pg = ctx.new_page()
    pg.foreign, pg.errors = [], []  # type: ignore[attr-defined]

    def gate(route):
        url = route.request.url
        if url.startswith((server.url + "/", "data:")):
            route.continue_()
        else:
            pg.foreign.append(url)  # type: ignore[attr-defined]
            route.abort()

    ctx.route("**/*", gate)
    pg.on("pageerror", lambda e: pg.errors.append(str(e)))  # type: ignore[attr-defined]
    pg.on("console", lambda m: pg.errors.append(m.text)  # type: ignore[attr-defined]
          if m.type == "error" and "status of 422" not in m.text else None)  # fmt: skip
    yield pg
    assert pg.errors == [], pg.errors  # type: ignore[attr-defined]
    assert pg.foreign == [], f"tried to fetch from outside: {pg.foreign}"  # type: ignore[attr-defined]
    ctx.close()


def test_map_draws_countries_and_points_and_lists_a_selection(offline_page, server):
    page = offline_page
    with server.client() as http:
        expected = http.get("/api/map").json()
        drawn = {f["properties"]["code"] for f in http.get("/api/map/outlines").json()["features"]}
        usa_chn = http.get("/api/events", params={"actor_country": "USA", "country": "CHN"})
    page.goto(server.url + "/map")
    page.locator("svg.worldmap path.country").first.wait_for()
    assert page.locator("svg.worldmap path.country").count() > 150
    assert page.locator("svg.worldmap circle.point").count() == len(expected["points"])
    # countries with events are shaded, the others are not
    shaded = page.locator("svg.worldmap path.country.active")
    active = {c["code"] for c in expected["countries"]}
    assert shaded.count() == len(active & drawn)
    assert "TON" in active - drawn  # too small for 1:110m: named under the map instead
    assert "not drawn at this scale: TON" in page.locator("#map-legend").inner_text()
    assert page.locator('path.country[data-code="CHN"]').get_attribute("fill") != (
        page.locator('path.country[data-code="BRA"]').get_attribute("fill")
    )

    havana = next(p for p in expected["points"] if p["name"] == "Havana")
    page.locator(f'circle.point[data-lat="{havana["lat"]}"]').click()
    rows = page.locator("#selection-table tbody tr")
    rows.first.wait_for()
    assert rows.count() == havana["events"]
    assert page.locator("#selection-title").inner_text().startswith("Havana")
    assert all("Havana" in r for r in rows.all_inner_texts())
    assert page.url.endswith(f"#place={havana['lat']},{havana['lon']}")
    page.evaluate("window.scrollTo(0, 0)")
    page.screenshot(path=str(ARTIFACTS / "map-point.png"), full_page=True)

    # filtered map: a click on China lists the USA->China events, and their download has them
    page.goto(server.url + "/map?actor_country=USA")
    page.locator('path.country[data-code="CHN"]').click()
    page.locator("#selection-table tbody tr").first.wait_for()
    title = page.locator("#selection-title").inner_text()
    assert title.startswith("China (CHN)") and f": {usa_chn.json()['total']} events" in title
    ids = {r.get_attribute("data-id") for r in page.locator("#selection-table tbody tr").all()}
    assert ids == {e["id"] for e in usa_chn.json()["items"]}
    assert page.url.endswith("/map?actor_country=USA#involving=CHN")  # a link to the selection
    page.reload()
    page.locator("#selection-table tbody tr").first.wait_for()
    assert page.locator("#selection-title").inner_text() == title
    link = page.locator("#selection-table a").first
    assert link.get_attribute("href").startswith("/event/")
    page.evaluate("window.scrollTo(0, 0)")
    page.screenshot(path=str(ARTIFACTS / "map-country.png"), full_page=True)
    with page.expect_download() as dl:
        page.locator('#selection-downloads a[data-format="csv"]').click()
    path = dl.value.path()
    with open(path, encoding="utf-8", newline="") as fh:
        got = list(csv.DictReader(fh))
    assert len(got) == usa_chn.json()["total"]
    assert {r["actor_countries"] for r in got} == {"USA"}
    assert all(r["recipient_countries"] == "CHN" and r["url"] and r["title"] for r in got)


def test_map_zooms_and_shows_a_filter_error_beside_the_form(offline_page, server):
    page = offline_page
    page.goto(server.url + "/map")
    svg = page.locator("svg.worldmap")
    svg.wait_for()
    before = svg.get_attribute("viewBox")
    page.locator("#zoom-in").click()
    after = svg.get_attribute("viewBox")
    assert float(after.split()[2]) < float(before.split()[2])
    page.goto(server.url + "/map?date_from=2020-13-01")
    assert "2020-13-01" in page.locator("#filter-error").inner_text()
    assert page.locator("form.filters label.invalid input[name=date_from]").count() == 1


def test_events_page_download_link_gives_the_filtered_events(offline_page, server):
    page = offline_page
    with server.client() as http:
        want = http.get("/api/events", params={"country": "PAK", "limit": 1000}).json()
    page.goto(server.url + "/events?country=Pakistan&limit=2")  # one page of 2 shown
    assert page.locator("table.events tbody tr").count() == 2
    page.screenshot(path=str(ARTIFACTS / "events-download.png"))
    with page.expect_download() as dl:
        page.locator('a.download[data-format="jsonl"]').click()
    assert dl.value.suggested_filename == "communique-events.jsonl"
    lines = Path(dl.value.path()).read_text(encoding="utf-8").splitlines()
    got = [json.loads(line) for line in lines]
    assert {e["id"] for e in got} == {e["id"] for e in want["items"]}  # all, not the page
    assert all(e["publisher"] == "Test Wire" and e["url"] and e["title"] for e in got)
