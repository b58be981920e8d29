"""Wordings the news pages of bench/stories/pages5 showed coded wrongly, tested on other invented
stories: a ministry release whose unnamed minister gives aid to the story's most frequent state
was placed in that state (rule mention.guess_not_target now counts what an act gives *to* a
state as acting on it)."""

from __future__ import annotations

import pytest

from support import countries


@pytest.fixture(scope="module")
def code_text(nlp):
    from communique.coding import code_article
    from communique.model import Article

    def run(text: str, when: str = "2026-03-12"):
        article = Article(text=text, title="Press release 14/2026", published=when, id="t")
        doc = nlp.make_doc(text)
        doc._.communique_article = article
        return code_article(article, nlp(doc))

    return run


RELEASE = (
    "The Minister for Development Cooperation, Mr. Tomas Berglund, today announced new "
    "emergency assistance to Malawi after the floods in the south.\n\n"
    "Malawi's president declared a state of disaster in three districts last week.\n\n"
    "Sweden has supported Malawi's health system since 2010."
)


def test_an_unnamed_minister_giving_aid_to_a_state_is_not_that_states(code_text):
    events = code_text(RELEASE)
    aid = [e for e in events if e.event_type == "AID"]
    assert aid, [(e.event_type, countries(e.actor), countries(e.recipient)) for e in events]
    assert "MWI" not in countries(aid[0].actor)
    assert "MWI" in countries(aid[0].recipient)


DRILLS = (
    "Venezuela's navy began live-fire drills near the Essequibo coast on Monday.\n\n"
    "Venezuela said the drills would last a week and were purely defensive.\n\n"
    "Guyana's opposition called the drills dangerous.\n\n"
    "Foreign Minister Pablo Ortiz Lema said the drills were a provocation and demanded that "
    "Caracas halt them at once."
)


def test_an_unnamed_minister_demanding_that_a_state_act_is_not_that_states(code_text):
    events = code_text(DRILLS)
    demand = [
        e for e in events if e.event_type == "REQUEST" and "Ortiz" in e.evidence.sentence_text
    ]
    assert demand, [
        (e.event_type, countries(e.actor), e.evidence.sentence_text[:40]) for e in events
    ]
    assert "VEN" not in countries(demand[0].actor)
