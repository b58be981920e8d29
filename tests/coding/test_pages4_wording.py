"""Wordings the news pages of bench/stories/pages4 showed coded wrongly, tested on other invented
stories: a live blog whose newest post opens on a neighbour's reaction, so that the police and
opposition of the story's own country were given the neighbour's country. (The arrest names
no town: police acting in a named place take that place's state, rule mention.police_place.)"""

from __future__ import annotations

import pytest

from support import countries


@pytest.fixture(scope="module")
def code_titled(nlp):
    from communique.coding import code_article
    from communique.model import Article

    def run(text: str, title: str | None, when: str = "2024-10-03"):
        article = Article(text=text, title=title, published=when, id="t")
        doc = nlp.make_doc(text)
        doc._.communique_article = article
        return code_article(article, nlp(doc))

    return run


LIVE = (
    "20:15 \u2014 A neighbour sends congratulations\n\n"
    "Ghanaian President Kofi Mensah-Ansah congratulated the winner in a phone call, his office "
    "said, and praised voters for their patience.\n\n"
    "18:40 \u2014 Arrests in the capital\n\n"
    "Police arrested 31 people in the capital for blocking roads with burning tyres, a police "
    "spokesman said.\n\n"
    "16:05 \u2014 Results announced\n\n"
    "The Togolese electoral commission declared the president re-elected with 58 percent."
)


def _arrests(events):
    return [
        m for m in events if m.event_type == "COERCE" and "arrested" in m.evidence.sentence_text
    ]


def test_the_headline_state_places_the_unnamed_police_of_a_live_blog(code_titled):
    found = _arrests(code_titled(LIVE, "LIVE: Togo votes counted as police arrest protesters"))
    assert found
    assert set().union(*(countries(m.actor) for m in found)) == {"TGO"}


def test_without_a_headline_the_most_frequent_state_still_decides(code_titled):
    found = _arrests(code_titled(LIVE, None))
    assert found  # placed as before: the story's first and most named state
    assert set().union(*(countries(m.actor) for m in found)) == {"GHA"}


@pytest.mark.parametrize(
    ("text", "actor", "recipient"),
    [
        (
            "Britain imposed asset freezes and travel bans on three Sudanese generals on Friday.",
            "GBR",
            "SDN",
        ),
        ("Japan imposed an asset freeze on two Myanmar army commanders.", "JPN", "MMR"),
    ],
)
def test_imposing_asset_freezes_is_a_sanction(code, text, actor, recipient):
    found = [m for m in code(text) if m.event_type == "SANCTION"]
    assert found
    assert actor in countries(found[0].actor)
    assert recipient in countries(found[0].recipient)
