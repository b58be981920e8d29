"""Over-coding classes the story benches' unmatched events showed (bench/extras.py), on invented
sentences: "set" read as a plan where it is an act of setting ("set off protests", "were set on
fire"; rule modality.cue), protests "set off" by an arrest given the arrest's subject as their
doer (vocabulary causing_particle_verbs), and a pronoun subject read as the very state its own
verb names as its object (rule resolve.pronoun_not_named_object)."""

from __future__ import annotations

from support import countries as _countries


def test_protests_an_arrest_set_off_are_neither_planned_nor_the_arrested_mans(code):
    text = (
        "Police in Lusaka detained the opposition leader Mwila Banda in March. "
        "His detention set off weeks of protests in the capital, in which two people died."
    )
    found = code(text, "2025-06-10")
    assert not [m for m in found if m.event_type == "THREATEN"]
    assert not [m for m in found if m.modality == "future"]
    assert not [m for m in found if m.event_type == "PROTEST" and m.actor and m.actor[0].sector]


def test_a_participle_setting_off_protests_is_no_threat_of_protest(code):
    text = (
        "In May the Zambian government scrapped the planned constitutional talks, setting off "
        "months of street protests."
    )
    assert not [m for m in code(text, "2025-06-10") if m.event_type == "THREATEN"]


def test_a_clause_joined_to_set_on_fire_is_not_a_plan(code):
    text = (
        "Zambian police raided a market in Ndola on Tuesday. Several stalls were set on fire "
        "during the raid, and a trader was injured by a rubber bullet, witnesses said."
    )
    found = code(text, "2025-06-11")
    assert not [m for m in found if m.modality == "future"]
    assert not [m for m in found if m.event_type == "THREATEN"]


def test_set_to_and_set_for_still_mark_a_plan(code):
    text = "Zambia's foreign minister is set to visit Malawi on Friday."
    found = [m for m in code(text, "2025-06-10") if m.event_type in ("AGREE", "CONSULT")]
    assert found and all(m.modality == "future" for m in found)


def test_agreeing_to_set_up_patrols_stays_a_plan(code):
    text = "Zambia and Malawi agreed on Monday to set up joint border patrols."
    found = [m for m in code(text, "2025-06-10") if m.cameo == "0312"]
    assert found and all(m.modality == "future" for m in found)


def test_it_accusing_the_state_its_verb_names_is_the_last_speaker(code):
    text = (
        "Chile's army said Peruvian troops had shelled two villages near the border on Sunday, "
        "killing a farmer. It accused Peru of deliberately targeting civilians."
    )
    found = [m for m in code(text, "2025-03-11") if m.event_type == "ACCUSE"]
    assert found
    assert all(_countries(m.actor) == {"CHL"} and _countries(m.recipient) == {"PER"} for m in found)


def test_a_pronoun_urging_its_own_people_keeps_its_state(code):
    text = (
        "Kenya's government said heavy rain would hit the coast on Friday. "
        "It urged Kenyans to stay away from the rivers."
    )
    found = [m for m in code(text, "2025-03-11") if m.event_type == "REQUEST"]
    assert all(_countries(m.actor) == {"KEN"} for m in found)


def test_a_person_fleeing_their_own_state_keeps_it(code):
    text = (
        "A former Syrian intelligence officer, Samir Khoury, went on trial in Hamburg on Friday. "
        "Prosecutors said he fled Syria in 2014 and applied for asylum in Germany a year later."
    )
    found = [m for m in code(text, "2025-03-14") if m.event_type == "REQUEST"]
    assert found and all(_countries(m.actor) == {"SYR"} for m in found)


def test_a_meeting_a_reported_would_raises_a_matter_at_is_still_to_come(code):
    text = (
        "Ghana's foreign minister said on Monday that Accra would raise the dispute at a meeting "
        "of West African foreign ministers in Abuja later this month."
    )
    found = [m for m in code(text, "2025-03-12") if m.event_type in ("CONSULT", "AGREE")]
    assert found and all(m.modality == "future" for m in found)


def test_a_meeting_held_as_the_setting_of_a_past_act_stays_asserted(code):
    text = (
        "At a meeting with Togo's president on Monday, Ghana's foreign minister said Accra would "
        "press for new talks."
    )
    found = [m for m in code(text, "2025-03-12") if m.evidence.trigger == "meeting"]
    assert found and all(m.modality == "asserted" for m in found)


def test_setting_a_date_for_a_strike_schedules_it(code):
    text = "Zambia's unions have set a date next month for a national strike."
    found = code(text, "2025-03-12")
    assert not [m for m in found if m.event_type == "PROTEST" and m.modality == "asserted"]
    assert [m for m in found if m.modality == "future"]
