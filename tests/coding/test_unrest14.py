"""Unrest wording families of the unrest14 branch: marches told by verbs of going with a
demand as their aim or protesters as their subject, evictions told in the passive, detention
told as time behind bars or in a cell, acts done "without" (not done), self-immolation by
everyday people, mob arson of homes and places of worship (an attack, not a riot), and
people grabbed (an abduction)."""

from __future__ import annotations

import pytest


def _types(ms):
    return [(m.event_type, m.cameo, m.modality) for m in ms]


def _asserted(ms, kind):
    return [m for m in ms if m.event_type == kind and m.modality == "asserted"]


def _top(ms):
    return max(ms, key=lambda m: m.confidence) if ms else None


@pytest.mark.parametrize(
    "text",
    [
        "Retired dockers walked to the port authority in Genoa to demand their pensions.",
        "Dairy farmers cycled into Brussels to denounce the new milk quotas.",
        "Striking nurses trekked from Kisumu to Nairobi to press for overdue allowances.",
    ],
)
def test_going_somewhere_to_demand_is_a_march(code, text):
    ms = code(text)
    assert any(m.event_type == "PROTEST" and m.cameo == "141" for m in ms), _types(ms)


@pytest.mark.parametrize(
    "text",
    [
        "The trade minister headed to Geneva to demand a better deal for exporters.",
        "Cyclists rode from Lyon to Paris to raise money for a hospice.",
    ],
)
def test_a_trip_with_an_aim_is_no_march(code, text):
    ms = code(text)
    assert not any(m.event_type == "PROTEST" for m in ms), _types(ms)


def test_protesters_surging_towards_a_palace_march(code):
    ms = code("Demonstrators surged towards the parliament in Skopje on Tuesday evening.")
    assert any(m.event_type == "PROTEST" for m in ms), _types(ms)


def test_shoppers_surging_into_a_mall_do_not_march(code):
    ms = code("Shoppers surged into the new mall in Skopje for the winter sales.")
    assert not any(m.event_type == "PROTEST" for m in ms), _types(ms)


@pytest.mark.parametrize(
    "text",
    [
        "Squatters were forcibly removed from a disused factory in Turin.",
        "Hawkers were cleared from the bus station in Accra before dawn.",
        "Dozens of tenants were thrown out of their flats in Nairobi.",
    ],
)
def test_evictions_in_the_passive_are_coercion(code, text):
    ms = code(text)
    assert any(m.event_type == "COERCE" for m in ms), _types(ms)


def test_a_complaint_thrown_out_is_no_eviction(code):
    ms = code("A court in Nairobi threw out the tenants' complaint against the landlord.")
    assert not any(m.event_type == "COERCE" for m in ms), _types(ms)


@pytest.mark.parametrize(
    "text",
    [
        "A Belarusian student has spent two years behind bars in Minsk.",
        "The poet has sat in a prison cell in Baku since March.",
    ],
)
def test_time_behind_bars_or_in_a_cell_is_detention(code, text):
    ms = code(text)
    assert any(m.event_type == "COERCE" and m.cameo == "173" for m in ms), _types(ms)


def test_a_night_in_a_bar_is_no_detention(code):
    ms = code("Two Kenyan fishermen spent the night in a bar in Kampala.")
    assert not any(m.event_type == "COERCE" for m in ms), _types(ms)


def test_an_act_done_without_is_not_done(code):
    ms = code("Police in Nairobi released the activist without charging him.")
    assert not _asserted(ms, "ACCUSE"), _types(ms)


@pytest.mark.parametrize(
    "text",
    [
        "A jobless graduate set himself alight outside a job centre in Gafsa.",
        "A nun set herself on fire near a monastery in Qinghai.",
        "A taxi driver poured petrol over himself outside parliament in Tbilisi.",
    ],
)
def test_self_immolation_by_everyday_people_is_a_protest(code, text):
    ms = code(text)
    assert any(m.event_type == "PROTEST" for m in ms), _types(ms)


@pytest.mark.parametrize(
    "text",
    [
        "A mob burned down the house of a village headman in Bihar.",
        "Rioters set fire to a mosque in the Nigerian city of Kaduna.",
    ],
)
def test_mob_arson_of_homes_and_places_of_worship_is_an_attack(code, text):
    ms = code(text)
    top = _top(ms)
    assert top is not None and top.event_type == "ASSAULT", _types(ms)


def test_mob_arson_of_cars_and_banks_stays_a_riot(code):
    ms = code("Rioters set fire to cars and a bank in the French city of Lyon.")
    top = _top(ms)
    assert top is not None and top.event_type == "PROTEST", _types(ms)


def test_people_grabbed_are_abducted(code):
    ms = code("Gunmen grabbed two engineers at a building site in Zamfara state, Nigeria.")
    assert any(m.event_type == "ASSAULT" and m.cameo == "181" for m in ms), _types(ms)


def test_grabbing_headlines_is_no_abduction(code):
    ms = code("The opposition party in Ghana grabbed the headlines with its new manifesto.")
    assert not any(m.event_type == "ASSAULT" for m in ms), _types(ms)


@pytest.mark.parametrize(
    "text",
    [
        "Agents picked up the reporter outside her office in Herat; she has not been seen since.",
        "The student has not been heard from since soldiers took him away from his school in Kayes.",
    ],
)
def test_a_taking_followed_by_no_sign_is_a_disappearance(code, text):
    ms = code(text)
    assert any(m.event_type == "ASSAULT" and m.cameo == "181" for m in ms), _types(ms)


def test_someone_else_missing_leaves_an_arrest_an_arrest(code):
    ms = code(
        "Police detained two reporters in Minsk, and a third reporter went missing last month"
        " while on holiday."
    )
    assert any(m.event_type == "COERCE" and m.cameo == "173" for m in ms), _types(ms)
    assert not any(m.cameo == "181" for m in ms), _types(ms)
