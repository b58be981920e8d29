"""One restrictive measure told with several words in one sentence is one act: sanctions, an
embargo, a cut in relations and an administrative ban by the same doers, told in one breath
and not aimed at two different foreign parties (rule same_act.one_measure,
coding/one_measure.py; branch dedup35, issues #11/#12). Invented stories."""

from __future__ import annotations

from support import code_story


def _states(actors) -> set[str]:
    return {a.country for a in actors if a.country}


def _measures(mentions, doer: str) -> list:
    return [
        m for m in mentions if m.event_type in ("SANCTION", "COERCE") and _states(m.actor) == {doer}
    ]


def test_frozen_accounts_and_a_trade_bar_are_one_package(nlp):
    text = (
        "OTTAWA, May 10 - Canada froze the bank accounts of four Iranian generals on Monday "
        "and barred Canadian companies from trading with the men."
    )
    mentions, dropped = code_story(nlp, text)
    kept = _measures(mentions, "CAN")
    # the package is aimed at Iran; the companies named are who must obey it
    assert [(m.event_type, _states(m.recipient)) for m in kept] == [("SANCTION", {"IRN"})]
    lost = next(d for d in dropped.values() if d.rule == "same_act.one_measure")
    assert "barred" in lost.trigger
    assert "[same_act.one_measure]" in kept[0].explanation
    assert "barred" in kept[0].explanation


def test_a_participle_spelling_out_new_sanctions_is_the_same_act(nlp):
    text = (
        "LONDON, May 10 - Britain unveiled new sanctions against Myanmar's junta on Tuesday, "
        "banning exports of aviation fuel to the country."
    )
    mentions, dropped = code_story(nlp, text)
    kept = _measures(mentions, "GBR")
    assert [(m.event_type, _states(m.recipient)) for m in kept] == [("SANCTION", {"MMR"})]
    assert any(d.rule == "same_act.one_measure" for d in dropped.values())


def test_a_closed_frontier_and_the_suspended_crossings_are_one_measure(nlp):
    text = (
        "SANTIAGO, May 10 - Chile shut its frontier with Bolivia on Sunday, suspending all "
        "cargo crossings for a month."
    )
    mentions, _ = code_story(nlp, text)
    assert len(_measures(mentions, "CHL")) == 1


def test_measures_on_two_foreign_parties_or_other_acts_stay_apart(nlp):
    # one package told twice is one act ...
    one, _ = code_story(
        nlp,
        "OTTAWA, May 10 - Canada froze the bank accounts of four Iranian generals on Monday "
        "and barred Canadian companies from trading with the men.",
    )
    assert len(_measures(one, "CAN")) == 1
    # ... but sanctions on one state and a ban on another's ships are two acts
    two, _ = code_story(
        nlp,
        "OTTAWA, May 10 - Canada imposed sanctions on Iran and banned North Korean ships from "
        "its ports.",
    )
    assert sorted(tuple(_states(m.recipient)) for m in _measures(two, "CAN")) == [
        ("IRN",),
        ("PRK",),
    ]
    # and arrests beside an expulsion are no restrictive measures: both stay
    police, _ = code_story(
        nlp,
        "LAGOS, May 10 - Police arrested forty protesters in Lagos and expelled two British "
        "reporters.",
    )
    assert {m.cameo[:3] for m in _measures(police, "NGA")} == {"173", "174"}
