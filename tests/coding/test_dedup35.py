"""An untargeted remark told in one breath with a targeted act of the same doer is part of that
statement, not an interaction of its own (rule same_act.untargeted_aside,
coding/untargeted_asides.py; branch dedup35, issues #11/#12). Invented stories."""

from __future__ import annotations

from support import code_story


def _states(actors) -> set[str]:
    return {a.country for a in actors if a.country}


def _by(mentions, doer: str) -> list:
    return [m for m in mentions if _states(m.actor) == {doer}]


def test_a_show_of_backing_aimed_at_no_one_is_part_of_the_condemnation(nlp):
    text = (
        "OTTAWA, May 10 - Canada's foreign minister condemned Russia's missile strikes on Kyiv "
        "and said Ottawa stood with its friends."
    )
    mentions, dropped = code_story(nlp, text)
    kept = _by(mentions, "CAN")
    assert [(m.event_type, _states(m.recipient)) for m in kept] == [("ACCUSE", {"RUS"})]
    lost = next(d for d in dropped.values() if d.rule == "same_act.untargeted_aside")
    assert "stood" in lost.trigger
    # the kept act names the remark it absorbed
    assert "[same_act.untargeted_aside]" in kept[0].explanation
    assert "stood" in kept[0].explanation


def test_a_vow_with_no_target_beside_a_rejection_is_one_statement(nlp):
    text = (
        "SANTIAGO, May 10 - Chile's government rejected Bolivia's claim on Monday and vowed to "
        "defend its coastline."
    )
    mentions, _ = code_story(nlp, text)
    assert [(m.event_type, _states(m.recipient)) for m in _by(mentions, "CHL")] == [
        ("REJECT", {"BOL"})
    ]


def test_targeted_acts_and_meetings_stay_beside_the_rule(nlp):
    # the untargeted vow goes ...
    vow, _ = code_story(
        nlp,
        "SANTIAGO, May 10 - Chile's government rejected Bolivia's claim on Monday and vowed to "
        "defend its coastline.",
    )
    assert {m.event_type for m in _by(vow, "CHL")} == {"REJECT"}
    # ... a promise with a target of its own stays beside the meeting
    met, _ = code_story(
        nlp,
        "ACCRA, May 10 - Ghana's trade minister held talks with her Togolese counterpart in "
        "Lome and pledged to keep working together.",
    )
    assert {m.event_type for m in _by(met, "GHA")} == {"CONSULT", "AGREE"}
    # ... and two states acting together need no target
    joint, _ = code_story(
        nlp,
        "Peru and Ecuador agreed on Friday to share customs data and met in Quito.",
    )
    assert {m.event_type for m in joint} >= {"AGREE", "CONSULT"}
