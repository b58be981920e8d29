"""A direct question whose question word is the act's own subject or object asks for a party
and states no act (rule filter.asked_party): an explainer's subheading. Invented text."""

from __future__ import annotations

from support import code_story


def test_question_for_the_target_is_no_accusation(nlp):
    text = "Who does Poland blame?\n\nPoland accused Belarus on Monday of sending the balloons."
    mentions, dropped = code_story(nlp, text, "2026-05-04")
    assert [(m.sentence, m.event_type) for m in mentions] == [(1, "ACCUSE")]
    assert dropped["blame"].rule == "filter.asked_party"


def test_question_taking_the_act_as_given_still_codes_it(nlp):
    text = "Why did Estonia expel the diplomats?\n\nEstonia expelled two Russian diplomats."
    mentions, _ = code_story(nlp, text, "2026-05-04")
    assert 0 in {m.sentence for m in mentions}
