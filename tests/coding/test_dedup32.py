"""One act told twice in a sentence, once aimed abroad and once back at the doer's own state:
a complaint, a meeting or a show of backing aimed only at the doer's own state beside one of
the same type aimed at another party is the same act read again (rule
same_act.own_state_target, coding/own_readings.py; branch dup32, issues #11/#12). Invented
stories."""

from __future__ import annotations

from support import code_story


def _states(actors) -> set[str]:
    return {a.country for a in actors if a.country}


def _of(mentions, kind: str, doer: str) -> list:
    return [m for m in mentions if m.event_type == kind and _states(m.actor) == {doer}]


def test_a_complaint_about_harm_to_its_own_people_is_the_accusation_abroad(nlp):
    text = (
        "HANOI, May 10 - Vietnam's foreign ministry condemned the attack on Vietnamese "
        "fishermen near the Paracel Islands and accused China of violating its sovereignty."
    )
    mentions, dropped = code_story(nlp, text)
    accuse = _of(mentions, "ACCUSE", "VNM")
    assert [_states(m.recipient) for m in accuse] == [{"CHN"}]
    # the merged telling is recorded, and the kept act names it
    assert dropped["condemned"].rule == "same_act.own_state_target"
    assert "accused" in dropped["condemned"].why
    assert "[same_act.own_state_target]" in accuse[0].explanation
    assert "condemned" in accuse[0].explanation


def test_a_denunciation_of_how_its_traders_are_treated_is_one_complaint(nlp):
    text = (
        "ACCRA, May 10 - Ghana's foreign ministry denounced the treatment of Ghanaian traders "
        "in Lagos as unacceptable and accused Nigeria of breaking regional trade rules."
    )
    mentions, dropped = code_story(nlp, text)
    assert [_states(m.recipient) for m in _of(mentions, "ACCUSE", "GHA")] == [{"NGA"}]
    assert dropped["denounced"].rule == "same_act.own_state_target"


def test_talks_that_a_reception_was_for_are_the_reception(nlp):
    text = (
        "LIMA, May 10 - President Ana Flores received Ecuador's top diplomat at the palace on "
        "Friday for talks on refugees stuck on the frontier between the two states."
    )
    mentions, dropped = code_story(nlp, text)
    consult = _of(mentions, "CONSULT", "PER")
    assert [_states(m.recipient) for m in consult] == [{"ECU"}]
    assert dropped["talks"].rule == "same_act.own_state_target"
    assert "talks" in consult[0].explanation


def test_an_appeal_to_its_own_citizens_beside_one_abroad_stays(nlp):
    text = (
        "BAMAKO, May 10 - China's embassy asked Mali's authorities to find the kidnapped "
        "engineers and urged Chinese citizens to leave the region."
    )
    mentions, dropped = code_story(nlp, text)
    assert {"MLI"} in [_states(m.recipient) for m in _of(mentions, "REQUEST", "CHN")]
    assert not any(d.rule == "same_act.own_state_target" for d in dropped.values())


def test_a_complaint_at_home_with_no_act_abroad_stays(nlp):
    text = (
        "ACCRA, May 10 - Ghana's main opposition party denounced the treatment of Ghanaian "
        "traders by the police as unacceptable."
    )
    _, dropped = code_story(nlp, text)
    assert not any(d.rule == "same_act.own_state_target" for d in dropped.values())
