"""Guards of branch captions46 (pass before and after it): the simple present with a weekday in
running prose stays a schedule, on an invented page published on Friday 12 May 2023."""

from __future__ import annotations

import pytest

PUBLISHED = "2023-05-12"  # a Friday
WEDNESDAY = "2023-05-10"
INTRO = (
    "Regional leaders gathered in Asunción this week for a summit that ended on Thursday with a "
    "joint declaration on river transport."
)


@pytest.fixture(scope="module")
def page(nlp):
    from communique.coding import code_article
    from communique.model import Article

    def run(text: str, title: str | None = None):
        article = Article(text=text, title=title, published=PUBLISHED, id="t")
        return code_article(article, nlp(text))

    return run


def _show(found):
    return [(m.event_type, m.modality, m.date, m.date_rules, m.evidence.trigger) for m in found]


def _met(found):
    return [m for m in found if m.evidence.trigger.startswith("meet")]


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
