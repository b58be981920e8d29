"""Stories the coder cannot read: a Spanish and a German story ingested beside an English one
are stored with their language and a note, counted in the ingest summary, listed by
`communique articles` and shown in the explorer's article list (HTTP and real Chromium)."""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

import httpx
import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "api"))
from explorer_corpus import Server  # noqa: E402

from support import REPO, run_cli  # noqa: E402

STORIES = {
    "harbour.txt": (
        "Chile and Peru talk about fishing\n\n"
        "LIMA, March 4, 2025 -- Chile's foreign minister met Peru's president in Lima on "
        "Tuesday to discuss fishing rights along the maritime border.\n"
    ),
    "puerto.txt": (
        "Chile y Perú hablan de pesca\n\n"
        "El Gobierno de Chile anunció el martes que su ministro de Relaciones Exteriores viajará "
        "a Lima la próxima semana para reunirse con su homólogo peruano. Ambos países quieren "
        "firmar un acuerdo sobre la pesca en la frontera marítima.\n"
    ),
    "grenze.txt": (
        "Österreich und Ungarn sprechen über Grenzkontrollen\n\n"
        "Die Regierung von Österreich hat am Montag Gespräche mit Ungarn über die "
        "Grenzkontrollen aufgenommen. Der Innenminister sagte in Wien, dass beide Länder eine "
        "gemeinsame Arbeitsgruppe gründen wollen.\n"
    ),
}
TITLES = {"es": "Chile y Perú hablan de pesca", "de": "Österreich und Ungarn sprechen über"}


@pytest.fixture(scope="module")
def ingested(tmp_path_factory):
    root = tmp_path_factory.mktemp("languages")
    (root / "in").mkdir()
    for name, text in STORIES.items():
        (root / "in" / name).write_text(text, encoding="utf-8")
    db = root / "lang.duckdb"
    res = run_cli("ingest", str(root / "in"), "--db", str(db))
    return db, res


@pytest.fixture(scope="module")
def server(ingested):
    srv = Server(ingested[0])
    yield srv
    srv.stop()


def test_summary_counts_stories_not_coded_by_language(ingested):
    _, res = ingested
    assert res.returncode == 0, res.stderr
    assert "3 new articles stored" in res.stderr
    assert "2 not coded (language not supported: de 1, es 1)" in res.stderr


def test_foreign_stories_are_stored_with_language_and_note(ingested):
    db, _ = ingested
    res = run_cli("articles", "--db", str(db), "--format", "jsonl")
    arts = {a["language"]: a for a in map(json.loads, res.stdout.splitlines())}
    assert set(arts) == {"en", "es", "de"}
    assert arts["en"]["note"] is None and arts["en"]["n_events"] >= 1
    for lang in ("es", "de"):
        a = arts[lang]
        assert a["title"].startswith(TITLES[lang])
        assert a["note"] == f"not coded: language '{lang}'; the event coder reads en only"
        assert a["note"] in a["notes"] and a["n_events"] == 0 and a["n_sentences"] == 0
    table = run_cli("articles", "--db", str(db)).stdout
    assert table.count("(not coded)") == 2


def test_article_list_page_shows_language_and_note(server):
    html = httpx.get(server.url + "/articles", timeout=30).text
    rows = re.findall(r"<tr>(.*?)</tr>", html, re.S)[1:]
    by_lang = {re.search(r'class="lang">(\w*)<', r).group(1): r for r in rows}  # type: ignore[union-attr]
    assert set(by_lang) == {"en", "es", "de"}
    assert "not coded" not in by_lang["en"]
    for lang in ("es", "de"):
        assert f"not coded: language &#39;{lang}&#39;" in by_lang[lang]
    api = httpx.get(server.url + "/api/articles", timeout=30).json()
    assert sorted(bool(a["note"]) for a in api["items"]) == [False, True, True]


def test_article_list_in_a_browser(server):
    chromium = Path("/usr/bin/chromium")
    if not chromium.exists():
        pytest.skip("no /usr/bin/chromium for browser tests")
    sync_api = pytest.importorskip("playwright.sync_api")
    with sync_api.sync_playwright() as p:
        browser = p.chromium.launch(
            executable_path=str(chromium), args=["--headless", "--no-sandbox"]
        )
        page = browser.new_page(viewport={"width": 1400, "height": 700})
        page.goto(server.url + "/articles")
        rows = page.locator("#articles tbody tr")
        assert rows.count() == 3
        spanish = rows.filter(has_text=TITLES["es"])
        assert spanish.locator("td.lang").inner_text() == "es"
        assert "not coded: language 'es'" in spanish.inner_text()
        assert spanish.locator(".note").is_visible()
        (REPO / "test-artifacts").mkdir(exist_ok=True)
        page.screenshot(path=str(REPO / "test-artifacts" / "articles-languages.png"))
        browser.close()
