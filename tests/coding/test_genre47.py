"""Transcripts, interviews, live pages and captions: who speaks, on which day (branch genre47),
on invented pages published on Friday 12 May 2023.

A photo caption's day words place the caption's own text only (date.caption_day): the story's
paragraphs after a lead picture's caption are not dated by the day the picture was taken."""

from __future__ import annotations

import pytest

from communique.coding.captions import caption_notes

PUBLISHED = "2023-05-12"  # a Friday
TUESDAY, WEDNESDAY = "2023-05-09", "2023-05-10"


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


def _by(found, stem):
    return [m for m in found if m.evidence.trigger.startswith(stem)]


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
