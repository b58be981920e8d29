"""Wording families of protest, violence and coercion news that bench/data/unrest_snippets2.tsv
measures: amount words before the noun ("a series of blasts", "hundreds of pilgrims"), general
strikes and held vigils with no one named, casualties placed only by the sentence, stoppages
by their industrial names (go-slow, work-to-rule, stayaway), internet and broadcast
restrictions, blockades of towns, and the business, politics and nature senses of 'rally',
'clash', 'siege', 'hijack' and 'destroy'. Every text is written for these tests."""

from __future__ import annotations

import pytest


def _types(mentions) -> set[str]:
    return {m.event_type for m in mentions}


def _of_type(mentions, plover: str):
    found = [m for m in mentions if m.event_type == plover]
    assert found, f"no {plover} among {[(m.event_type, m.explanation) for m in mentions]}"
    return found[0]


def test_a_count_of_victims_is_no_basketball_three(code):
    m = _of_type(code("Three miners were shot dead near the pit head in Zambia."), "ASSAULT")
    assert m.unattributed


def test_a_series_of_blasts_is_what_killed(code):
    text = "A series of blasts rocked the market town of Kunduz, killing at least seven."
    assert _of_type(code(text), "ASSAULT").unattributed


def test_a_crowd_of_pilgrims_marching_is_a_procession(code):
    assert "PROTEST" not in _types(code("Thousands of pilgrims marched through Lourdes on Sunday."))


@pytest.mark.parametrize(
    "text",
    [
        "The finance ministers of France and Italy clashed over the budget rules in Brussels.",
        "The German carmaker is laying siege to the European electric van market.",
        "The mining firm's board was hijacked by activist shareholders, analysts said.",
        "The airline's annual meeting was hijacked by activist investors in Sydney.",
        "Traders staged a rally in mining shares in Johannesburg on Friday.",
        "Locusts swept across farms in Kenya's Turkana county, destroying crops.",
    ],
)
def test_business_politics_and_nature_are_no_unrest(code, text):
    assert not _types(code(text)) & {"ASSAULT", "COERCE", "PROTEST"}


@pytest.mark.parametrize(
    "text",
    [
        "Ferry services were suspended in the Hebrides because of the gale.",
        "A vigil was held in Leeds for the victims of the bus crash.",
        "Families stayed away from the beach in Brighton because of the storm.",
    ],
)
def test_guard_suspended_services_vigils_for_victims_and_staying_away_are_no_unrest(code, text):
    assert not _types(code(text)) & {"ASSAULT", "COERCE", "PROTEST"}


def test_guard_rival_gangs_clashing_over_territory_still_fight(code):
    text = "Rival gangs clashed over territory in Port-au-Prince, leaving nine people dead."
    assert "ASSAULT" in _types(code(text))


def test_a_landmine_is_a_thing_not_a_doer(code):
    text = "A landmine killed three soldiers near the border in Cambodia."
    assert _of_type(code(text), "ASSAULT").unattributed


@pytest.mark.parametrize(
    "text",
    [
        "Tobacco pickers in Malawi marched to the district office to demand higher pay.",
        "Unemployed graduates staged a sit-in outside the employment ministry in Tunis.",
        "Port staff in Durban went on a go-slow over unpaid allowances.",
        "Train drivers in Belgium began a work-to-rule on Monday.",
        "Nurses in Harare stayed away from work for a second day.",
        "Thousands of students formed a human chain around the parliament in Bratislava.",
        "Mothers held a vigil against the death penalty outside the prison in Singapore.",
        "A vigil against the eviction of market traders was held in Nairobi on Sunday.",
        "Crowds poured onto the streets of Bishkek after the election.",
    ],
)
def test_protest_forms(code, text):
    assert "PROTEST" in _types(code(text))


def test_a_nationwide_strike_with_no_strikers_named_is_a_strike_not_coercion(code):
    mentions = code("A nationwide strike shut banks and schools across Tunisia on Thursday.")
    assert _of_type(mentions, "PROTEST").cameo.startswith("143")
    assert "COERCE" not in _types(mentions)


def test_guard_a_plain_strike_with_no_one_named_is_no_event(code):
    assert code("The strike shut the steel plant in Taranto.") == []


@pytest.mark.parametrize(
    "text",
    [
        "The authorities suspended mobile internet across Manipur.",
        "Two private television channels were taken off the air by the regulator in Georgia.",
        "The government restricted access to messaging apps in Ethiopia.",
    ],
)
def test_internet_and_broadcast_restrictions(code, text):
    assert _of_type(code(text), "COERCE").cameo == "1721"


def test_a_blockade_of_a_town_is_military(code):
    text = "Government troops imposed a blockade on the town of Kutum in Darfur."
    assert _of_type(code(text), "COERCE").cameo == "191"


def test_casualties_placed_by_the_sentence(code):
    text = "Fighting flared again along the front line in Donbas, with two soldiers reported dead."
    assert _of_type(code(text), "ASSAULT").unattributed


def test_a_travel_ban_imposed_on_a_person_is_coercion(code):
    text = "A travel ban was imposed on the suspended central bank governor of Lebanon."
    m = _of_type(code(text), "COERCE")
    assert m.cameo == "172"
    assert m.unattributed


def test_a_wave_of_arrests_is_counted_coercion(code):
    text = "A wave of arrests swept through the opposition after the vote in Belarus."
    assert _of_type(code(text), "COERCE").unattributed


def test_a_bombing_in_the_passive_is_placed(code):
    text = "A bomb hidden in a van was detonated at the entrance of a courthouse in Peshawar."
    assert _of_type(code(text), "ASSAULT").unattributed


def test_cordoning_off_restricts_movement(code):
    text = "Riot police in Minsk cordoned off the central square before the march."
    assert any(m.cameo == "191" for m in code(text))


@pytest.mark.parametrize(
    "text",
    [
        "The movie follows two brothers who join a militia fighting government troops in Liberia.",
        "The novel's heroine leads a strike of weavers against a cruel mill owner in Lancashire.",
    ],
)
def test_a_review_retelling_a_plot_codes_no_unrest(code, text):
    assert not _types(code(text)) & {"ASSAULT", "COERCE", "PROTEST"}


def test_force_used_in_the_passive_on_whom_its_aim_names(code):
    text = "Rubber bullets were used to scatter striking dockers at the port of Mombasa."
    assert _of_type(code(text), "ASSAULT").unattributed


def test_a_blockade_of_a_road_is_a_protest_not_an_embargo(code):
    text = "Coffee growers mounted a blockade of the highway near Pereira on Monday."
    m = _of_type(code(text), "PROTEST")
    assert m.cameo == "144"
    assert "SANCTION" not in _types(code(text))
