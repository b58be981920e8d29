"""Unrest wording families of the unrest13 branch: a strike, march or attack named by a noun
that a verb of calling off or preventing takes as its object did not happen (filter.undone_act),
and vigils held to demand something or in solidarity with someone are demonstrations."""

from __future__ import annotations

import pytest

UNREST = ("PROTEST", "ASSAULT", "COERCE")


def _types(ms):
    return [(m.event_type, m.cameo, m.modality) for m in ms]


@pytest.mark.parametrize(
    "text",
    [
        "Bus drivers in Porto postponed their planned walkout after the city council raised its"
        " pay offer.",
        "Late-night talks in Rotterdam averted a strike by refinery workers.",
        "The nurses' union in Cork has postponed its strike until the spring.",
    ],
)
def test_a_protest_called_off_or_averted_is_no_event(code, text):
    ms = code(text)
    assert not any(m.event_type in UNREST for m in ms), _types(ms)


def test_a_strike_that_went_ahead_is_still_coded(code):
    ms = code("Refinery workers in Rotterdam went on strike on Monday over pay.")
    assert any(m.event_type == "PROTEST" for m in ms), _types(ms)


@pytest.mark.parametrize(
    "text",
    [
        "Lawyers held a candlelight vigil in Baku to demand the release of a jailed colleague.",
        "Students in Almaty held a vigil in solidarity with a detained reporter.",
    ],
)
def test_a_vigil_held_to_demand_or_in_solidarity_is_a_protest(code, text):
    ms = code(text)
    assert any(m.event_type == "PROTEST" and m.cameo == "141" for m in ms), _types(ms)


def test_a_vigil_for_the_victims_of_a_disaster_is_no_protest(code):
    ms = code("Mourners held a vigil in Bergen for the victims of the bus crash.")
    assert not any(m.event_type == "PROTEST" for m in ms), _types(ms)


@pytest.mark.parametrize(
    "text",
    [
        "Three drones targeted a fuel depot near Kharkiv early on Sunday.",
        "Artillery shells landed on a shelter for homeless families outside Donetsk, wounding"
        " a volunteer.",
    ],
)
def test_weapons_that_target_or_land_on_people_are_an_attack(code, text):
    ms = code(text)
    assert any(m.event_type == "ASSAULT" for m in ms), _types(ms)


def test_a_levy_that_targets_buyers_is_no_attack(code):
    ms = code("The new levy targets foreign buyers of homes in Sydney.")
    assert not any(m.event_type == "ASSAULT" for m in ms), _types(ms)


def _top(ms):
    return max(ms, key=lambda m: m.confidence) if ms else None


@pytest.mark.parametrize(
    "text",
    [
        "Tear gas was fired at nurses picketing outside the health ministry in Lusaka.",
        "Rubber bullets were fired at fishermen demonstrating near the harbour in Valparaiso.",
    ],
)
def test_repression_of_people_told_protesting_is_the_main_event(code, text):
    ms = code(text)
    top = _top(ms)
    assert top is not None and top.event_type == "ASSAULT", _types(ms)
    assert any(m.event_type == "PROTEST" for m in ms), _types(ms)


@pytest.mark.parametrize(
    "text",
    [
        "Access to Telegram was blocked across Belarus on Sunday.",
        "The telecoms regulator in Islamabad blocked access to TikTok and Instagram.",
    ],
)
def test_blocking_a_named_platform_restricts_freedoms_not_a_road_blockade(code, text):
    ms = code(text)
    assert any(m.event_type == "COERCE" and m.cameo == "1721" for m in ms), _types(ms)
    assert not any(m.event_type == "PROTEST" for m in ms), _types(ms)


def test_a_petition_against_a_measure_is_dissent_not_a_signed_agreement(code):
    ms = code("Thousands of residents in Gdansk signed a petition against the new port tax.")
    top = _top(ms)
    assert top is not None and (top.event_type, top.cameo) == ("PROTEST", "140"), _types(ms)
    assert not any(m.event_type == "SUPPORT" for m in ms), _types(ms)


def test_a_petition_to_bring_back_a_football_kit_is_no_protest(code):
    ms = code("Supporters signed a petition to bring back the club's old kit.")
    assert not any(m.event_type == "PROTEST" for m in ms), _types(ms)


def test_an_election_petition_in_court_is_no_protest(code):
    ms = code(
        "The High Court in Nairobi threw out the opposition's petition against the presidential"
        " election result on Monday."
    )
    assert not any(m.event_type == "PROTEST" for m in ms), _types(ms)
