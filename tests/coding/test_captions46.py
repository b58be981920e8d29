"""Photo captions and gallery slides tell the news in the present (branch captions46), on
invented pages published on Friday 12 May 2023: a caption's simple present with a weekday names
the last such day, not a coming one (date.caption_news), and a caption's own day words place its
undated past-tense sentences (date.caption_day). The same words in running prose stay a
schedule."""

from __future__ import annotations

import pytest

from communique.coding.captions import (
    GALLERY_NOTE,
    Captions,
    caption_notes,
    caption_paragraphs,
    gallery_title,
)

PUBLISHED = "2023-05-12"  # a Friday
TUESDAY, WEDNESDAY, THURSDAY = "2023-05-09", "2023-05-10", "2023-05-11"


@pytest.fixture(scope="module")
def page(nlp):
    """Code a page with a title (and notes)."""
    from communique.coding import code_article
    from communique.model import Article

    def run(text: str, title: str | None = None, notes: list[str] | None = None):
        article = Article(text=text, title=title, published=PUBLISHED, id="t", notes=notes or [])
        return code_article(article, nlp(text))

    return run


def _show(found):
    return [(m.event_type, m.modality, m.date, m.date_rules, m.evidence.trigger) for m in found]


def _met(found):
    return [m for m in found if m.evidence.trigger.startswith("meet")]


INTRO = (
    "Regional leaders gathered in Asunción this week for a summit that ended on Thursday with a "
    "joint declaration on river transport."
)


def test_a_gallery_captions_present_with_a_weekday_is_the_past_day(page):
    found = page(
        INTRO + "\n\nChile's foreign minister meets her Peruvian counterpart on the sidelines on "
        "Wednesday.",
        title="In pictures: leaders at the river summit",
    )
    met = _met(found)
    assert met and all(m.date == WEDNESDAY and m.modality == "asserted" for m in met), _show(found)
    assert any("date.caption_news" in m.explanation for m in met), _show(found)
    assert not any(m.modality == "future" for m in met), _show(found)


def test_a_slide_counter_marks_a_caption_without_a_gallery_title(page):
    found = page(
        INTRO + "\n\n2/6 · Chile's foreign minister meets her Peruvian counterpart on the "
        "sidelines on Wednesday.",
        title="Leaders agree on river transport",
    )
    met = _met(found)
    assert met and all(m.date == WEDNESDAY and m.modality == "asserted" for m in met), _show(found)


def test_a_caption_after_a_bare_counter_line(page):
    found = page(
        INTRO + "\n\n3 of 6\n\nChile's foreign minister meets her Peruvian counterpart on the "
        "sidelines on Wednesday.",
        title="Leaders agree on river transport",
    )
    met = _met(found)
    assert met and all(m.date == WEDNESDAY and m.modality == "asserted" for m in met), _show(found)


def test_a_json_ld_gallery_note_marks_captions(page):
    found = page(
        INTRO + "\n\nChile's foreign minister meets her Peruvian counterpart on the sidelines on "
        "Wednesday.",
        title="Leaders agree on river transport",
        notes=[GALLERY_NOTE],
    )
    met = _met(found)
    assert met and all(m.date == WEDNESDAY and m.modality == "asserted" for m in met), _show(found)


def test_a_captions_day_places_its_undated_past_sentence(page):
    found = page(
        INTRO + "\n\n4/6 · Empty seats at the ministers' session on Wednesday. Bolivia's "
        "delegation walked out in protest after Paraguay's minister spoke.",
        title="In pictures: leaders at the river summit",
    )
    out = [m for m in found if "walked" in m.evidence.trigger]
    assert out and all(m.date == WEDNESDAY for m in out), _show(found)
    assert any("date.caption_day" in m.explanation for m in out), _show(found)


# guards on the page furniture that names no caption


def test_a_gallery_introduction_is_not_a_caption():
    text = "Leaders met this week.\n\nPolice detain a man on Monday.\n\nMore galleries"
    spans = caption_paragraphs(text, "In pictures: a week in the capital", [])
    assert [text[s:e] for s, e in spans] == ["Police detain a man on Monday.", "More galleries"]
    assert caption_paragraphs(text, "Leaders meet in the capital", []) == []


def test_numbers_that_are_no_slide_counters():
    text = "Talks ended.\n\n2 of 3 voters backed the accord.\n\n1. The first point is agreed."
    assert caption_paragraphs(text, "Voters back accord", []) == []
    text = "Talks ended.\n\n9/3 · A date, not a counter.\n\n0 of 5 - nothing."
    assert caption_paragraphs(text, "Talks end", []) == []


def test_gallery_titles():
    assert gallery_title("In pictures: floods in the south")
    assert gallery_title("Three days in the capital: a photo essay")
    assert gallery_title("Photos | The summit's first day")
    assert gallery_title("The week in pictures")
    assert not gallery_title("Ruritania bans photos of the president")
    assert not gallery_title("Leaders pose in pictures")
    assert not gallery_title(None)


def test_captions_holds():
    spans = Captions([(10, 20), (30, 40)])
    assert spans.holds(10) and spans.holds(19) and spans.holds(35)
    assert not spans.holds(5) and not spans.holds(20) and not spans.holds(45)
    assert not Captions([])


_PICTURE_PAGE = """<!DOCTYPE html><html><head><title>Lagos and Accra agree on a gas line</title>
</head><body><main><article><h1>Lagos and Accra agree on a gas line</h1>
<p>Nigeria and Ghana agreed on Thursday to build a gas pipeline along the coast, officials of
both governments said after two days of talks in Abuja that ended with a joint statement.</p>
<figure><img src="a.jpg" alt=""><figcaption>Ghana's energy minister meets his Nigerian
counterpart in Abuja on Wednesday. <span class="credit">Photo: Ada Obi</span></figcaption>
</figure>
<p>The line is to carry gas from the Niger Delta to Tema, the statement said, and the two
governments plan a shared operator for it, with its board named within eighteen months.</p>
<p>Ghana's president welcomed the deal in a statement, saying it would end shortages that
have cut power to factories in Accra for months.</p>
</article></main></body></html>"""


def test_a_pictures_caption_is_noted_and_read_as_a_caption(nlp):
    from communique.coding import code_article
    from communique.sources.html import html_article

    article = html_article(_PICTURE_PAGE)
    article.published, article.id = PUBLISHED, "t"
    assert any(n.startswith("photo caption kept as story text:") for n in article.notes)
    spans = caption_paragraphs(article.text, article.title, article.notes)
    assert [article.text[s:e][:30] for s, e in spans] == ["Ghana's energy minister meets "]
    found = code_article(article, nlp(article.text))
    met = _met(found)
    assert met and all(m.date == WEDNESDAY and m.modality == "asserted" for m in met), _show(found)


def test_a_gallery_json_ld_is_noted():
    from communique.sources.html import html_article

    page = _PICTURE_PAGE.replace(
        "</head>",
        '<script type="application/ld+json">{"@context": "https://schema.org", '
        '"@type": "ImageGallery", "name": "Gas line"}</script></head>',
    )
    assert GALLERY_NOTE in html_article(page).notes
    assert GALLERY_NOTE not in html_article(_PICTURE_PAGE).notes


# Guards (they passed before the caption rules too): running prose and lists keep their reading.


def test_prose_keeps_the_simple_present_with_a_weekday_as_a_schedule(page):
    found = page(
        INTRO + "\n\nChile's foreign minister meets her Peruvian counterpart in Lima on Wednesday.",
        title="Leaders agree on river transport",
    )
    met = _met(found)
    assert met and not any(m.date == WEDNESDAY for m in met), _show(found)


def test_a_numbered_list_of_a_story_that_is_no_gallery_keeps_its_schedule(page):
    found = page(
        INTRO + "\n\n1. Chile's foreign minister meets her Peruvian counterpart in Lima on "
        "Wednesday.",
        title="What comes next after the river summit",
    )
    met = _met(found)
    assert met and not any(m.date == WEDNESDAY for m in met), _show(found)


def test_counters_and_credits_of_a_gallery_are_no_events(page):
    found = page(
        "A week of floods in the south.\n\n1 of 3\n\nA family waits for a boat on the roof of "
        "their house.\n\nAna Ruiz/Example Gazette\n\n2 of 3\n\nVolunteers fill sandbags outside "
        "the town hall on Tuesday.\n\nFile photo\n\n3 of 3\n\nThe river at dawn.",
        title="In pictures: floods in the south",
    )
    assert found == [], _show(found)


def _by(found, stem):
    return [m for m in found if m.evidence.trigger.startswith(stem)]


# A caption's day dates its own text only (date.caption_day; branch genre47): the story's
# paragraphs after a lead picture's caption are not dated by the day the picture was taken.

LEAD_CAPTION = "Opposition supporters outside a polling station in Lilongwe on Tuesday."
STORY = (
    "\n\nMalawi's election board named the sitting president the victor of the presidential "
    "vote, and the opposition rejected the result.\n\nThe European Union's observer mission "
    "criticised the counting process.\n\nZambia's president congratulated the winner."
)


def test_a_lead_captions_day_does_not_date_the_story_below_it(page):
    found = page(
        LEAD_CAPTION + STORY,
        title="Observers fault the count",
        notes=caption_notes([LEAD_CAPTION]),
    )
    later = _by(found, "rejected") + _by(found, "criticised") + _by(found, "congratulated")
    assert len(later) == 3, _show(found)
    assert all(m.date == PUBLISHED for m in later), _show(found)
    assert not any("date.caption_day" in m.date_rules for m in later), _show(found)


def test_a_captions_day_still_dates_its_own_undated_sentence(page):
    caption = (
        "Empty chairs at the commission's session in Lilongwe on Tuesday. The opposition "
        "rejected the result after the count."
    )
    found = page(caption + STORY, title="Observers fault the count", notes=caption_notes([caption]))
    own = [m for m in _by(found, "rejected") if m.evidence.start < len(caption)]
    assert own and all(m.date == TUESDAY for m in own), _show(found)
    criticised = _by(found, "criticised")
    assert criticised and all(m.date == PUBLISHED for m in criticised), _show(found)


def test_a_days_named_in_the_story_still_carry_past_a_caption(page):
    # a day the story's prose names goes on dating the undated acts after it, caption or not
    text = (
        "Malawi's election board named the sitting president the victor on Wednesday.\n\n"
        + LEAD_CAPTION
        + "\n\nThe European Union's observer mission criticised the counting process."
    )
    found = page(text, title="Observers fault the count", notes=caption_notes([LEAD_CAPTION]))
    criticised = _by(found, "criticised")
    assert criticised and all(m.date == WEDNESDAY for m in criticised), _show(found)
