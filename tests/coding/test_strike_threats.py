"""A threat to strike made by people in the street is a threat of protest, not of force.

The trigger rows of threatening and warning read "strike" as a military strike (CAMEO 138,
threaten with military force). Workers, teachers, nurses or a union that threaten to strike
threaten to stop work: the CAMEO codebook codes that as threatening political dissent or
protest (133), rule recode.crowd_strike_threat. A state's or an army's threat to strike stays a
threat of force."""

from __future__ import annotations

import pytest


def _threats(ms):
    found = [m for m in ms if m.event_type == "THREATEN"]
    assert found, [(m.event_type, m.explanation) for m in ms]
    return found


@pytest.mark.parametrize(
    "text",
    [
        "The Freedonian teachers' union warned it would strike next month if the government "
        "did not raise salaries.",
        "Nurses in Ruritania threatened a nationwide strike if the health ministry cut their pay.",
        "Hospital doctors in Freedonia warned they would go on strike if the government cut "
        "their allowances.",
    ],
    ids=["union_warned_it_would_strike", "nurses_threatened_a_strike", "doctors_go_on_strike"],
)
def test_workers_threatening_to_strike_threaten_protest(code, text):
    for m in _threats(code(text)):
        assert m.cameo == "133", m.explanation
        assert "[recode.crowd_strike_threat]" in m.explanation


def test_an_army_threatening_to_strike_still_threatens_force(code):
    ms = code("Ruritania's army threatened to strike rebel positions in the north.")
    for m in _threats(ms):
        assert m.cameo == "138", m.explanation
        assert "crowd_strike_threat" not in m.explanation
