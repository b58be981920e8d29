"""Acts of violence told as a noun with an "of" victim and a "by" doer (branch nounacts, rule
trigger.people_object; triggers.tsv rows torching / burning / rape as nouns). Sentences written
for these tests."""

from __future__ import annotations

import pytest


def _events(code, text, plover):
    return [m for m in code(text, "2024-03-04") if m.event_type == plover]


@pytest.mark.parametrize(
    ("text", "doer", "victim"),
    [
        # a victim word no row lists: any role the actor finder knows
        (
            "The lynching of an alleged pickpocket by a crowd in Uganda drew condemnation.",
            "crowd",
            "pickpocket",
        ),
        (
            "The rape of nine women by militiamen in Congo was documented by the UN.",
            "militiamen",
            "women",
        ),
    ],
)
def test_noun_act_with_people_victim(code, text, doer, victim):
    found = _events(code, text, "ASSAULT")
    assert found, text
    m = found[0]
    assert any(a.text == doer for a in m.actor)
    assert any(r.text == victim for r in m.recipient)


def test_burning_of_homes_is_arson(code):
    text = "The burning of dozens of homes by soldiers in Rakhine was condemned by its neighbours."
    found = _events(code, text, "ASSAULT")
    assert found and found[0].cameo == "1712"
    assert any(a.text == "soldiers" for a in found[0].actor)


def test_torching_of_shops_is_an_event(code):
    text = "The torching of twelve shops by soldiers in Sudan has been condemned."
    found = [m for m in code(text, "2024-03-04") if m.cameo in ("1712", "145")]
    assert found


@pytest.mark.parametrize(
    "text",
    [
        "The burning of calories by runners in Kenya is faster in the heat, doctors said.",
        "The killing of the bill by senators in Kenya angered farmers.",
        "The rape of the land by mining firms in Peru was the theme of her speech.",
    ],
)
def test_figurative_noun_is_no_attack(code, text):
    assert not _events(code, text, "ASSAULT"), text
