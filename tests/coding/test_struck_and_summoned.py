"""Two trigger senses read from dictionary and diplomatic knowledge. The transitive verb
"strike" is to hit or attack something (Merriam-Webster); the labour strike is its intransitive
sense, so warplanes that "struck a school" attack it, and workers who "struck for pay" protest.
Summoning the head of a mission of another title than "ambassador" (the EU's "delegation", a
nuncio: Vienna Convention on Diplomatic Relations art. 14) is the same formal protest (CAMEO 114).
Sentences written for these tests."""

from __future__ import annotations


def _by_trigger(code, text: str, trigger: str, published: str = "2026-05-08"):
    return [e for e in code(text, published) if e.evidence.trigger.startswith(trigger)]


def test_warplanes_that_struck_a_school_attacked_it(code):
    (m,) = _by_trigger(
        code, "Saudi-led aircraft struck a hospital in Yemen's Saada province.", "struck"
    )
    assert (m.event_type, m.cameo) == ("ASSAULT", "195"), m.explanation
    assert [a.country for a in m.recipient] == ["YEM"]


def test_gunmen_who_struck_a_market_attacked_it(code):
    (m,) = _by_trigger(code, "Gunmen struck a crowded market in Nigeria's Zamfara state.", "struck")
    assert m.event_type == "ASSAULT", m.explanation


def test_workers_who_struck_still_went_on_strike(code):
    (m,) = _by_trigger(code, "Teachers in Kenya struck for a third week over pay.", "struck")
    assert (m.event_type, m.cameo) == ("PROTEST", "143"), m.explanation


def test_a_bargain_struck_is_an_agreement(code):
    (m,) = _by_trigger(
        code, "Chile and Peru struck a bargain on fishing rights on Monday.", "struck"
    )
    assert m.event_type != "PROTEST", m.explanation
    assert m.cameo == "057"


def test_summoning_the_head_of_the_eu_delegation_is_a_protest(code):
    (m,) = _by_trigger(code, "Mexico summoned the head of the EU delegation on Monday.", "summoned")
    assert (m.event_type, m.cameo) == ("ACCUSE", "114"), m.explanation
    assert [a.country for a in m.actor] == ["MEX"]
    assert [a.country for a in m.recipient] == ["EUR"]


def test_summoning_a_delegation_of_fans_is_no_protest(code):
    assert not _by_trigger(
        code, "The coach summoned a delegation of fans to the stadium.", "summoned"
    )
