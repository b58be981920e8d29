"""One act told twice in a sentence: a second reading aimed back at the doer's own side is no
second event (coding/own_readings.py, rule filter.own_side_reading; branch dedup, issues
#11/#12). Invented stories."""

from __future__ import annotations

from support import code_story


def _states(actors) -> set[str]:
    return {a.country for a in actors if a.country}


def test_backing_its_own_ambassador_beside_the_rejection_is_one_act(nlp):
    text = (
        "SANTIAGO, May 10 - The Chilean foreign ministry said it stood firmly behind its "
        "ambassador and rejected Bolivia's complaint about his remarks."
    )
    mentions, dropped = code_story(nlp, text)
    chile = [m for m in mentions if _states(m.actor) == {"CHL"}]
    assert [(m.event_type, _states(m.recipient)) for m in chile] == [("REJECT", {"BOL"})]
    # the merged telling is recorded, and the kept act names it
    assert dropped["stood … behind"].rule == "filter.own_side_reading"
    assert "rejected" in dropped["stood … behind"].why
    assert "[filter.own_side_reading]" in chile[0].explanation
    assert "stood … behind" in chile[0].explanation


def test_a_protest_over_its_own_airspace_is_not_aimed_at_itself(nlp):
    text = (
        "RIGA, May 10 - Latvia's foreign ministry summoned Russia's ambassador on Monday and "
        "handed her a protest note over a violation of Latvian airspace by a drone."
    )
    mentions, dropped = code_story(nlp, text)
    assert not [
        m for m in mentions if _states(m.actor) == {"LVA"} and "LVA" in _states(m.recipient)
    ]
    assert any(
        m.event_type == "ACCUSE" and _states(m.actor) == {"LVA"} and _states(m.recipient) == {"RUS"}
        for m in mentions
    )
    # dropped as aimed at Latvia itself, or (with the drone's act as what the protest is about,
    # branch recipients2) as the same protest to Russia as the summons
    assert dropped["handed … protest"].rule in ("filter.own_side_reading", "filter.duplicate")


def test_a_domestic_act_named_by_a_noun_beside_a_foreign_one_stays(nlp):
    text = (
        "QUITO, May 10 - Ecuador's government detained its own former defence minister on "
        "Monday and accused Peru of sheltering his associates."
    )
    mentions, _ = code_story(nlp, text)
    kinds = {(m.event_type, frozenset(_states(m.recipient))) for m in mentions}
    assert ("ACCUSE", frozenset({"PER"})) in kinds
    assert ("COERCE", frozenset({"ECU"})) in kinds


def test_backing_its_own_envoy_with_no_other_act_stays(nlp):
    text = "SANTIAGO, May 10 - The Chilean foreign ministry said it stood firmly behind its ambassador."
    mentions, dropped = code_story(nlp, text)
    assert "stood … behind" not in dropped or dropped["stood … behind"].rule != (
        "filter.own_side_reading"
    )


def test_a_visit_and_talks_on_another_day_are_two_acts(nlp):
    text = (
        "MUSCAT, May 10 - Oman's foreign minister arrived in Tehran on Tuesday for a two-day "
        "visit and held talks with Iran's president on Wednesday."
    )
    mentions, _ = code_story(nlp, text)
    days = sorted(
        m.date
        for m in mentions
        if m.event_type == "CONSULT"
        and _states(m.actor) == {"OMN"}
        and _states(m.recipient) == {"IRN"}
    )
    assert days == ["2026-05-05", "2026-05-06"]


def test_a_visit_told_twice_on_one_day_is_one_act(nlp):
    text = (
        "MUSCAT, May 10 - Oman's foreign minister arrived in Tehran on Tuesday for a visit and "
        "held talks with Iran's president."
    )
    mentions, dropped = code_story(nlp, text)
    consult = [m for m in mentions if m.event_type == "CONSULT" and _states(m.actor) == {"OMN"}]
    assert len(consult) == 1
    assert any(d.rule == "filter.duplicate" for d in dropped.values())


def test_a_restated_protest_dated_by_what_it_is_about_is_not_a_second_act(nlp):
    text = (
        "DHAKA, May 10 - Bangladesh's foreign ministry today summoned Myanmar's ambassador and "
        "lodged a strong protest over mortar shells that landed in a border village on 2 May, "
        "killing a farmer."
    )
    mentions, _ = code_story(nlp, text)
    accuse = [m for m in mentions if m.event_type == "ACCUSE" and _states(m.actor) == {"BGD"}]
    assert len(accuse) == 1
    assert _states(accuse[0].recipient) == {"MMR"}
