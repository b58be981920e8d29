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
