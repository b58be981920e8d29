"""The explorer in real headless Chromium: overview -> pair -> event, hostile story as text.

Screenshots go to test-artifacts/ (gitignored). Skipped when /usr/bin/chromium is missing.
"""

from __future__ import annotations

import sys
from pathlib import Path

import httpx
import pytest

CHROMIUM = Path("/usr/bin/chromium")
if not CHROMIUM.exists():
    pytest.skip("no /usr/bin/chromium for browser tests", allow_module_level=True)
sync_api = pytest.importorskip("playwright.sync_api")

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "api"))
from explorer_corpus import PLANNED_VISIT, Server, build_db  # noqa: E402

from support import REPO  # noqa: E402

ARTIFACTS = REPO / "test-artifacts"
ARGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
]  # fmt: skip


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    srv = Server(build_db(tmp_path_factory.mktemp("web") / "web.duckdb"))
    yield srv
    srv.stop()


@pytest.fixture(scope="module")
def browser():
    ARTIFACTS.mkdir(exist_ok=True)
    with sync_api.sync_playwright() as p:
        b = p.chromium.launch(executable_path=str(CHROMIUM), args=ARGS)
        yield b
        b.close()


@pytest.fixture
def page(browser, server):
    ctx = browser.new_context(viewport={"width": 1400, "height": 1000})
    pg = ctx.new_page()
    pg.errors = []  # type: ignore[attr-defined]
    pg.dialogs = []  # type: ignore[attr-defined]
    pg.foreign = []  # type: ignore[attr-defined]
    pg.on("pageerror", lambda e: pg.errors.append(str(e)))  # type: ignore[attr-defined]
    # A Content-Security-Policy violation (an inline style or script the policy blocks)
    # shows up only as a console error: it counts as a page error too.
    pg.on("console", lambda m: pg.errors.append(m.text)  # type: ignore[attr-defined]
          if "Content Security Policy" in m.text else None)  # fmt: skip

    def on_dialog(d):
        pg.dialogs.append(d.message)  # type: ignore[attr-defined]
        d.dismiss()

    pg.on("dialog", on_dialog)
    pg.on("request", lambda r: None if r.url.startswith((server.url, "data:"))
          else pg.foreign.append(r.url))  # type: ignore[attr-defined]  # fmt: skip
    yield pg
    assert pg.errors == [], pg.errors  # type: ignore[attr-defined]
    assert pg.foreign == [], f"fetched from outside: {pg.foreign}"  # type: ignore[attr-defined]
    ctx.close()


def test_overview_to_pair_to_event_with_highlighted_evidence(page, server):
    page.goto(server.url + "/")
    assert page.locator(".stats").inner_text().count("stories") == 1
    page.screenshot(path=str(ARTIFACTS / "overview.png"), full_page=True)

    row = page.locator("#top-pairs tr", has=page.locator('a[href="/pair/CUB/RUS?direction=ab"]'))
    overview_sum = row.locator("td").nth(5).inner_text()
    row.locator('a[href="/pair/CUB/RUS?direction=ab"]').click()
    page.wait_for_url("**/pair/CUB/RUS?direction=ab")
    assert overview_sum in page.locator(".stats").inner_text()  # the same figure on both pages
    page.goto(server.url + "/pair/CUB/RUS")  # both directions and joint events
    bar = page.locator('rect.hit[data-period="2024-02"]')
    bar.hover()
    tip = page.locator("#tip")
    assert tip.is_visible() and "2024-02" in tip.inner_text() and "joint 1" in tip.inner_text()
    bar.click()
    rows = page.locator("#period-table tbody tr")
    rows.first.wait_for()
    assert rows.count() == 2
    assert "2024-02: 2 event(s)" in page.locator("#period-title").inner_text()
    page.screenshot(path=str(ARTIFACTS / "pair.png"))

    rows.filter(has_text="AGREE").locator("a").first.click()
    page.wait_for_url(f"**/event/{PLANNED_VISIT}")
    trigger = page.locator("#story mark.trigger")
    assert trigger.count() == 1 and trigger.inner_text() == "visit"
    evidence = page.locator("#story mark.evidence")
    assert "".join(evidence.all_inner_texts()) == (
        "Russian Foreign Minister Lavrov will visit Cuba next week."
    )
    assert page.locator("#mentions tbody tr").count() == 2  # both stories that reported it
    assert "future" in page.locator("#event-facts").inner_text()
    page.screenshot(path=str(ARTIFACTS / "event.png"))


def test_hostile_story_is_shown_as_text(page, server):
    xss_event = httpx.get(server.url + "/api/events", params={"article_id": "xss"}).json()
    event_id = xss_event["items"][0]["id"]
    for url in ("/article/xss", f"/event/{event_id}", "/search?q=script", "/events?text=onerror",
                "/pair/USA/CUB"):  # fmt: skip
        page.goto(server.url + url)
        if url.startswith("/pair"):
            page.locator('rect.hit[data-period="2024-02"]').click()
            page.locator("#period-table tbody tr").first.wait_for()
        body = page.locator("body").inner_text()
        assert 'onerror=alert("img")' in body, url
        assert page.locator("main img").count() == 0, url
        assert page.locator('a[href^="javascript"]').count() == 0, url
        assert page.locator("main script").count() == 0 or url.startswith("/pair"), url
    page.goto(server.url + f"/event/{event_id}")
    assert (
        '<script>alert("title")</script> Havana <b>bold</b> claims'
        in page.locator(".story-title").inner_text()
    )
    assert '<script>alert("body")</script>' in page.locator("#story").inner_text()
    page.screenshot(path=str(ARTIFACTS / "hostile-story.png"))
    assert page.dialogs == []  # type: ignore[attr-defined]


def test_docs_network_and_spikes_pages_render_offline(page, server):
    page.goto(server.url + "/docs")
    page.locator(".endpoint").first.wait_for()
    assert page.locator(".endpoint code", has_text="/api/dyad/{a}/{b}").count() >= 1
    spikes = page.locator(".endpoint").filter(has=page.locator("code", has_text="/api/spikes"))
    spikes.locator("button").click()
    page.locator("pre.out", has_text="200").wait_for()
    page.screenshot(path=str(ARTIFACTS / "docs.png"))
    page.goto(server.url + "/network")
    assert page.locator("svg.network circle").count() >= 6
    page.goto(server.url + "/spikes")
    row = page.locator("#spikes tbody tr").first
    assert "CHN–USA" in row.inner_text() and "spike" in row.inner_text()
    assert "not judged" in page.locator("main").inner_text()
