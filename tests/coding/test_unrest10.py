"""Unrest wording that bench/data/unrest_snippets10.tsv measures, where a competing reading or an
unknown role lost the event: a search of homes, offices or cars by police or troops read as an
investigation (PETRARCH-2's 090) instead of the raid it is (rule recode.forces_search), and
everyday people (herders, poachers, bouncers: data/actors/people.tsv) who kill, beat or hold
people, dropped for having no doer (rule actor.everyday_harm). Look-alikes stay as they were (a
search for someone, a rescue search, everyday people who harm no named person). Every text is
written for these tests."""

from __future__ import annotations

import pytest

from support import top


@pytest.mark.parametrize(
    "text",
    [
        "Police searched the flats of four union organisers in Gomel and took away their laptops.",
        "Soldiers searched homes across the valley for rifles on Wednesday.",
        "Security agents searched the studio of the opposition radio station in Bujumbura.",
    ],
)
def test_forces_search_of_premises_is_coercion(code, text):
    event = top(code(text))
    assert event.event_type == "COERCE", event.explanation
    assert "recode.forces_search" in event.explanation


@pytest.mark.parametrize(
    "text",
    [
        "Police searched for the two escaped convicts in the hills above Kandy.",
        "Divers searched the reservoir for the missing canoeist near Tromso.",
    ],
)
def test_guard_search_for_someone_or_a_rescue_is_no_raid(code, text):
    assert "COERCE" not in {m.event_type for m in code(text)}


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Herders armed with rifles killed seven farmers near Makurdi on Sunday.", "ASSAULT"),
        ("Poachers shot dead two wildlife rangers in a national park in Zambia.", "ASSAULT"),
        ("Armed herdsmen stabbed two farmers to death in a village near Jos, Nigeria.", "ASSAULT"),
    ],
)
def test_everyday_people_harming_named_people_are_the_doers(code, text, kind):
    event = top(code(text))
    assert event.event_type == kind, event.explanation
    assert not event.unattributed
    assert event.actor, event.explanation
    assert "actor.everyday_harm" in event.explanation


@pytest.mark.parametrize(
    "text",
    [
        "Fishermen killed a large shark that had been caught in their nets off Mombasa.",
        "Herders slaughtered forty goats for the wedding feast in Garissa.",
    ],
)
def test_guard_everyday_people_harming_no_person_stay_uncoded(code, text):
    assert not [m for m in code(text) if m.event_type in ("ASSAULT", "COERCE")]


@pytest.mark.parametrize(
    "text",
    [
        "Militiamen held six aid workers hostage for a week in a camp near Bunia.",
        "Kidnappers held two engineers hostage in a forest near Kaduna for three weeks.",
    ],
)
def test_held_hostage_is_hostage_taking_not_detention(code, text):
    event = top(code(text))
    assert (event.event_type, event.cameo) == ("ASSAULT", "181"), event.explanation


def test_guard_held_in_custody_stays_detention(code):
    event = top(code("Police held the three suspects in custody overnight in Gulu."))
    assert (event.event_type, event.cameo) == ("COERCE", "173")
