"""Wordings the news pages of bench/stories/pages showed coded wrongly, tested on other invented
sentences: aid flown in, high commissioners summoned or recalled, waters and
ports closed to another country."""

from __future__ import annotations

import pytest

from support import countries


def coded(code, text, event_type):
    return [m for m in code(text) if m.event_type == event_type]


@pytest.mark.parametrize(
    ("text", "actor", "recipient"),
    [
        ("Canada flew 30 tonnes of medical supplies to Haiti on Friday.", "CAN", "HTI"),
        ("Turkey flew tents and blankets to Syria after the floods.", "TUR", "SYR"),
        ("India flew relief supplies to Myanmar on Sunday.", "IND", "MMR"),
    ],
)
def test_flying_supplies_to_a_country_is_aid_not_a_visit(code, text, actor, recipient):
    found = coded(code, text, "AID")
    assert found, [m.explanation for m in code(text)]
    assert countries(found[0].actor) == {actor}, found[0].explanation
    assert countries(found[0].recipient) == {recipient}, found[0].explanation
    assert not coded(code, text, "CONSULT")


def test_a_leader_flying_to_a_capital_is_still_a_visit(code):
    found = coded(code, "The Kenyan president flew to Kampala on Monday.", "CONSULT")
    assert found and countries(found[0].recipient) == {"UGA"}


@pytest.mark.parametrize(
    ("text", "event_type", "actor", "recipient"),
    [
        ("Kenya on Monday summoned the Tanzanian high commissioner.", "ACCUSE", "KEN", "TZA"),
        ("Canada recalled its high commissioner to India.", "SANCTION", "CAN", "IND"),
        ("Ghana expelled the Nigerian deputy high commissioner.", "SANCTION", "GHA", "NGA"),
    ],
)
def test_high_commissioners_are_envoys(code, text, event_type, actor, recipient):
    found = coded(code, text, event_type)
    assert found, [m.explanation for m in code(text)]
    assert countries(found[0].actor) == {actor}, found[0].explanation
    assert countries(found[0].recipient) == {recipient}, found[0].explanation


@pytest.mark.parametrize(
    ("text", "actor", "recipient"),
    [
        ("Norway closed its waters to Russian trawlers on Tuesday.", "NOR", "RUS"),
        ("Turkey shut its ports to Israeli ships.", "TUR", "ISR"),
        ("Pakistan shut its border with Afghanistan on Sunday.", "PAK", "AFG"),
    ],
)
def test_waters_ports_and_borders_closed_to_a_country(code, text, actor, recipient):
    found = coded(code, text, "COERCE")
    assert found, [m.explanation for m in code(text)]
    assert countries(found[0].actor) == {actor}, found[0].explanation
    assert countries(found[0].recipient) == {recipient}, found[0].explanation


@pytest.mark.parametrize(
    ("text", "actor", "recipient"),
    [
        ("Belarus said Polish claims were lies and accused Warsaw of staging the incident.",
         "BLR", "POL"),
        ("China said the Philippine statement was groundless and accused Manila of provocation.",
         "CHN", "PHL"),
        ("Serbia said Croatian allegations were false and accused Zagreb of meddling.",
         "SRB", "HRV"),
    ],
)  # fmt: skip
def test_things_said_accuse_no_one_the_speaker_does(code, text, actor, recipient):
    found = [m for m in coded(code, text, "ACCUSE") if m.cameo == "112"]
    assert found, [m.explanation for m in code(text)]
    assert countries(found[0].actor) == {actor}, found[0].explanation
    assert countries(found[0].recipient) == {recipient}, found[0].explanation
