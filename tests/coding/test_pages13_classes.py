"""General errors bench/stories/pages13 showed, on invented sentences: a state named in a formal
style ("the Republic of the Union of Myanmar", "the Republic of Ireland") is that state; blocking a
border crossing, a checkpoint or a tunnel is an obstruction (a protest by a crowd, a restriction
of movement by a state); an opposition no word places is the state's whose rulers act on it."""

from __future__ import annotations

import pytest

from support import countries as _countries


@pytest.mark.parametrize(
    ("name", "iso"),
    [
        ("the Republic of the Union of Myanmar", "MMR"),
        ("the Oriental Republic of Uruguay", "URY"),
        ("the Republic of Ireland", "IRL"),
        ("the Commonwealth of Australia", "AUS"),
        ("the Socialist Republic of Vietnam", "VNM"),
        ("the Republic of Sri Lanka", "LKA"),
        ("the Republic of Iran", "IRN"),
    ],
)
def test_a_state_named_in_a_formal_style_is_that_state(code, name, iso):
    found = [
        m
        for m in code(f"Chile summoned the ambassador of {name} on Tuesday.")
        if m.event_type in ("ACCUSE", "PROTEST", "CONSULT")
    ]
    assert found and all(_countries(m.recipient) == {iso} for m in found), [
        (m.event_type, [p.code for p in m.recipient]) for m in found
    ]


def test_the_republic_of_china_is_not_the_peoples_republic(code):
    found = code("Chile summoned the ambassador of the Republic of China on Tuesday.")
    assert all("CHN" not in _countries(m.recipient) for m in found)


def test_farmers_blocking_a_border_crossing_protest(code):
    found = code("Latvian farmers blocked the Terehova crossing with their tractors on Tuesday.")
    assert [m.event_type for m in found] == ["PROTEST"]
    assert _countries(found[0].actor) == {"LVA"}


def test_a_state_blocking_a_crossing_restricts_movement(code):
    found = code("Estonia blocked the Narva crossing to lorries on Tuesday.")
    assert found and all(m.event_type == "COERCE" for m in found), [m.event_type for m in found]
    assert all(_countries(m.actor) == {"EST"} for m in found)


def test_a_government_banning_opposition_parties_is_domestic(code):
    text = (
        "Benin and Togo signed a customs agreement in Cotonou on Tuesday. "
        "Gabon's government on Monday suspended four opposition parties for six months."
    )
    found = [m for m in code(text) if m.event_type == "COERCE"]
    assert found and all(_countries(m.recipient) == {"GAB"} for m in found), [
        [p.code for p in m.recipient] for m in found
    ]


def test_opposition_leaders_accusing_a_government_are_its_opposition(code):
    text = (
        "Benin and Togo signed a customs agreement in Cotonou on Tuesday. "
        "Opposition leaders accused Gabon's government of rigging the count on Monday."
    )
    found = [m for m in code(text) if m.event_type == "ACCUSE"]
    assert found and all(_countries(m.actor) == {"GAB"} for m in found), [
        [p.code for p in m.actor] for m in found
    ]


def test_opposition_accusing_a_named_state_is_not_placed_by_it(code):
    text = (
        "Benin and Togo signed a customs agreement in Cotonou on Tuesday. "
        "Opposition leaders accused Gabon of rigging the count on Monday."
    )
    found = [m for m in code(text) if m.event_type == "ACCUSE"]
    assert all("GAB" not in _countries(m.actor) for m in found)


def test_protesters_storming_an_embassy_are_not_the_embassys_state(code):
    text = "Protesters stormed the Dutch embassy in Tripoli on Monday."
    found = [m for m in code(text) if m.event_type in ("PROTEST", "ASSAULT", "COERCE")]
    assert found and all("NLD" not in _countries(m.actor) for m in found), [
        [p.code for p in m.actor] for m in found
    ]


def test_indigenous_groups_blocking_a_road_still_protest(code):
    text = "Indigenous groups blocked the main road in central Bolivia on Monday."
    assert [m.event_type for m in code(text)] == ["PROTEST"]


def test_a_state_by_its_name_shutting_posts_and_blocking_a_checkpoint_restricts(code):
    text = "On Sunday Oman shut two frontier posts facing Yemen and then blocked the Shahan checkpoint too."
    assert all(m.event_type != "PROTEST" for m in code(text))
