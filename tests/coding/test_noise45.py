"""Branch noise45 (issue #12): what a page says it is (a sport section's match report, a
review of a work in its JSON-LD) and the national sides of a match (filter.declared_kind,
filter.sport_sides, filter.plot). Every text is written for these tests; political acts told on
sport and review pages keep their events."""

from __future__ import annotations

import json

import pytest

REGATTA = (
    "Rowing: Denmark take the lake cup as the final heat ends in a photo finish\n\n"
    "Denmark won the Nordic lake cup on Sunday, beating Norway by a tenth of a second in the "
    "final heat, with Finland third and Estonia fourth after two days of racing.\n\n"
    "The Danish eight attacked from the start of the final lap and never gave up the lead. "
    "Norway's captain lodged a protest about a steering line in lane 2, but the race jury "
    "rejected it after watching the video. A Finnish rower was penalised for a false start in "
    "the morning heat, and the Estonian coach accused the umpires of favouring the hosts.\n\n"
    "The cup moves to Tampere next season."
)
REGATTA_WITH_RECALL = REGATTA.replace(
    "The cup moves to Tampere next season.",
    "On Monday the Estonian government recalled its ambassador from Oslo after a row over "
    "fishing quotas.",
)
# few sport words: a sport page only where the metadata or the URL files it under sport
KAYAK_RACE = (
    "Kayak club day out on the river\n\n"
    "Eleven paddlers from our club spent Saturday on the river at the spring open, and the "
    "weather held until the last race.\n\n"
    "Slovakia's captain lodged a protest about a gate judge on the last lap of the slalom, and the "
    "organisers agreed to look at the video. Everyone met at the boathouse afterwards for soup."
)
BOOK_PLOT = [
    "The second book of the Salt Crown cycle is longer and darker than the first, and better "
    "for it.",
    "The queen of the northern delta declares war on her cousin's river kingdom, and her "
    "admiral invades the salt marshes with a fleet of barges before the snow melts.",
    "Halfway through, the two kingdoms sign a truce on a sandbank, and the young archivist "
    "Mira must carry the treaty across the mountains before winter closes the passes.",
    "The prose is plain and quick, and the maps at the front are a joy. Four stars out of five.",
]
BOOK_REVIEW = {
    "@context": "https://schema.org",
    "@type": "Review",
    "name": "The Salt Crown",
    "datePublished": "2026-03-02",
    "itemReviewed": {"@type": "Book", "name": "The Salt Crown"},
}
PLAIN_ARTICLE = {
    "@context": "https://schema.org",
    "@type": "NewsArticle",
    "headline": "The Salt Crown",
    "datePublished": "2026-03-02",
    "articleSection": "Sport",
}


def _code(nlp, text: str, url: str | None = None, notes: list[str] | None = None):
    from communique.coding import code_article
    from communique.model import Article

    article = Article(text=text, published="2026-06-08", id="t", url=url, notes=notes or [])
    return code_article(article, nlp(text))


def _page(ld: dict, paragraphs: list[str]) -> bytes:
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    return (
        "<!doctype html><html><head><title>The Salt Crown</title>"
        f'<script type="application/ld+json">{json.dumps(ld)}</script></head><body><article>'
        f"<h1>'The Salt Crown' review: a fantasy of two river kingdoms</h1>{body}"
        "</article></body></html>"
    ).encode()


def _rows(found) -> list[tuple[str, list[str], list[str]]]:
    return [(m.event_type, [a.text for a in m.actor], [r.text for r in m.recipient]) for m in found]


def test_a_match_reports_national_sides_code_nothing(nlp):
    # base: "Norway's captain lodged a protest" coded as Norway's accusation
    found = _code(nlp, REGATTA, "https://rowing.example.org/sport/lake-cup-final")
    assert found == [], _rows(found)


def test_a_match_report_without_a_sport_url_is_judged_by_its_words(nlp):
    found = _code(nlp, REGATTA)
    assert found == [], _rows(found)


def test_a_government_act_on_a_sport_page_is_kept(nlp):
    # guard: a government named by its own word is no team
    found = _code(nlp, REGATTA_WITH_RECALL, "https://rowing.example.org/sport/lake-cup-final")
    assert any(m.event_type == "SANCTION" and m.actor[0].sector == "GOV" for m in found), _rows(
        found
    )


def test_a_state_named_alone_on_a_sport_page_keeps_its_act(nlp):
    # guard: "Norway boycotted the championship" is the state's act, not a team's
    text = REGATTA.replace(
        "The cup moves to Tampere next season.",
        "Sweden boycotted the championship in protest at the arrest of two journalists in the "
        "host country.",
    )
    found = _code(nlp, text, "https://rowing.example.org/sport/lake-cup-final")
    assert any(m.actor and m.actor[0].country == "SWE" for m in found), _rows(found)


def test_a_sport_section_in_the_url_declares_a_sport_page(nlp):
    # base: Slovakia's captain's protest coded as Slovakia's act on both pages
    assert _code(nlp, KAYAK_RACE, "https://paddle.example.org/sport/spring-open") == []
    # the same words with no section: too few sport words to be a sport page
    assert _code(nlp, KAYAK_RACE, "https://paddle.example.org/club/spring-open") != []


def test_a_sport_section_in_the_json_ld_declares_a_sport_page(nlp):
    from communique.sources.html import html_article

    article = html_article(_page(PLAIN_ARTICLE, KAYAK_RACE.split("\n\n")[1:]))
    found = _code(nlp, article.text, None, article.notes)
    assert found == [], _rows(found)


def test_declared_kinds_read_sections_of_the_url_and_the_notes():
    from communique.coding.page_sections import declared_kinds, reviewed_work_note, section_note

    assert set(declared_kinds([], "https://example.org/match-reports/cup-final")) == {"sport"}
    assert set(declared_kinds([], "https://example.org/reviews/a-new-film")) == {"review"}
    # the last segment is the page's own name, no section
    assert declared_kinds([], "https://example.org/news/sport") == {}
    assert declared_kinds([section_note("Sport")], None) == {"sport": "JSON-LD section 'Sport'"}
    assert set(declared_kinds([reviewed_work_note("Movie")], None)) == {"review", "reviewed"}
    assert declared_kinds([section_note("Politics")], "https://example.org/world/x") == {}


def test_a_json_ld_review_of_a_book_codes_none_of_its_plot():
    from communique.pipeline import code_articles
    from communique.sources.html import html_article

    article = html_article(_page(BOOK_REVIEW, BOOK_PLOT))
    assert "page reviews a work (JSON-LD Review of): Book" in article.notes
    (coded,) = list(code_articles([article]))
    assert coded.off_topic and coded.mentions == []
    assert "filter.plot" in coded.article.notes[-1]
    assert "filter.declared_kind" in coded.article.notes[-1]


@pytest.mark.parametrize("ld", [PLAIN_ARTICLE | {"articleSection": "Books"}])
def test_the_same_plot_on_a_page_not_declared_a_review_is_coded(ld):
    # guard: without the Review, the plot's political words outweigh its plot words
    from communique.pipeline import code_articles
    from communique.sources.html import html_article

    (coded,) = list(code_articles([html_article(_page(ld, BOOK_PLOT))]))
    assert not coded.off_topic and coded.mentions


def test_news_of_a_reviewed_work_is_kept(nlp):
    # guard: a ban of the work, told with a news day, is news about the work, not its plot
    from communique.sources.html import html_article

    paragraphs = [
        *BOOK_PLOT,
        "On Tuesday the Freedonian culture ministry banned the book from school libraries.",
    ]
    article = html_article(_page(BOOK_REVIEW, paragraphs))
    found = _code(nlp, article.text, None, article.notes)
    assert [m.event_type for m in found] == ["COERCE"] or any(
        m.actor and m.actor[0].sector == "GOV" for m in found
    ), _rows(found)
