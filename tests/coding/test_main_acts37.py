"""The type of a sentence's main act (branch type37; issue #11 type accuracy).

- A charge told first ("X's ministry said Y's troops had shelled its posts") is the sentence's
  main act: the accusation (CAMEO 112) ranks above the act it reports, which keeps its own event
  (rule trigger.main_over_reported). A closing reporting tag ("..., X's officials said") only
  names the news's source: the act stays the top reading.
- An act two countries' forces or agencies do together ("jointly", "together", "side by side",
  "a joint / combined offensive") is cooperation between them (CAMEO 06x, PLOVER COOPERATE; rule
  recode.joint_act); the same act without such a word, or done by one state, keeps its type, and
  two sides fighting each other stay conflict.
"""

from __future__ import annotations

import pytest


def _top(found):
    return max(found, key=lambda m: m.confidence) if found else None


def _show(found):
    return [
        (m.event_type, m.cameo, m.confidence, [p.country for p in m.actor], m.evidence.trigger)
        for m in found
    ]


def test_a_charge_told_first_is_the_main_act(code):
    text = "Kazakhstan's defence ministry said Kyrgyz troops had fired on its border post."
    found = code(text, "2025-03-12")
    top = _top(found)
    assert top is not None and top.event_type == "ACCUSE", _show(found)
    assert [p.country for p in top.actor] == ["KAZ"], _show(found)
    assert "trigger.main_over_reported" in top.explanation
    # the act told keeps its own event
    assert any(m.event_type == "ASSAULT" for m in found), _show(found)


def test_a_closing_reporting_tag_leaves_the_act_on_top(code):
    text = (
        "Kyrgyz troops fired on a Kazakh border post overnight, Kazakhstan's defence ministry said."
    )
    found = code(text, "2025-03-12")
    top = _top(found)
    assert top is not None and top.event_type == "ASSAULT", _show(found)


@pytest.mark.parametrize(
    "text",
    [
        "Chadian and Nigerien soldiers mounted a joint offensive on militant camps near the lake.",
        "Chilean and Peruvian police jointly arrested six smugglers at the border.",
        "Thai and Malaysian navies patrolled the strait together for the first time.",
        "Spanish and Portuguese coast guards jointly rescued 40 fishermen off Galicia on Sunday.",
    ],
)
def test_an_act_done_together_by_two_countries_is_cooperation(code, text):
    found = code(text, "2025-03-12")
    top = _top(found)
    assert top is not None and top.event_type == "COOPERATE", _show(found)
    assert "recode.joint_act" in top.explanation
    assert len({p.country for p in top.actor}) >= 2, _show(found)


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # no word of doing it together
        ("Chadian and Nigerien troops attacked militants near the lake.", "ASSAULT"),
        # one state's forces
        ("Chadian soldiers mounted a joint offensive on militant camps near the lake.", "ASSAULT"),
        # two sides fighting each other
        ("Chadian and Nigerien troops exchanged fire near the lake.", "ASSAULT"),
        # a statement made together keeps its type
        ("Chile and Peru jointly condemned the attack on the embassy.", "ACCUSE"),
    ],
)
def test_guards_keep_their_reading(code, text, kind):
    found = code(text, "2025-03-12")
    top = _top(found)
    assert top is not None and top.event_type == kind, _show(found)


@pytest.mark.parametrize(
    ("text", "giver"),
    [
        ("A Chilean banker was extradited from Spain to Santiago on Monday.", "ESP"),
        ("The extradition of a Kenyan arms dealer from Belgium to Nairobi ended on Friday.", "BEL"),
    ],
)
def test_the_state_a_person_is_extradited_from_gives_them_up(code, text, giver):
    found = code(text, "2025-03-12")
    coop = [m for m in found if m.event_type == "COOPERATE"]
    assert coop and [p.country for p in coop[0].actor] == [giver], _show(found)
    assert "actor.handover_origin" in coop[0].explanation
    assert giver not in [p.country for p in coop[0].recipient], _show(found)


def test_an_extradition_with_no_origin_named_guesses_no_giver(code):
    found = code("A Chilean banker was extradited to Santiago on Monday.", "2025-03-12")
    assert not [m for m in found if "actor.handover_origin" in m.explanation], _show(found)
