"""The timeline, compare, name and network views in real headless Chromium.

Screenshots go to test-artifacts/ (gitignored). Skipped when /usr/bin/chromium is missing.
Fixtures (a server on the views corpus, a browser, a page that fails on script errors and on
fetches from outside) are those of test_browser.py.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

CHROMIUM = Path("/usr/bin/chromium")
if not CHROMIUM.exists():
    pytest.skip("no /usr/bin/chromium for browser tests", allow_module_level=True)
pytest.importorskip("playwright.sync_api")

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "api"))
sys.path.insert(0, str(Path(__file__).resolve().parent))
import test_browser  # noqa: E402
from explorer_corpus import Server  # noqa: E402
from test_browser import ARTIFACTS  # noqa: E402
from views_corpus import build_views_db  # noqa: E402

# Every visible label's box against every other's, computed in the page with getBBox.
OVERLAPS_JS = """() => {
  const boxes = Array.from(document.querySelectorAll('svg.network text.label'))
    .filter((t) => getComputedStyle(t).display !== 'none')
    .map((t) => { const b = t.getBBox(); return [t.textContent, b.x, b.y, b.width, b.height]; });
  const out = [];
  for (let i = 0; i < boxes.length; i++) for (let j = i + 1; j < boxes.length; j++) {
    const [n1, x1, y1, w1, h1] = boxes[i], [n2, x2, y2, w2, h2] = boxes[j];
    if (x1 < x2 + w2 && x2 < x1 + w1 && y1 < y2 + h2 && y2 < y1 + h1) out.push(n1 + '/' + n2);
  }
  return {visible: boxes.length, overlaps: out};
}"""


browser = test_browser.browser  # the same fixtures: Chromium, and a page that fails the test
page = test_browser.page  # on a script error, a CSP violation or a fetch from outside


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    srv = Server(build_views_db(tmp_path_factory.mktemp("views") / "views.duckdb"))
    yield srv
    srv.stop()


def test_network_labels_never_overlap_and_top_n_filters(page, server):
    page.goto(server.url + "/network?level=code")
    assert page.locator("svg.network circle").count() == 40  # the 40 busiest of 49 drawn
    got = page.evaluate(OVERLAPS_JS)
    assert got["overlaps"] == [], got
    assert got["visible"] >= 20, got  # most nodes keep a label; the rest show on hover
    hidden = page.locator("svg.network text.label-hidden")
    if hidden.count():
        hidden.first.locator("xpath=..").hover()
        assert hidden.first.is_visible()
    page.screenshot(path=str(ARTIFACTS / "network-crowded.png"), full_page=True)

    page.goto(server.url + "/network?level=code")
    page.fill('input[name="top"]', "6")
    page.click("form.filters button")
    page.wait_for_url("**top=6**")
    assert page.locator("svg.network circle").count() == 6
    assert page.evaluate(OVERLAPS_JS)["visible"] == 6  # few nodes: every one labelled
    assert "6 busiest actors only" in page.locator("main").inner_text()
    page.screenshot(path=str(ARTIFACTS / "network-top6.png"), full_page=True)

    page.goto(server.url + "/network?top=0")
    assert "'top' must be from 1 to" in page.locator("main").inner_text()


def _boxes(page, selector):
    """[x, y, width, height] of every element matching selector, from getBBox in the page."""
    return page.evaluate(
        "(sel) => Array.from(document.querySelectorAll(sel)).map((e) => {"
        " const b = e.getBBox(); return [b.x, b.y, b.width, b.height]; })",
        selector,
    )


def _meet(a, b):
    return a[0] < b[0] + b[2] and b[0] < a[0] + a[2] and a[1] < b[1] + b[3] and b[1] < a[1] + a[3]


def _no_label_overlaps(page, chart):
    """Axis titles clear of every bar and of the axis line; x labels clear of each other."""
    titles = _boxes(page, f"{chart} svg text.y-title")
    bars = _boxes(page, f"{chart} svg rect.bar, {chart} svg .line, {chart} svg circle.pt")
    assert titles and bars
    assert not [(t, b) for t in titles for b in bars if _meet(t, b)]
    xl = _boxes(page, f"{chart} svg text.x-label")
    assert len(xl) >= 2
    assert not [(a, b) for i, a in enumerate(xl) for b in xl[i + 1 :] if _meet(a, b)]


def test_pair_chart_keeps_year_and_month_precision_events(page, server):
    page.goto(server.url + "/pair/CUB/RUS?by=month")
    band = page.locator('#chart rect.band[data-period="2017"]')
    assert band.count() == 1 and band.get_attribute("data-precision") == "year"
    assert "dated only to a month or year" in page.locator(".legend").inner_text()
    band.hover()
    assert "dated only to 2017" in page.locator("#tip").inner_text()
    band.click()
    page.locator("#period-table tbody tr").first.wait_for()
    assert page.locator("#period-table tbody tr").count() == 1
    assert "ACCUSE" in page.locator("#period-table").inner_text()
    _no_label_overlaps(page, "#chart")
    page.screenshot(path=str(ARTIFACTS / "pair-imprecise-year.png"), full_page=True)

    page.goto(server.url + "/pair/CUB/RUS?by=week&date_from=2023-12-01")
    month = page.locator('#chart rect.band[data-period="2024-01"]')
    assert month.count() == 1 and month.get_attribute("data-precision") == "month"
    width = float(month.get_attribute("width"))
    week = float(page.locator("#chart rect.hit").first.get_attribute("width"))
    assert width > 3.5 * week  # drawn across the weeks of January, not in one of them
    month.click()
    page.locator("#period-table tbody tr").first.wait_for()
    assert "SUPPORT" in page.locator("#period-table").inner_text()
    page.screenshot(path=str(ARTIFACTS / "pair-imprecise-month.png"), full_page=True)


def test_actor_timeline_stacks_quad_classes_hover_and_click(page, server):
    page.goto(server.url + "/actor/RUS")
    chart = page.locator("#timeline svg")
    chart.wait_for()
    feb = page.locator('#timeline rect.hit[data-period="2024-02"]')
    quads = page.locator("#timeline rect.bar").evaluate_all(
        "(rs) => rs.map((r) => r.getAttribute('data-quad'))"
    )
    assert {"1", "3"} <= set(quads)  # cooperation and conflict stacked in their colours
    feb.hover()
    tip = page.locator("#timeline-tip").inner_text()
    assert "2024-02" in tip and "verbal cooperation" in tip and "verbal conflict" in tip
    feb.click()
    page.locator("#period-table tbody tr").first.wait_for()
    listed = page.locator("#period-table tbody tr").count()
    with server.client() as http:
        api = http.get("/api/actors/RUS/timeline").json()
    assert listed == next(s["events"] for s in api["series"] if s["period"] == "2024-02")
    assert page.locator('#timeline rect.band[data-period="2017"]').count() == 1
    _no_label_overlaps(page, "#timeline")
    page.screenshot(path=str(ARTIFACTS / "actor-timeline.png"), full_page=True)


def test_compare_view_draws_several_pairs_on_one_chart(page, server):
    page.goto(server.url + "/actor/RUS")
    page.locator("#compare-partners").click()
    page.wait_for_url("**/compare?pair=RUS-**")
    page.goto(server.url + "/")
    page.locator("#compare-top").click()  # the overview's top pairs, one way each
    page.wait_for_url("**/compare?pair=**direction=ab")
    assert page.locator("#compare svg path.line").count() == 4
    page.goto(server.url + "/compare?pair=RUS-CUB&pair=USA-CHN&pair=USA-CUB&by=month")
    lines = page.locator("#compare svg path.line")
    assert lines.evaluate_all("(ls) => ls.map((l) => l.getAttribute('data-pair'))") == [
        "RUS–CUB", "USA–CHN", "USA–CUB",
    ]  # fmt: skip
    assert len(set(lines.evaluate_all("(ls) => ls.map((l) => l.getAttribute('stroke'))"))) == 3
    legend = page.locator("#compare-legend").inner_text()
    assert "RUS–CUB" in legend and "USA–CHN" in legend and "dated only to" in legend
    assert page.locator('#compare rect.band[data-pair="RUS–CUB"][data-period="2017"]').count() == 1
    with server.client() as http:  # the pair page's own figure for March
        series = http.get("/api/dyad/USA/CHN", params={"by": "month"}).json()["series"]
    march = next(s["events"] for s in series if s["period"] == "2024-03")
    mar = page.locator('#compare rect.hit[data-period="2024-03"]')
    mar.hover()
    tip = page.locator("#compare-tip").inner_text()
    assert f"USA–CHN: {march} event(s)" in tip and "RUS–CUB: 0 event(s)" in tip
    mar.click()
    page.locator("#period-table tbody tr").first.wait_for()
    assert page.locator("#period-table tbody tr").count() == march
    _no_label_overlaps(page, "#compare")
    page.screenshot(path=str(ARTIFACTS / "compare.png"), full_page=True)

    page.goto(server.url + "/compare?pair=RUS-QQQ")
    assert "unknown actor code 'QQQ'" in page.locator("#form-error").inner_text()


def test_search_finds_a_person_and_the_person_page_shows_roles_and_mentions(page, server):
    page.goto(server.url + "/")
    page.fill("header input[name=q]", "Putin")
    page.press("header input[name=q]", "Enter")
    page.wait_for_url("**/search?q=Putin")
    row = page.locator("#search-names tbody tr", has_text="Vladimir Putin")
    assert "RUSGOV head of state 2000–2008" in row.inner_text()
    assert "RUSGOV head of government 2008–2012" in row.inner_text()
    row.locator("a", has_text="Vladimir Putin").click()
    page.wait_for_url("**/person/Vladimir%20Putin")
    roles = page.locator("#roles tbody tr").all_inner_texts()
    assert len(roles) == 3 and "head of government" in roles[1] and "in office" in roles[2]
    mentions = page.locator("#name-mentions tbody tr")
    assert mentions.count() == 2
    assert "Prime Minister Putin" in mentions.nth(1).inner_text()
    assert "mention.person" in mentions.nth(1).inner_text()
    page.fill("input[name=on]", "2010-06-01")
    page.click("#resolution button")
    assert "RUSGOV" in page.locator("#resolved-on").inner_text()
    page.screenshot(path=str(ARTIFACTS / "person.png"), full_page=True)

    page.goto(server.url + "/search?q=Duma")
    bodies = page.locator("#search-names tbody tr").all_inner_texts()
    assert bodies[0].startswith("Duma") and "RUSLEG" in bodies[0]
    page.locator("#search-names a", has_text="State Duma").click()
    page.wait_for_url("**/body/State%20Duma")
    assert "RUSLEG" in page.locator("#body-facts").inner_text()
    assert "The State Duma" in page.locator("#name-mentions").inner_text()
    page.screenshot(path=str(ARTIFACTS / "body.png"), full_page=True)


def test_spikes_page_explains_the_guard_and_lists_near_misses(page, server):
    page.goto(server.url + "/spikes")
    assert "previous 4 weeks average more than 2 events" in page.locator("#guard").inner_text()
    miss = page.locator("#near-misses tbody tr").first.inner_text()
    assert "IND–PAK" in miss and "0.5" in miss and "minimum of 2" in miss
    earlier = page.locator("#recent-near-misses tbody tr", has_text="week of 2024-03-11")
    assert earlier.count() >= 1 and "CHN–USA" in earlier.first.inner_text()
    page.screenshot(path=str(ARTIFACTS / "spikes-near-misses.png"), full_page=True)
