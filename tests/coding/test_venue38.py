"""A place is where, not whom: a sanction is laid on another side, so a place of the doer's own
state named with the sanction tells where the doer announced or acted, not its target (rule
recipient.own_place_not_sanctioned). A place abroad stays the target. Sentences invented for
these tests."""

from __future__ import annotations

import pytest


def _sanctions(code, text):
    return [m for m in code(text, "2024-03-15") if m.event_type == "SANCTION"]


def _targets(m):
    return {a.country for a in m.recipient}


@pytest.mark.candidates("checks the target of a reading that is below the default threshold")
def test_own_city_where_tariffs_were_announced_is_no_target(code):
    text = (
        "Chile accused Peru of dumping copper on its market. Chile's trade minister announced "
        "new tariffs in Valparaiso on Monday."
    )
    found = [m for m in _sanctions(code, text) if m.sentence == 1]
    assert found, "the announced tariffs are still read"
    assert all("CHL" not in _targets(m) for m in found), [_targets(m) for m in found]
    assert any("recipient.own_place_not_sanctioned" in m.explanation for m in found), (
        "the dropped place is explained"
    )


def test_own_city_with_the_target_named_keeps_the_target(code):
    # guard: the target named with 'on' stays, whatever city it was announced in
    found = _sanctions(
        code, "Chile's trade minister announced new tariffs on Peruvian copper in Valparaiso."
    )
    assert found and all(_targets(m) == {"PER"} for m in found), [_targets(m) for m in found]


@pytest.mark.parametrize(
    ("text", "target"),
    [
        pytest.param("Chile closed its embassy in Lima on Tuesday.", "PER", id="embassy_abroad"),
        pytest.param(
            "Chile suspended its aid programmes in Bolivia after the vote.",
            "BOL",
            id="aid_abroad",
        ),
    ],
)
def test_a_place_abroad_stays_the_target_of_a_sanction(code, text, target):
    # guard: a sanction carried out in another state is aimed at that state
    found = _sanctions(code, text)
    assert found and all(_targets(m) == {target} for m in found), [_targets(m) for m in found]


def test_capital_as_speaker_keeps_its_state(code):
    # guard: a capital that speaks stands for its government
    found = [m for m in code("Moscow said it would expel two Polish diplomats.", "2024-03-15")]
    assert found and all({a.country for a in m.actor} == {"RUS"} for m in found)


# A vessel's owner or flag state is the victim's: armed men or criminals who seize or attack it
# take no country from it when the story names none of theirs (rule mention.guess_not_target).


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "Pirates seized a Greek-owned tanker in the Indian Ocean on Tuesday.", id="owned"
        ),
        pytest.param(
            "Armed men boarded a Maltese-registered bulk carrier on Thursday.", id="registered"
        ),
    ],
)
def test_vessel_owner_state_is_not_the_attackers(code, text):
    found = [m for m in code(text, "2024-03-15") if m.event_type in ("COERCE", "ASSAULT")]
    assert found
    for m in found:
        # an open registry's flag names no party at all (mention.flag_compound, forbidden44)
        owner = {a.country for a in m.recipient} | {"MLT"}
        assert not owner & {a.country for a in m.actor}, m.explanation


def test_a_state_s_coast_guard_seizing_a_flagged_boat_keeps_both_sides(code):
    # guard: a named state's force keeps its state; the flag state stays the target
    found = [
        m
        for m in code("The Greek coast guard seized a Turkish-flagged fishing boat.", "2024-03-15")
        if m.event_type == "COERCE"
    ]
    assert found
    assert {a.country for m in found for a in m.actor} == {"GRC"}
    assert {a.country for m in found for a in m.recipient} == {"TUR"}
