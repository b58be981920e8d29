"""Fighting told without its sides, and the words for small fights and abductions: "heavy
fighting raged in X", "clashes erupted in Y" (an unattributed use of force in that place),
skirmishes and gun battles (CAMEO 190, 193), people snatched (CAMEO 181), scuffles between
protesters and police (CAMEO 145). Every text is written for these tests."""

from __future__ import annotations

import pytest

from support import by_type, countries, event_types


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Heavy fighting raged in the suburbs of Homs for a second day.", "SYR"),
        ("Fierce fighting erupted in the Sudanese city of Nyala on Sunday.", "SDN"),
        ("Fighting intensified around Kherson on Tuesday.", "UKR"),
    ],
)
def test_fighting_that_breaks_out_in_a_place_is_an_unattributed_assault(code, text, place):
    found = by_type(code(text), "ASSAULT")
    assert found.unattributed and not found.actor, found.explanation
    assert countries(found.recipient) == {place}, found.explanation
    assert "actor.unattributed_fighting" in found.explanation


def test_fighting_with_no_place_or_only_talked_of_is_no_event(code):
    assert code("Heavy fighting raged for a second day, officials said.") == []
    assert "ASSAULT" not in event_types(
        code("The fighting spirit of the team impressed its coach.")
    )


def test_skirmishes_and_gun_battles_are_uses_of_force(code):
    found = by_type(code("Indian and Chinese troops skirmished on the Ladakh border on Monday."),
                    "ASSAULT")  # fmt: skip
    assert found.cameo == "190"
    gunfight = by_type(code("A gunfight between Mexican soldiers and cartel members left five dead."),
                       "ASSAULT")  # fmt: skip
    assert gunfight.cameo == "193"


def test_people_snatched_are_abducted_and_a_snatched_victory_is_no_event(code):
    found = by_type(code("Gunmen snatched three Chinese engineers from a mine in Mali on Friday."),
                    "ASSAULT")  # fmt: skip
    assert found.cameo == "181"
    assert code("Kenya snatched a late victory over Uganda in the football final.") == []


def test_scuffles_with_police_are_a_violent_protest(code):
    found = by_type(
        code("Protesters scuffled with police outside the parliament in Tbilisi on Monday."),
        "PROTEST",
    )
    assert found.cameo == "145"
