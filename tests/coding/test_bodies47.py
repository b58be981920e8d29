"""International and regional bodies as doers (branch bodies47).

- An official of an international body owns its staff for the body: "the UN secretary-general's
  spokesman" is the UN's, not the state the story is about (rule mention.body_owner).
- A unit of a body named by a second "of" phrase after a first one ("the regional office for
  Southern Africa of the UN human rights office") is the body's.
- A civil body named for a region of several states ("the West African Lawyers Network") is a
  regional NGO, not the story's state's (rule mention.regional_ngo).
- A participle of drafting or tabling names a text's sponsor, not its author: "a resolution
  drafted by X and adopted by the council" speaks for the council (rule actor.text_author).
"""

from __future__ import annotations

import pytest


def _show(found):
    return [
        (m.event_type, m.cameo, m.evidence.trigger, [p.code for p in m.actor],
         [p.code for p in m.recipient], m.modality)
        for m in found
    ]  # fmt: skip


def _typed(found, event_type):
    return [m for m in found if m.event_type == event_type]


def _actors(event):
    return {p.country for p in event.actor}


# -- mention.body_owner: a body official's staff ------------------------------------------


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("The UN secretary-general's spokesman called on Malawi to halt the evictions.", "UNO"),
        ("The UN chief's spokesman urged Malawi to release the two reporters.", "UNO"),
        ("The EU foreign policy chief's spokeswoman urged Malawi to release the reporters.", "EUR"),
    ],
)
def test_the_staff_of_a_body_official_are_the_body(code, text, body):
    found = code(text, "2026-03-02")
    hits = _typed(found, "REQUEST")
    assert hits, _show(found)
    assert _actors(hits[0]) == {body}, _show(found)
    assert "[mention.body_owner]" in hits[0].explanation


def test_a_state_official_still_owns_his_staff(code):
    found = code(
        "The Malawian president's spokesman urged Zambia to reopen the border.", "2026-03-02"
    )
    hits = _typed(found, "REQUEST")
    assert hits, _show(found)
    assert _actors(hits[0]) == {"MWI"}, _show(found)


def test_a_regional_unit_of_a_un_office_is_the_un(code):
    text = (
        "The regional office for Southern Africa of the UN human rights office urged Malawi "
        "to free the detained students."
    )
    found = code(text, "2026-03-02")
    hits = _typed(found, "REQUEST")
    assert hits, _show(found)
    assert _actors(hits[0]) == {"UNO"}, _show(found)
    assert "MWI" in {p.country for p in hits[0].recipient}, _show(found)


# -- mention.regional_ngo ------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The West African Lawyers Network accused Togo of jailing judges who ruled against it.",
        "The Arab Organisation for Press Freedom accused Jordan of jailing reporters.",
    ],
)
def test_a_body_named_for_a_region_is_a_regional_ngo(code, text):
    found = code(text, "2026-03-02")
    hits = _typed(found, "ACCUSE")
    assert hits, _show(found)
    assert _actors(hits[0]) == {"NGO"}, _show(found)
    assert "[mention.regional_ngo]" in hits[0].explanation


def test_a_body_named_for_one_state_keeps_its_state(code):
    found = code("The Kenyan Lawyers Network accused Kenya of jailing judges.", "2026-03-02")
    hits = _typed(found, "ACCUSE")
    assert hits, _show(found)
    assert _actors(hits[0]) == {"KEN"}, _show(found)


# -- actor.text_author: the drafter is the sponsor -------------------------------------------


def test_the_adopter_not_the_drafter_speaks_for_a_resolution(code):
    text = (
        "A resolution drafted by France and adopted by the Security Council on Friday "
        "demands that Myanmar open its borders to aid."
    )
    found = code(text, "2026-03-04")
    hits = _typed(found, "REQUEST")
    assert hits, _show(found)
    assert _actors(hits[0]) == {"UNO"}, _show(found)
    assert "[actor.text_author]" in hits[0].explanation


def test_a_drafter_alone_is_not_the_resolution_s_author(code):
    found = code("The resolution, drafted by Norway, condemns Myanmar for the raids.", "2026-03-04")
    assert not [m for m in found if "NOR" in _actors(m)], _show(found)


# -- mention.ngo_reference, mention.mission_reference: a body's short form ------------------


def test_the_group_after_an_international_ngo_is_that_ngo(code):
    text = (
        "Amnesty International said guards in Malawi had beaten prisoners. "
        "The group called on Malawi to open an inquiry."
    )
    found = code(text, "2026-03-02")
    hits = _typed(found, "REQUEST")
    assert hits, _show(found)
    assert _actors(hits[0]) == {"NGO"}, _show(found)
    assert "[mention.ngo_reference]" in hits[0].explanation


def test_the_group_after_an_armed_group_is_not_the_ngo(code):
    text = (
        "Human Rights Watch said guards in Mali had beaten prisoners. "
        "Al-Shabaab fighters attacked a base in Somalia. "
        "The group urged Somalia to free its fighters."
    )
    found = code(text, "2026-03-02")
    assert not [m for m in _typed(found, "REQUEST") if "NGO" in _actors(m)], _show(found)


def test_the_mission_after_a_body_s_observer_mission_is_the_body(code):
    text = (
        "The EU's election observation mission praised the calm voting in Malawi on Monday. "
        "The mission urged Malawi's election board to post every tally sheet online."
    )
    found = code(text, "2026-03-02")
    hits = _typed(found, "REQUEST")
    assert hits, _show(found)
    assert _actors(hits[0]) == {"EUR"}, _show(found)
    assert "MWI" in {p.country for p in hits[0].recipient}, _show(found)
    assert "[mention.mission_reference]" in hits[0].explanation
