"""Violence, abductions and strikes told inside other wording (branch unrest38, issue #11).

- A complaint or an inquiry about an act only planned, alleged or blamed on someone stays the
  sentence's top reading.
- A verb of seizing is read by its object: people seized are abducted (CAMEO 181) or, by police,
  arrested (173); things seized, even when owned by people the pattern names, are property
  (171) (rules recode.people_seized, recode.things_seized).
- A hyphenated compound of the lexicon that the tokenizer split ("a go-slow", "a
  work-to-rule") is looked up as one word (rule trigger.hyphen_compound).
- A reported act of force or coercion with no doer named and its victims in its own "of"
  phrase is kept unattributed (rule actor.unattributed_reported); a plural is a series.

All sentences are invented for these tests.
"""

from __future__ import annotations

import pytest


def _top(found):
    return max(found, key=lambda m: m.confidence) if found else None


def _show(found):
    return [(m.event_type, m.cameo, m.confidence, m.evidence.trigger) for m in found]


@pytest.mark.parametrize(
    "text",
    [
        # a plan, a claim or a blame: no act told as done
        "The union in Malawi condemned the plan to arrest its leaders.",
        "Police in Peru are investigating claims of torture at a jail in Cusco.",
        "The government of Mali blamed rebels for the attack on the convoy near Gao.",
    ],
)
def test_complaints_about_untold_acts_stay_on_top(code, text):
    found = code(text)
    top = _top(found)
    assert top is None or top.event_type == "ACCUSE", _show(found)


@pytest.mark.parametrize(
    "text",
    [
        "Gunmen seized the mayor of a town in Niger's Tillaberi region.",
        "Gunmen seized a district judge on the road to Katsina.",
    ],
)
def test_people_seized_are_abducted(code, text):
    found = code(text)
    top = _top(found)
    assert top is not None and top.cameo == "181", _show(found)
    assert "recode.people_seized" in top.explanation


@pytest.mark.parametrize(
    ("text", "cameo"),
    [
        # things seized, owned by people a pattern word names: property
        ("Militants seized the lorries of three relief workers at a checkpoint in Mali.", "171"),
        # guards: property and police
        ("The coast guard seized a fishing boat off Senegal.", "171"),
        ("Police seized the opposition leader at his home in Lusaka.", "173"),
        # a body is no people; suspects seized are apprehended
        ("Mutinous troops seized the national radio station in Bamako.", "171"),
        ("Villagers near Isiolo seized a suspected cattle rustler at dawn.", "173"),
    ],
)
def test_things_seized_are_property(code, text, cameo):
    found = code(text)
    top = _top(found)
    assert top is not None and top.cameo == cameo, _show(found)


def test_sport_seizing_is_no_abduction(code):
    found = code("Ghana's striker seized the ball and scored against Nigeria.")
    assert not any(m.event_type == "ASSAULT" for m in found), _show(found)


@pytest.mark.parametrize(
    "text",
    [
        "Nurses in Kenya began a go-slow over unpaid wages.",
        "Port workers in Kenya staged a walk-out on Tuesday.",
    ],
)
def test_a_split_hyphenated_strike_noun_is_a_strike(code, text):
    found = code(text)
    top = _top(found)
    assert top is not None and top.event_type == "PROTEST" and top.cameo == "143", _show(found)


@pytest.mark.parametrize(
    "text",
    [
        "Traffic on the motorway out of Nairobi was go-slow all morning.",
        "The referee's slow-motion replay in Accra showed the foul.",
    ],
)
def test_other_hyphenated_words_are_no_strike(code, text):
    found = code(text)
    assert not any(m.event_type == "PROTEST" for m in found), _show(found)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The Malawian bar association condemned the arrest of two lawyers in Lilongwe.", "173"),
        ("Police in Ecuador are investigating the shooting of a taxi driver in Machala.", "193"),
    ],
)
def test_a_reported_act_with_no_doer_keeps_its_victims(code, text, expected):
    found = code(text)
    act = [m for m in found if m.cameo == expected]
    assert act and act[0].unattributed and act[0].recipient, _show(found)
    assert "actor.unattributed_reported" in act[0].explanation or (
        "actor.unattributed_detention" in act[0].explanation
    )
    # the complaint or inquiry stays coded
    assert any(m.event_type == "ACCUSE" for m in found), _show(found)


@pytest.mark.parametrize(
    "text",
    [
        "Police in Ecuador are investigating claims of the shooting of a grower in Machala.",
        "The riots that followed the arrest of the cleric in Lahore left five people dead.",
        # a plural counts a series of arrests, not one act
        "The vote passed. MEPs condemned the arrests of more than forty students in Minsk.",
    ],
)
def test_alleged_or_recalled_acts_with_no_doer_stay_uncoded(code, text):
    found = code(text)
    assert not any(m.unattributed and m.cameo in ("173", "193") for m in found), _show(found)
