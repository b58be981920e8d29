"""A meeting of an international body's own members (vocabulary members_meeting_words and
bloc_member_nouns: "EU ministers will meet", "a meeting of ASEAN defence ministers", the bloc's
summit) names no target: it is not aimed at the state the story is about (rule
recipient.members_meeting), while a meeting that names its other side keeps it, and a state's
untargeted reaction still takes the story's counterpart (recipient.story_counterpart)."""

from __future__ import annotations

import pytest

from support import in_sentence


def _show(found):
    return [
        (m.event_type, m.evidence.trigger, [p.code for p in m.actor], [p.code for p in m.recipient])
        for m in found
    ]


@pytest.mark.candidates("checks whom a reading below the default threshold is aimed at, if anyone")
def test_bloc_ministers_meeting_is_not_aimed_at_the_story_state(code):
    text = (
        "OSLO, March 4 (Wire) - Norway said on Monday that Russian trawlers had cut a seabed "
        "cable off its northern coast.\n\n"
        "Nordic interior ministers will meet in Copenhagen on Friday, a Norwegian aide said.\n\n"
        "European Union defence ministers will discuss the cable at their next regular meeting."
    )
    found = code(text, "2025-03-04")
    later = in_sentence(found, "defence ministers will discuss")
    assert later, _show(found)
    assert all(not m.recipient for m in later), _show(later)
    assert "recipient.members_meeting" in later[0].explanation, later[0].explanation


@pytest.mark.candidates("checks whom a reading below the default threshold is aimed at, if anyone")
def test_a_blocs_summit_names_no_target(code):
    text = (
        "DAKAR, Oct 7 (Wire) - Troops in Mali detained the interim president on Sunday and "
        "suspended the constitution.\n\n"
        "Mali's junta said elections would be held within two years.\n\n"
        "West African heads of state held an emergency summit by video link on Monday."
    )
    found = code(text, "2025-10-07")
    summit = in_sentence(found, "emergency summit")
    assert summit, _show(found)
    assert all("MLI" not in {p.country for p in m.recipient} for m in summit), _show(summit)


def test_a_blocs_meeting_with_a_named_state_keeps_it(code):
    text = (
        "BRUSSELS, Dec 3 (Wire) - European Union foreign ministers met Moldova's prime minister "
        "in Brussels on Tuesday to discuss gas supplies."
    )
    found = code(text, "2025-12-03")
    met = [m for m in found if m.event_type in ("CONSULT", "AGREE")]
    assert any("MDA" in {p.country for p in m.recipient} for m in met), _show(found)


def test_a_states_untargeted_demand_still_takes_the_counterpart(code):
    text = (
        "LONDON, April 22 (Wire) - Iran seized a British-flagged oil tanker in the Gulf on "
        "Monday.\n\n"
        "Iran said the tanker had broken maritime rules.\n\n"
        "Britain demanded the immediate release of the crew."
    )
    found = code(text, "2025-04-22")
    asked = [m for m in in_sentence(found, "demanded the immediate") if m.event_type == "REQUEST"]
    assert asked and all(p.country == "IRN" for p in asked[0].recipient), _show(found)


def test_seizing_claimed_islands_is_aimed_at_the_rival_claimant(code):
    text = (
        "TOKYO, Feb 9 (Wire) - Japan and Russia traded protests on Monday over fishing rights "
        "near the disputed northern islands.\n\n"
        "Russia said Japanese boats had entered its waters; Japan called the claim baseless.\n\n"
        "Soviet forces occupied the islands in the final days of the Second World War."
    )
    found = code(text, "2025-02-09")
    taken = [m for m in in_sentence(found, "occupied the islands") if m.event_type == "COERCE"]
    assert taken, _show(found)
    assert {p.country for p in taken[0].recipient} == {"JPN"}, _show(taken)
    assert "recipient.seized_ground" in taken[0].explanation, taken[0].explanation


def test_seizing_control_of_a_shoal_is_not_a_domestic_act(code):
    text = (
        "MANILA, June 2 (Wire) - The Philippines accused China on Sunday of blocking its fishermen "
        "from a rich fishing ground in the South China Sea.\n\n"
        "Manila said Chinese coast guard ships had used water cannon against two boats.\n\n"
        "China took control of the shoal in 2014 after a months-long standoff."
    )
    found = code(text, "2025-06-02")
    taken = [m for m in in_sentence(found, "took control of the shoal") if m.event_type == "COERCE"]
    assert taken, _show(found)
    assert all("CHN" not in {p.country for p in m.recipient} for m in taken), _show(taken)


def test_a_junta_seizing_power_stays_domestic(code):
    text = (
        "BAMAKO, Jan 5 (Wire) - Mali's military rulers said on Monday they would stay in office "
        "until 2030.\n\n"
        "The army seized power in a coup three years ago."
    )
    found = code(text, "2025-01-05")
    taken = [m for m in in_sentence(found, "seized power") if m.event_type == "COERCE"]
    assert taken, _show(found)
    assert all({p.country for p in m.recipient} <= {"MLI"} for m in taken), _show(taken)


def test_rebels_seizing_territory_get_no_foreign_target(code):
    text = (
        "KHARTOUM, Aug 3 (Wire) - Sudan accused Chad on Sunday of letting weapons cross its "
        "frontier to a rebel militia.\n\n"
        "Chad denied the charge and said its border was closed.\n\n"
        "The rebels seized large parts of the territory in 2023."
    )
    found = code(text, "2025-08-03")
    taken = [m for m in in_sentence(found, "seized large parts") if m.event_type == "COERCE"]
    assert all("TCD" not in {p.country for p in m.recipient} for m in taken), _show(taken)
