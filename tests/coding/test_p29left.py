"""A standing relation told as the state of 'relations' (filter.standing_relation): no act."""

from __future__ import annotations

from communique.coding import code_article
from communique.model import Article


def _code(nlp, text):
    doc = nlp(text)
    return code_article(Article(text=text, id="t", published="2026-06-15"), doc), doc


def _dropped(doc, rule):
    return [d for d in doc._.communique_dropped if d.rule == rule]


def test_strained_since_a_year_is_no_sanction(nlp):
    text = (
        "Ghana held talks with Togo on Monday about the fishing row. "
        "Togo said it would send a delegation. "
        "Relations between Ghana and Burkina Faso have been strained since the coup in 2022."
    )
    mentions, doc = _code(nlp, text)
    assert not [m for m in mentions if m.sentence == 2 and m.event_type == "SANCTION"]
    assert _dropped(doc, "filter.standing_relation")


def test_strained_for_years_takes_no_story_counterpart(nlp):
    text = (
        "Chile summoned Peru's ambassador on Monday over the fishing row. "
        "Peru rejected the protest. "
        "Relations between Santiago and La Paz have been strained for years."
    )
    mentions, doc = _code(nlp, text)
    assert not [m for m in mentions if m.sentence == 2]
    assert _dropped(doc, "filter.standing_relation")


def test_acts_of_the_story_stay(nlp):
    text = (
        "Chile summoned Peru's ambassador on Monday over the fishing row. "
        "Peru rejected the protest. "
        "Relations between Santiago and La Paz have been strained for years."
    )
    mentions, _ = _code(nlp, text)
    assert [m for m in mentions if m.sentence == 1 and m.event_type == "REJECT"]
