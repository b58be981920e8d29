"""A noun act inside a denied claim of blame is no act told by the story (issue #12, branch
armed30, rule filter.denied_cause). Every sentence here is invented for the test."""

from __future__ import annotations

import pytest


def _types(found):
    return [(m.event_type, [p.country for p in m.actor]) for m in found]


@pytest.mark.parametrize(
    ("text", "blamed"),
    [
        ("Venezuela's government denied that American sanctions were to blame for the shortages.",
         "USA"),
        ("Syria's government rejected claims that Turkish strikes had caused the power cuts.",
         "TUR"),
        ("Damascus dismissed suggestions that Israeli air strikes were behind the fuel shortage.",
         "ISR"),
    ],
)  # fmt: skip
def test_blamed_noun_in_a_denial_is_no_act(code, text, blamed):
    found = _types(code(text))
    assert any(t == "REJECT" for t, _ in found)
    assert not any(blamed in actors for _, actors in found), found


def test_denied_outcome_of_an_attack_keeps_the_attack(code):
    """The denial is of what the strikes hit, not of blame: the strikes stay."""
    found = _types(code("Kyiv denied that Russian strikes had hit a hospital."))
    assert ("ASSAULT", ["RUS"]) in found


def test_condemned_strikes_that_caused_harm_stay(code):
    found = _types(code("Moscow condemned the Ukrainian strikes that caused the blackout."))
    assert ("ASSAULT", ["UKR"]) in found


# "on charges of spying for X": X is whom the crime served, not the target (rule
# recipient.charge_content)
@pytest.mark.parametrize(
    ("text", "served"),
    [
        ("A court in Baku sentenced the poet on charges of espionage for Armenia.", "ARM"),
        ("Prosecutors in Vilnius indicted the driver on charges of sabotage for Russia.", "RUS"),
    ],
)
def test_state_served_by_a_charged_crime_is_no_target(code, text, served):
    found = [(m.event_type, [p.country for p in m.recipient]) for m in code(text)]
    assert found, "the sentence or arrest is coded"
    assert not any(served in recipients for _, recipients in found), found


def test_target_after_against_stays(code):
    """A charge noun's 'against' phrase still names whom the case is brought against."""
    found = [
        [p.country for p in m.recipient]
        for m in code("Ukraine filed charges against Russia at the international court.")
    ]
    assert ["RUS"] in found, found
