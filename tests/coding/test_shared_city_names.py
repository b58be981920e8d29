"""A city name several states share, read with no clue from the story: a city far larger than
its namesakes is meant, and of cities of like size the European original that settlers abroad
named their towns after ("Valencia" is Spain's city, not Venezuela's somewhat larger one;
"Worcester" England's, not the Massachusetts city). A story that names the other state still
gets that state's city. Every sentence is invented for these tests."""

from __future__ import annotations

import pytest

from communique.places import geocode
from communique.places.gazetteer import place_country
from support import countries


@pytest.mark.parametrize(
    ("name", "iso"),
    [
        ("Valencia", "ESP"),  # Venezuela's city is larger, but not three times
        ("Salamanca", "ESP"),
        ("Cádiz", "ESP"),
        ("Orléans", "FRA"),
        ("Gloucester", "GBR"),
        ("Worcester", "GBR"),
        ("Warwick", "GBR"),
    ],
)
def test_a_european_original_beats_a_namesake_of_like_size(name, iso):
    assert place_country(name) == iso
    assert geocode(name).country == iso


@pytest.mark.parametrize(
    ("name", "iso"),
    [
        ("Cordoba", "ARG"),  # Argentina's city is over six times Spain's
        ("Cartagena", "COL"),
        ("Birmingham", "GBR"),
        ("Santiago", "CHL"),
    ],
)
def test_a_far_larger_city_is_still_meant(name, iso):
    assert place_country(name) == iso


def test_the_storys_own_state_still_comes_first():
    assert place_country("Valencia", {"VEN"}) == "VEN"
    assert geocode("Worcester", {"USA"}).country == "USA"
    assert geocode("Salamanca", {"MEX"}).country == "MEX"


def test_police_of_a_shared_city_name_are_the_originals_states(code):
    found = code("Police in Valencia detained 14 people on Tuesday after a march against rents.")
    coerce = [m for m in found if m.event_type == "COERCE"]
    assert coerce and countries(coerce[0].actor) == {"ESP"}
    found = code("Police in Cadiz seized a cocaine shipment and arrested nine suspects on Monday.")
    assert found and countries(found[0].actor) == {"ESP"}
    found = code(
        "Police in Worcester arrested two men after clashes at a council meeting on Friday."
    )
    assert found and countries(found[0].actor) == {"GBR"}


def test_a_named_state_keeps_its_city(code):
    found = code(
        "Venezuelan troops in Valencia detained 14 people on Tuesday after a march against fuel prices."
    )
    coerce = [m for m in found if m.event_type == "COERCE"]
    assert coerce and countries(coerce[0].actor) == {"VEN"}
