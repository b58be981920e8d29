"""Unrest wording families of the unrest11 branch: vigils before the seat of an authority,
arson told as 'set ablaze', forcible returns, communications switched off, crowds rampaging
through a place, suicide attackers named by role, and a building stormed by a state's own
forces (a raid, not a riot)."""

from __future__ import annotations

import pytest


def _types(ms):
    return [(m.event_type, m.cameo) for m in ms]


@pytest.mark.parametrize(
    "text",
    [
        "Widows of the miners held a vigil outside the labour ministry in Lima on Sunday.",
        "Students kept a vigil outside the courthouse in Nairobi as the verdict was read.",
        "Relatives staged a silent vigil outside the police station in Lahore.",
    ],
)
def test_a_vigil_before_the_seat_of_an_authority_is_a_protest(code, text):
    ms = code(text)
    assert any(m.event_type == "PROTEST" and m.cameo == "141" for m in ms), _types(ms)


def test_a_vigil_at_a_sickbed_is_no_protest(code):
    ms = code("Friends held a vigil at the clinic in Accra while the singer was in surgery.")
    assert not any(m.event_type == "PROTEST" for m in ms), _types(ms)


@pytest.mark.parametrize(
    "text",
    [
        "Gunmen set the village chief's house ablaze near Bunia on Tuesday.",
        "Two buses belonging to the ruling party were set alight in Kisumu overnight.",
    ],
)
def test_property_set_ablaze_is_destruction(code, text):
    ms = code(text)
    assert ("ASSAULT", "1712") in _types(ms), _types(ms)


def test_tyres_set_ablaze_stay_a_street_protest(code):
    ms = code("Demonstrators set tyres ablaze on the ring road in Abuja.")
    assert ("PROTEST", "145") in _types(ms), _types(ms)


def test_a_forcible_return_is_a_deportation(code):
    ms = code("Malaysia forcibly returned 120 Rohingya refugees to Myanmar on Friday.")
    assert ("COERCE", "174") in _types(ms), _types(ms)


def test_switching_off_mobile_data_is_a_restriction(code):
    ms = code("The authorities switched off mobile data across the province on Monday.")
    assert ("COERCE", "1721") in _types(ms), _types(ms)


def test_rampaging_through_a_village_is_violence(code):
    ms = code("Militiamen rampaged through the town of Djugu, looting shops.")
    assert any(m.event_type == "ASSAULT" for m in ms), _types(ms)


def test_a_suicide_attacker_is_a_doer(code):
    ms = code("A suicide attacker blew himself up at a checkpoint in Mogadishu, killing six.")
    assert any(m.event_type == "ASSAULT" and not m.unattributed for m in ms), _types(ms)


def test_police_storming_offices_is_a_raid_not_a_riot(code):
    ms = code("Riot police stormed the offices of an opposition weekly in Minsk on Thursday.")
    assert _types(ms)[:1] == [("COERCE", "1711")], [m.explanation for m in ms]


def test_a_crowd_storming_offices_stays_a_riot(code):
    ms = code("Angry farmers stormed the offices of the land registry in Patna.")
    assert ("PROTEST", "145") in _types(ms), _types(ms)


def test_supporters_of_an_unknown_person_are_a_crowd(code):
    ms = code("Followers of the detained imam marched through the centre of Kano on Friday.")
    assert any(m.event_type == "PROTEST" and m.actor for m in ms), _types(ms)


def test_a_detention_told_as_lasting_is_coercion(code):
    ms = code("The blogger remains in detention in Asmara, two years after her arrest.")
    assert ("COERCE", "173") in _types(ms), _types(ms)


def test_detainees_subjected_to_abuse_is_violence(code):
    ms = code(
        "Migrants were subjected to beatings by guards at a camp near Tripoli, a charity said."
    )
    assert any(m.event_type == "ASSAULT" for m in ms), _types(ms)


def test_officials_and_police_searching_offices_is_a_raid(code):
    ms = code("Customs officials and police searched the offices of a weekly paper in Dhaka.")
    assert _types(ms)[:1] == [("COERCE", "1711")], [m.explanation for m in ms]
