"""Natural features and regions whose names hold a state's name (rule mention.named_feature),
and nationality words of the audited country table, read on invented sentences."""

from __future__ import annotations

import pytest
from tests.support import by_type, countries

from communique.actors import find_actors


def test_a_delta_named_after_a_river_lies_in_its_own_state(code):
    """ "the Niger Delta" is in Nigeria, not the state of Niger."""
    m = by_type(code("Gunmen kidnapped nine oil workers in the Niger Delta on Tuesday."), "ASSAULT")
    assert countries(m.actor) == {"NGA"} and countries(m.recipient) == {"NGA"}


def test_a_lake_shared_by_several_states_is_no_target(code):
    """ "near Lake Chad": a lake four states share, not the state of Chad."""
    m = by_type(
        code("Nigerien soldiers attacked a rebel camp near Lake Chad on Sunday."), "ASSAULT"
    )
    assert "TCD" not in countries(m.recipient)


def test_a_basin_named_after_a_state_places_no_one(code):
    """ "the Congo Basin" spans six states: it is no party, and it no longer makes the
    Congo the story's most named state for unplaced police and loggers."""
    mentions = code(
        "Loggers clashed with police in the Congo Basin, where Cameroonian troops later "
        "arrested twelve men."
    )
    for m in mentions:
        assert "COD" not in countries(m.actor) | countries(m.recipient), m.explanation


def test_a_gulf_named_after_a_state_gives_no_unplaced_actor_that_state(code):
    """ "the Gulf of Guinea" is a sea: the navy of no named state is not Guinea's."""
    mentions = code("Fishermen from Ruritania were detained by the navy in the Gulf of Guinea.")
    for m in mentions:
        assert "GIN" not in countries(m.actor) | countries(m.recipient), m.explanation


@pytest.mark.parametrize(
    ("text", "name", "iso"),
    [
        ("Officials said the Niger Delta was calm on Monday.", "Niger Delta", "NGA"),
        ("Officials said West Timor was calm on Monday.", "West Timor", "IDN"),
        ("Officials said Inner Mongolia was calm on Monday.", "Inner Mongolia", "CHN"),
        ("Officials said Iranian Azerbaijan was calm on Monday.", "Iranian Azerbaijan", "IRN"),
    ],
)
def test_a_region_named_after_another_state_is_the_state_it_lies_in(nlp, text, name, iso):
    found = {s.actor.text: s.actor.country for s in find_actors(nlp(text))}
    assert found.get(name) == iso, found


@pytest.mark.parametrize(
    ("text", "name", "iso"),
    [
        # guards: the state itself, and a longer state's name that holds a feature's name
        ("Officials said Papua New Guinea was calm on Monday.", "Papua New Guinea", "PNG"),
        ("Officials said Niger was calm on Monday.", "Niger", "NER"),
        ("Officials said Chad was calm on Monday.", "Chad", "TCD"),
        ("Officials said the Congo was calm on Monday.", "Congo", "COD"),
        ("Officials said Jordan was calm on Monday.", "Jordan", "JOR"),
    ],
)
def test_a_state_named_alone_is_still_the_state(nlp, text, name, iso):
    found = {s.actor.text: s.actor.country for s in find_actors(nlp(text))}
    assert found.get(name) == iso, found


def test_hyphenated_and_long_nationality_words_are_read_whole(nlp):
    """ "Bissau-Guinean" is not the capital Bissau and Guinea's adjective; "Papua New
    Guineans" are not Indonesia's province Papua."""
    doc = nlp("Bissau-Guinean envoys and Papua New Guineans waited outside on Monday.")
    found = {s.actor.text: s.actor.country for s in find_actors(doc)}
    assert found == {"Bissau-Guinean envoys": "GNB", "Papua New Guineans": "PNG"}


def test_serbians_are_of_serbia(code):
    m = by_type(code("The Serbians protested outside the embassy of Croatia on Monday."), "PROTEST")
    assert countries(m.actor) == {"SRB"}


# -- a bloc's meeting in a city: the host state is the venue, not a party (mention.body_venue)


def test_officials_at_a_blocs_summit_are_not_the_host_citys(code):
    m = by_type(
        code("Foreign ministers condemned the coup at an African Union meeting in Addis Ababa."),
        "ACCUSE",
    )
    assert "ETH" not in countries(m.actor)


def test_officials_at_a_meeting_of_a_bloc_are_not_the_host_citys(code):
    m = by_type(
        code("Envoys condemned the raid at a meeting of the European Union in Brussels."),
        "ACCUSE",
    )
    assert "BEL" not in countries(m.actor)


def test_a_host_named_elsewhere_in_the_story_still_counts(code):
    """Guard: a state the story names as a party too keeps its count."""
    text = (
        "Ethiopia accused Eritrea of arming rebels on Monday. Officials condemned the raid at "
        "an African Union meeting in Addis Ababa."
    )
    m = by_type(code(text), "ACCUSE", "condemned")
    assert countries(m.actor) == {"ETH"}


# -- a standing deployment told with "have" or "with" is no act (filter.standing_presence)


@pytest.mark.parametrize(
    "text",
    [
        "Officials noted that Brazil has about 900 soldiers deployed across Haiti.",
        "Brazil has had soldiers deployed in Haiti since March 2004.",
        "Peru, which has two battalions stationed on the border, accused Chile of spying.",
    ],
)
def test_forces_a_state_has_deployed_somewhere_are_no_mobilisation(code, text):
    assert not [m for m in code(text) if m.event_type == "MOBILIZE"]


@pytest.mark.parametrize(
    "text",
    [
        "Brazil has deployed troops in Haiti.",
        "Brazil deployed troops in Haiti on Monday.",
        "Brazil sent troops to Haiti on Monday.",
    ],
)
def test_a_deployment_done_is_still_a_mobilisation(code, text):
    assert by_type(code(text), "MOBILIZE").event_type == "MOBILIZE"
