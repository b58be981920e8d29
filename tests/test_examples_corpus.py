"""The bundled example corpus (src/communique/data/examples/) has the shape users and demos rely on.

Stdlib only (no spaCy): these tests read the files the way a user's eye would and check that every
story is complete, unique, listed in the README, and consistent with the calendar.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from html.parser import HTMLParser
from importlib.resources import files
from pathlib import Path

import pycountry
import pytest

from communique.model import PLOVER_TYPES, normalise_text

EXAMPLES = Path(str(files("communique") / "data" / "examples"))
STORY_FILES = sorted((EXAMPLES / "stories").glob("*.txt"))
HTML_FILES = sorted((EXAMPLES / "html").glob("*.html"))
JSONL_PATH = EXAMPLES / "articles.jsonl"
NON_STATE = {"UNO", "EUR", "IGO", "NGO", "MNC"}
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")

# "BEIJING, June 3 (Xinhua) --", "Havana, February 19 (RHC) --", "NAIROBI (Reuters) -"
DATELINE = re.compile(
    r"^(?P<place>[A-ZÀ-Þ][^()\n]{1,60}?)\s\((?P<source>[^()\n]{2,40})\)\s?(--|-|–|—)"
)


def word_count(text: str) -> int:
    return len(re.findall(r"\w[\w'’-]*", text))


def parse_story_file(path: Path) -> dict:
    """Split a seeds-style Markdown story into title, banner, paragraphs, URL and publisher."""
    raw = path.read_text(encoding="utf-8")
    sections = re.split(r"^---\s*$", raw, flags=re.M)
    title = re.search(r"^# \*(.+)\*\s*$", sections[0], flags=re.M)
    url = re.search(r"<(https?://[^>\s]+)>", sections[-1])
    publisher = re.search(r"^\*\*(.+)\*\*\s*$", sections[-1], flags=re.M)
    paragraphs = [p.strip() for p in sections[-2].split("\n\n") if p.strip()]
    return {
        "raw": raw,
        "n_sections": len(sections),
        "banner": sections[1].strip() if len(sections) == 4 else "",
        "title": title and title.group(1),
        "url": url and url.group(1),
        "publisher": publisher and publisher.group(1),
        "paragraphs": paragraphs,
        "text": "\n\n".join(paragraphs),
    }


class PageParser(HTMLParser):
    """Collects <title>, meta tags, the canonical link and <article> paragraphs."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.title = ""
        self.meta: dict[str, str] = {}
        self.canonical: str | None = None
        self.paragraphs: list[str] = []
        self._in_title = self._in_article = self._in_p = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = {k: v or "" for k, v in attrs}
        if tag == "title":
            self._in_title = True
        elif tag == "meta":
            key = a.get("property") or a.get("name")
            if key:
                self.meta[key] = a.get("content", "")
        elif tag == "link" and a.get("rel") == "canonical":
            self.canonical = a.get("href")
        elif tag == "article":
            self._in_article = True
        elif tag == "p" and self._in_article:
            self._in_p = True
            self.paragraphs.append("")

    def handle_endtag(self, tag: str) -> None:
        if tag == "title":
            self._in_title = False
        elif tag == "article":
            self._in_article = False
        elif tag == "p":
            self._in_p = False

    def handle_data(self, data: str) -> None:
        if self._in_title:
            self.title += data
        if self._in_p:
            self.paragraphs[-1] += data


def parse_page(path: Path) -> PageParser:
    parser = PageParser()
    parser.feed(path.read_text(encoding="utf-8"))
    return parser


def jsonl_records() -> list[dict]:
    lines = JSONL_PATH.read_text(encoding="utf-8").splitlines()
    return [json.loads(line) for line in lines if line.strip()]


def all_stories() -> dict[str, dict]:
    """Every story once, keyed as in the README: relative path, or articles.jsonl#id."""
    stories: dict[str, dict] = {}
    for path in STORY_FILES:
        s = parse_story_file(path)
        stories[f"stories/{path.name}"] = {
            "url": s["url"],
            "text": s["text"],
            "lede": s["paragraphs"][0],
        }
    for path in HTML_FILES:
        page = parse_page(path)
        paras = [p.strip() for p in page.paragraphs if p.strip()]
        lede = next((p for p in paras if DATELINE.match(p)), paras[0])
        stories[f"html/{path.name}"] = {
            "url": page.canonical,
            "text": "\n\n".join(paras),
            "lede": lede,
        }
    for rec in jsonl_records():
        stories[f"articles.jsonl#{rec['id']}"] = {
            "url": rec["url"],
            "text": rec["text"],
            "lede": rec["text"].split("\n\n")[0],
        }
    return stories


def readme_rows() -> dict[str, dict]:
    rows: dict[str, dict] = {}
    for line in (EXAMPLES / "README.md").read_text(encoding="utf-8").splitlines():
        cells = [c.strip() for c in line.strip().strip("|").split("|")]
        if len(cells) != 5 or cells[0] in ("file", "") or set(cells[0]) <= {"-"}:
            continue
        file, date, countries, kinds, hard = cells
        rows[file] = {
            "date": date,
            "countries": [re.sub(r"\s*\(.*\)", "", c).strip() for c in countries.split(",")],
            "kinds": [k.strip() for k in kinds.split(",")],
            "hard": hard,
        }
    return rows


def test_corpus_has_at_least_thirty_stories_in_three_forms() -> None:
    assert len(STORY_FILES) >= 20
    assert len(HTML_FILES) >= 5
    assert len(jsonl_records()) >= 5
    assert len(all_stories()) >= 30


@pytest.mark.parametrize("path", STORY_FILES, ids=lambda p: p.name)
def test_story_file_has_title_dateline_url_and_publisher(path: Path) -> None:
    s = parse_story_file(path)
    assert re.fullmatch(r"\d{3}_[a-z0-9_]+\.txt", path.name)
    assert s["n_sections"] in (3, 4), "title --- [banner ---] body --- url/publisher"
    assert s["title"], "missing '# *Title*' line"
    assert s["url"] and re.match(r"https://[\w.-]*example\.(org|com)/", s["url"])
    assert s["publisher"], "missing **Publisher** line"
    m = DATELINE.match(s["paragraphs"][0])
    assert m, f"first paragraph does not open with a dateline: {s['paragraphs'][0][:80]!r}"
    assert m.group("source") == s["publisher"], "dateline credit and publisher line disagree"


@pytest.mark.parametrize("path", HTML_FILES, ids=lambda p: p.name)
def test_html_page_has_title_metadata_and_article_body(path: Path) -> None:
    page = parse_page(path)
    assert page.title.strip()
    assert page.meta.get("og:site_name")
    assert page.meta.get("date") or page.meta.get("article:published_time")
    assert page.canonical and re.match(r"https://[\w.-]*example\.(org|com)/", page.canonical)
    paras = [p for p in page.paragraphs if p.strip()]
    assert len(paras) >= 4
    assert any(DATELINE.match(p.strip()) for p in paras[:2])


def test_hostile_markup_page_carries_script_and_img_as_text() -> None:
    path = EXAMPLES / "html" / "west_expels_russian_diplomats_salisbury.html"
    raw = path.read_text(encoding="utf-8")
    assert "<script>alert" not in raw and "<img src=x" not in raw  # escaped in the source...
    page = parse_page(path)
    assert "<script>alert(1)</script>" in page.title  # ...but text once parsed
    assert any("<img src=x onerror=alert(1)>" in p for p in page.paragraphs)


def test_jsonl_lines_parse_with_required_fields() -> None:
    required = {"id", "title", "url", "publisher", "published", "language", "text"}
    ids = []
    for rec in jsonl_records():
        assert required <= rec.keys()
        assert all(isinstance(rec[k], str) and rec[k] for k in required)
        assert rec["language"] == "en"
        dt.date.fromisoformat(rec["published"][:10])
        if len(rec["published"]) > 10:
            dt.datetime.fromisoformat(rec["published"].replace("Z", "+00:00"))
        assert DATELINE.match(rec["text"])
        ids.append(rec["id"])
    assert len(ids) == len(set(ids))


def test_no_two_stories_share_a_url_or_body() -> None:
    stories = all_stories()
    urls = [s["url"] for s in stories.values()]
    bodies = [normalise_text(s["text"]) for s in stories.values()]
    assert len(set(urls)) == len(urls)
    assert len(set(bodies)) == len(bodies)


def test_stories_are_short_wire_copy() -> None:
    for key, s in all_stories().items():
        assert 150 <= word_count(s["text"]) <= 450, key


def test_readme_lists_every_story_once_with_valid_dates() -> None:
    rows = readme_rows()
    stories = all_stories()
    assert set(rows) == set(stories)
    for key, row in rows.items():
        if row["date"] == "unknown":
            continue
        date = dt.date.fromisoformat(row["date"])
        assert 2000 <= date.year <= 2025, key
        url_date = re.search(r"/(\d{4})/(\d{2})/(\d{2})/", stories[key]["url"] or "")
        if url_date:
            assert dt.date(*map(int, url_date.groups())) == date, key


def test_ledes_name_the_weekday_of_the_story_date() -> None:
    """'on Tuesday' in a lede is the publication day or the day before it."""
    rows = readme_rows()
    checked = 0
    for key, s in all_stories().items():
        if rows[key]["date"] == "unknown":
            continue
        date = dt.date.fromisoformat(rows[key]["date"])
        allowed = {date.strftime("%A"), (date - dt.timedelta(days=1)).strftime("%A")}
        for day in re.findall(r"\bon (" + "|".join(WEEKDAYS) + r")\b", s["lede"]):
            assert day in allowed, f"{key}: lede says {day}, story date is {date:%A %Y-%m-%d}"
            checked += 1
    assert checked >= 25


def test_corpus_covers_all_plover_types_and_many_countries() -> None:
    rows = readme_rows().values()
    kinds = {k for row in rows for k in row["kinds"]}
    assert set(PLOVER_TYPES) <= kinds
    assert kinds <= set(PLOVER_TYPES)
    codes = {c for row in rows for c in row["countries"]}
    states = codes - NON_STATE
    for code in states:
        assert pycountry.countries.get(alpha_3=code), code
    assert len(states) >= 15
    assert {"UNO", "EUR", "IGO", "NGO"} <= codes
    years = {row["date"][:4] for row in rows if row["date"] != "unknown"}
    assert min(years) <= "2005" and max(years) >= "2024"


def test_cuba_russia_usa_dyad_has_history_2018_to_2024() -> None:
    years = {
        int(row["date"][:4])
        for row in readme_rows().values()
        if row["date"] != "unknown" and {"CUB", "RUS", "USA"} <= set(row["countries"])
    }
    assert len({y for y in years if 2018 <= y <= 2024}) >= 3


def test_undated_story_gives_nothing_that_fixes_its_year() -> None:
    undated = [k for k, r in readme_rows().items() if r["date"] == "unknown"]
    assert undated
    for key in undated:
        s = parse_story_file(EXAMPLES / key)
        assert not s["banner"]
        assert not re.search(r"\b(1[89]|20)\d\d\b", s["raw"])
        assert not re.search(r"\b(" + "|".join(WEEKDAYS) + r")\b", s["raw"])


def test_year_inferred_story_is_consistent_with_its_calendar() -> None:
    """Story 009 says 'March 3' and 'on Tuesday' with no year: only its README year fits."""
    key = "stories/009_india_pakistan_foreign_secretaries_islamabad.txt"
    s = parse_story_file(EXAMPLES / key)
    assert not s["banner"] and not re.search(r"/\d{4}/", s["url"])
    assert s["paragraphs"][0].startswith("ISLAMABAD, March 3 (")
    assert "on Tuesday" in s["paragraphs"][0]
    assert "2016" in s["text"]
    date = dt.date.fromisoformat(readme_rows()[key]["date"])
    assert (date.month, date.day, date.strftime("%A")) == (3, 3, "Tuesday")
