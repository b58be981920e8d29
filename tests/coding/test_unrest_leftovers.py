"""Wording families of unrest news that bench/data/unrest_snippets3.tsv measures: shows of force
told in the passive with no side named (the forces are the state's whose territory they go to),
detentions told by where and how long people were held, victims found and named by a participle,
compound event nouns the tokenizer splits, and look-alikes that stay NONE (past protests
remembered, roads closed for races and parades, players called up to a squad). Every text is
written for these tests."""

from __future__ import annotations

import pytest


def _types(mentions) -> set[str]:
    return {m.event_type for m in mentions}


def _of_type(mentions, plover: str):
    found = [m for m in mentions if m.event_type == plover]
    assert found, f"no {plover} among {[(m.event_type, m.explanation) for m in mentions]}"
    return found[0]


@pytest.mark.parametrize(
    ("text", "iso", "sector"),
    [
        ("Reinforcements were airlifted to the Ethiopian town of Gondar on Monday.", "ETH", "MIL"),
        ("Extra police were stationed at the main roundabout in Lilongwe, Malawi.", "MWI", "COP"),
        (
            "Hundreds of gendarmes were deployed across the Senegalese city of Ziguinchor.",
            "SEN",
            "COP",
        ),
    ],
)
def test_forces_shown_with_no_side_named_are_the_place_state(code, text, iso, sector):
    m = _of_type(code(text), "MOBILIZE")
    assert m.unattributed
    actor = m.actor[0] if isinstance(m.actor, list) else m.actor
    assert (actor.country, actor.sector) == (iso, sector)


def test_forces_of_the_place_have_lower_confidence_than_named_forces(code):
    named = _of_type(code("Zambian soldiers were sent to Lusaka on Monday."), "MOBILIZE")
    unnamed = _of_type(code("More soldiers were sent to Lusaka on Monday."), "MOBILIZE")
    assert unnamed.unattributed and not named.unattributed
    assert unnamed.confidence < named.confidence


def test_guard_forces_sent_to_a_frontier_name_no_side(code):
    mentions = code("Extra troops were flown in to the frontier with Bhutan on Sunday.")
    assert not [m for m in mentions if m.event_type == "MOBILIZE" and m.unattributed]


@pytest.mark.parametrize(
    "text",
    [
        "Four students from Lahore spent two nights in custody before a judge freed them.",
        "Nine dockers in Mombasa spent the weekend in the cells of a police station.",
        "Two Ugandan opposition organisers have been in detention for three weeks.",
    ],
)
def test_detentions_told_by_duration(code, text):
    m = _of_type(code(text), "COERCE")
    assert m.unattributed
    assert m.cameo.startswith("173")


def test_guard_a_custody_battle_is_no_detention(code):
    assert "COERCE" not in _types(
        code("The singer won custody of her twins after a court battle in Oslo.")
    )


@pytest.mark.parametrize(
    "text",
    [
        "The body of a kidnapped surveyor was discovered in a ravine in Colombia.",
        "The corpses of two murdered Honduran lawyers were pulled from a canal.",
    ],
)
def test_victims_found_named_by_a_participle(code, text):
    assert _of_type(code(text), "ASSAULT").unattributed


@pytest.mark.parametrize(
    "text",
    [
        "The hostage-taking at a hospital in northern Mozambique lasted nine hours.",
        "A kidnap at a petrol station in Kano left a driver wounded.",
    ],
)
def test_compound_nouns_split_by_the_tokenizer(code, text):
    assert "ASSAULT" in _types(code(text))


@pytest.mark.parametrize(
    "text",
    [
        "Survivors and veterans of the 1987 marches met in Seoul for a memorial dinner.",
        "Police blocked the avenue to allow the cyclists in the Giro to pass through Milan.",
        "Scotland have called up an uncapped winger for the autumn internationals.",
    ],
)
def test_look_alikes_stay_none(code, text):
    assert not _types(code(text)) & {"ASSAULT", "COERCE", "PROTEST", "MOBILIZE"}


def test_a_car_bombing_is_a_vehicle_bomb_not_an_air_raid(code):
    text = "Rebels carried out a car-bombing outside the governor's compound in Mogadishu."
    assert any(m.cameo == "1832" for m in code(text))


@pytest.mark.parametrize(
    "text",
    [
        "An exhibition about the 1956 uprising opened at a gallery in Budapest.",
        "Roads around the harbour in Sydney will be closed for the New Year fireworks parade.",
    ],
)
def test_guard_look_alikes_already_none(code, text):
    assert not _types(code(text)) & {"ASSAULT", "COERCE", "PROTEST", "MOBILIZE"}
