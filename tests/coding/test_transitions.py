"""Coups, juntas and transitions: general fixes shown by bench/stories/coups, each tested on
sentences written for these tests (not the bench's): a junta leader keeps the country the story
gave him, one officer travelling is no deployment, a meeting's venue is no party, regional blocs
named by their region, dispersed supporters, a measure under review, reimposed sanctions and
proportionate responses as threats, "after the takeover" and "later that year" as history."""

from __future__ import annotations

import pytest

from support import named_countries as _countries


def _find(mentions, plover: str, trigger: str | None = None):
    found = [
        m
        for m in mentions
        if m.event_type == plover and (trigger is None or trigger in m.evidence.trigger)
    ]
    assert found, f"no {plover} among {[(m.event_type, m.evidence.trigger) for m in mentions]}"
    return found[0]


def test_junta_leader_keeps_his_country_after_foreign_troops_are_named(code):
    ms = code(
        "OUAGADOUGOU, May 4 (Wire) - Thousands of supporters of the junta leader, Captain "
        "Moussa Kabore, rallied in the capital on Saturday. The junta ordered French troops to "
        "leave in 2023. Kabore is due to travel to Moscow next week for talks with Russian "
        "officials.",
        "2026-05-04",
    )
    m = _find(ms, "AGREE", "travel")
    assert _countries(m.actor) == {"BFA"}
    assert "placed in BFA above" in m.explanation


def test_one_officer_due_to_travel_is_a_visit_not_a_deployment(code):
    ms = code(
        "NIAMEY, March 2 (Wire) - The head of the military council, General Ali Sanda, "
        "addressed the nation on Sunday. Sanda is due to travel to Beijing next month for talks.",
        "2026-03-02",
    )
    assert not [m for m in ms if m.event_type == "MOBILIZE"]
    assert _countries(_find(ms, "AGREE", "travel").actor) == {"NER"}


def test_troops_due_to_travel_are_still_a_deployment(code):
    ms = code("Chadian troops are due to travel to Niger next week.", "2026-03-02")
    assert _find(ms, "MOBILIZE").event_type == "MOBILIZE"


@pytest.mark.candidates("checks whom a reading below the default threshold is aimed at, if anyone")
def test_summit_venue_is_not_the_heads_of_state_country(code):
    ms = code(
        "CONAKRY, June 24 (Wire) - The junta agreed on Tuesday to hold elections in 2027. "
        "Heads of state will hold a summit in Lome in July to review the sanctions.",
        "2026-06-24",
    )
    m = _find(ms, "AGREE", "summit")
    assert "TGO" not in _countries(m.actor)


def test_council_meeting_in_washington_is_not_american(code):
    ms = code(
        "LIMA, Aug 13 (Wire) - Troops surrounded Congress on Wednesday. The regional body "
        "condemned the attack and said its Permanent Council would meet in Washington on Friday.",
        "2026-08-13",
    )
    m = _find(ms, "AGREE", "meet")
    assert "USA" not in _countries(m.actor)


def test_place_of_an_attack_still_places_the_gunmen(code):
    ms = code(
        "NAIROBI, April 16 (Wire) - Officials met on Monday. Gunmen attacked a hotel in "
        "Mogadishu on Tuesday.",
        "2026-04-16",
    )
    assert _countries(_find(ms, "ASSAULT").actor) == {"SOM"}


def test_region_named_bloc_is_an_igo_and_shares_its_verbs(code):
    ms = code(
        "BISSAU, March 18 (Wire) - Soldiers detained the president on Tuesday. The West "
        "African bloc ECOWAS condemned the takeover on Wednesday and demanded the immediate "
        "release of the president.",
        "2026-03-18",
    )
    assert _countries(_find(ms, "REQUEST", "release").actor) == {"IGO"}


def test_southeast_asian_bloc_envoy_is_the_bloc(code):
    ms = code(
        "BANGKOK, April 16 (Wire) - Fighting continued on Monday. The Southeast Asian bloc's "
        "special envoy met the junta leader in Naypyitaw on Wednesday.",
        "2026-04-16",
    )
    assert _countries(_find(ms, "CONSULT").actor) == {"IGO"}


def test_dispersed_opposition_supporters_is_coercion(code):
    # dispersal with no means of violence named is coercion (CAMEO 170, branch forbid35);
    # with tear gas, water cannon or batons named on the verb it is repression (175)
    ms = code(
        "Riot police dispersed hundreds of opposition supporters outside parliament on Sunday."
    )
    m = _find(ms, "COERCE", "dispersed")
    assert m.cameo == "170"


def test_students_dispersed_in_the_passive(code):
    ms = code(
        "A group of students who tried to march to the ministry were dispersed by police on Friday."
    )
    assert _find(ms, "COERCE", "dispersed").cameo == "170"


def test_own_assistance_under_review_is_no_aid(code):
    ms = code("The United States said it was reviewing its assistance to Madagascar.")
    assert not [m for m in ms if m.event_type == "AID"]


def test_own_cooperation_reconsidered_is_no_cooperation(code):
    ms = code("Britain said it would reconsider its cooperation with Niger after the coup.")
    assert not [m for m in ms if m.event_type in ("COOPERATE", "AGREE")]


def test_reviewing_another_states_attack_keeps_the_attack(code):
    ms = code("Investigators reviewed Russia's attack on the port.")
    assert _countries(_find(ms, "ASSAULT").actor) == {"RUS"}


def test_announced_assistance_is_still_aid(code):
    ms = code("Japan announced its assistance to Madagascar on Friday.")
    assert _countries(_find(ms, "AID").actor) == {"JPN"}


def test_warning_to_reimpose_sanctions_if_is_a_threat(code):
    ms = code(
        "ECOWAS said it would lift sanctions on Guinea. It warned that the bloc would "
        "reimpose them if the calendar slipped."
    )
    m = _find(ms, "THREATEN", "reimpose")
    assert _countries(m.actor) == {"IGO"}


def test_reimposed_curfew_is_a_curfew(code):
    ms = code("The military council reimposed a curfew in Niamey on Monday.")
    assert _find(ms, "COERCE", "reimposed").cameo == "1723"


def test_would_respond_in_a_proportionate_manner_is_a_threat(code):
    ms = code("Paris said France would respond in a proportionate manner to the expulsions.")
    assert _countries(_find(ms, "THREATEN", "respond").actor) == {"FRA"}


def test_suspension_after_the_takeover_dated_by_the_sentence_before(code):
    ms = code(
        "The army seized power in Niger in July 2023, hours after a disputed vote. The African "
        "Union suspended Niger after the takeover.",
        "2026-02-11",
    )
    m = _find(ms, "SANCTION", "suspended")
    assert m.modality == "historical"
    assert m.date == "2023"


def test_after_the_takeover_of_this_week_stays_current(code):
    ms = code(
        "Soldiers seized power in Niger on Tuesday. The African Union suspended Niger after the "
        "takeover.",
        "2026-02-11",
    )
    assert _find(ms, "SANCTION", "suspended").modality == "asserted"


def test_later_that_year_takes_the_year_named_before(code):
    ms = code(
        "Burkina Faso expelled three French diplomats on Sunday. The junta ordered French troops "
        "to leave in January 2023 and expelled the French ambassador later that year.",
        "2026-05-04",
    )
    m = _find(ms, "SANCTION", "ambassador")
    assert m.date == "2023"
    assert m.modality == "historical"
    assert "date.same_year" in m.explanation


def test_the_same_year_takes_the_year_named_in_the_sentence_before(code):
    ms = code(
        "Mali left the regional bloc in January 2025. Niger recalled its ambassador from Benin "
        "the same year.",
        "2026-05-04",
    )
    assert _find(ms, "SANCTION", "recalled").date == "2025"


def test_police_are_not_placed_by_a_foreign_army_named_before(code):
    ms = code(
        "LIBREVILLE, Feb 11 (Wire) - The council ordered the base closed on Tuesday. About 350 "
        "French soldiers are stationed at the base. Protesters who marched on Sunday "
        "were dispersed by police with tear gas.",
        "2026-02-11",
    )
    m = _find(ms, "ASSAULT", "dispersed")
    assert _countries(m.actor) == {"GAB"}


def test_suspending_political_associations_bans_them(code):
    ms = code(
        "Mali's military council suspended the activities of all political associations on "
        "Tuesday.",
        "2026-07-22",
    )
    assert _find(ms, "COERCE", "suspended").cameo == "1722"


def test_name_with_apposition_then_verb_is_the_subject(code):
    ms = code(
        "ECOWAS condemned the takeover on Wednesday. Portugal, the former colonial power, called "
        "for calm and urged the soldiers to free the president.",
        "2026-03-18",
    )
    assert _countries(_find(ms, "REQUEST", "urged").actor) == {"PRT"}
