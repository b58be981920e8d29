"""A direct question whose question word is the act's own subject or object asks for a party
and states no act (rule filter.asked_party): an explainer's subheading. Invented text."""

from __future__ import annotations

import pytest


@pytest.fixture(scope="module")
def nlp():
    from communique.nlp import get_nlp

    return get_nlp()


def _code(nlp, text: str):
    from communique.coding import code_article
    from communique.model import Article

    doc = nlp(text)
    mentions = code_article(Article(text=text, id="ask", published="2026-05-04"), doc)
    return mentions, {d.trigger: d.rule for d in doc._.communique_dropped}


def test_question_for_the_target_is_no_accusation(nlp):
    text = "Who does Poland blame?\n\nPoland accused Belarus on Monday of sending the balloons."
    mentions, dropped = _code(nlp, text)
    assert [(m.sentence, m.event_type) for m in mentions] == [(1, "ACCUSE")]
    assert dropped["blame"] == "filter.asked_party"


def test_question_taking_the_act_as_given_still_codes_it(nlp):
    text = "Why did Estonia expel the diplomats?\n\nEstonia expelled two Russian diplomats."
    mentions, _ = _code(nlp, text)
    assert 0 in {m.sentence for m in mentions}
