"""Sense checks (data/coding/senses.tsv): false friends of the lexicon in sport, business and
entertainment are no events, the political senses of the same words still are."""

from __future__ import annotations

import pytest

from communique.coding.senses import senses


def events(code, text):
    return [(m.event_type, m.cameo) for m in code(text)]


@pytest.mark.parametrize(
    "text",
    [
        "Japan beat Australia 3-1 in the final on Sunday.",
        "The Ruritanian minister suffered a heart attack on Monday.",
        "The director shot the film in Morocco last spring.",
        "Egypt hosted the African Cup of Nations in January.",
        "The visiting striker struck the ball past the keeper.",
        "The Kenyan defence minister demonstrated his resolve in a televised address.",
        "The Ghanaian president recognised that tariff cuts would help both economies.",
        "The Kenyan president recognised the contribution of Ugandan troops.",
    ],
)
def test_a_false_friend_is_no_event(code, text):
    assert events(code, text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Police beat protesters with batons in Minsk on Monday.", ("ASSAULT", "182")),
        ("Soldiers fired on protesters in Yangon on Sunday.", ("ASSAULT", "193")),
        ("Police shot two protesters in Nairobi on Friday.", ("ASSAULT", "193")),
        ("Egypt hosted talks between Israel and Hamas on Sunday.", ("CONSULT", "043")),
        ("Thousands of nurses demonstrated outside parliament in Accra.", ("PROTEST", "141")),
        ("Ghana formally recognised Kosovo as an independent state.", ("SUPPORT", "054")),
    ],
)
def test_the_political_sense_of_the_same_words_stays(code, text, expected):
    assert expected in events(code, text)


def test_a_labour_strike_is_a_protest_and_a_missile_strike_an_attack(code):
    assert events(code, "Teachers in Chile went on strike over pay on Monday.") == [
        ("PROTEST", "143")
    ]
    ms = code("Russian forces launched a missile strike on Kyiv on Tuesday.")
    assert [(m.event_type, m.cameo) for m in ms] == [("ASSAULT", "195")]
    assert all(m.event_type != "PROTEST" for m in ms)


def test_the_dropping_rule_names_the_sense_and_its_cue(nlp):
    from communique.coding import code_article
    from communique.model import Article

    text = "Japan beat Australia 3-1 in the final on Sunday."
    doc = nlp(text)
    code_article(Article(text=text, id="s"), doc)
    (d,) = [d for d in doc._.communique_dropped if d.rule == "filter.sense"]
    assert d.trigger == "beat" and "'game'" in d.why and "'final'" in d.why


def test_every_sense_row_is_readable():
    table = senses()
    assert {"beat", "attack", "strike", "fire", "charge", "shoot", "launch", "host"} <= set(table)
    assert all(row.context for rows in table.values() for row in rows)


def test_riot_police_are_police_not_a_riot(code):
    ms = code("Riot police fired tear gas at protesters in Dhaka on Monday.")
    assert [m.event_type for m in ms] == ["ASSAULT"], [m.explanation for m in ms]
    riot = code("A riot broke out in the prison in Quito on Monday.")
    assert [m.event_type for m in riot] == ["PROTEST"]
