"""Espionage and diplomatic-row wording: a diplomat declared persona non grata, reciprocal or
retaliatory measures vowed, a hostile act that "will not be left unanswered", and a
participle's own time ("a citizen convicted last year") that is not the main verb's.
Every sentence is invented for the tests (bench/stories/espionage showed the error class)."""

from __future__ import annotations

import pytest

from support import countries


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        ("Hungary declared two Serbian diplomats persona non grata on Monday.", "HUN"),
        ("Estonia has declared a Russian consul persona non grata.", "EST"),
    ],
)
def test_persona_non_grata_is_an_expulsion(code, text, actor):
    found = [m for m in code(text) if m.event_type == "SANCTION"]
    assert found, [m.explanation for m in code(text)]
    assert countries(found[0].actor) == {actor}, found[0].explanation
    assert found[0].modality == "asserted"


@pytest.mark.parametrize(
    ("text", "actor", "recipient"),
    [
        ("Egypt said it would take reciprocal measures against Sudan.", "EGY", "SDN"),
        ("Algeria will adopt retaliatory measures against France, the minister said.", "DZA", None),
    ],
)
def test_reciprocal_measures_vowed_are_a_threat(code, text, actor, recipient):
    found = [m for m in code(text) if m.event_type == "THREATEN"]
    assert found, [m.explanation for m in code(text)]
    assert countries(found[0].actor) == {actor}, found[0].explanation
    if recipient:
        assert recipient in countries(found[0].recipient), found[0].explanation
    assert found[0].modality not in ("negated", "hypothetical")


def test_security_measures_taken_are_no_threat(code):
    text = "Peru took new security measures at its airports on Monday."
    assert not [m for m in code(text) if m.event_type == "THREATEN"]


@pytest.mark.parametrize(
    "text",
    [
        "Moscow said it would not leave the expulsions unanswered.",
        "Iran will not leave this crime unpunished, the foreign ministry said.",
    ],
)
def test_will_not_leave_unanswered_is_a_threat_not_a_denial(code, text):
    found = [m for m in code(text) if m.event_type == "THREATEN"]
    assert found, [m.explanation for m in code(text)]
    assert found[0].modality not in ("negated", "hypothetical"), found[0].explanation


def test_plain_negation_of_leave_stays_negated(code):
    text = "Germany will not leave the alliance, the chancellor said."
    assert not [m for m in code(text) if m.modality != "negated" and m.event_type == "RETREAT"]


@pytest.mark.parametrize(
    ("text", "trigger_type"),
    [
        ("Kenya released a Ugandan activist arrested in March.", "RETREAT"),
        ("Chile expelled two Peruvian diplomats accredited in 2019.", "SANCTION"),
    ],
)
def test_a_participles_time_does_not_date_the_main_verb(code, text, trigger_type):
    found = [m for m in code(text, "2026-04-16") if m.event_type == trigger_type]
    assert found, [m.explanation for m in code(text, "2026-04-16")]
    assert found[0].date == "2026-04-16", found[0].explanation
    assert found[0].modality != "historical"


def test_the_main_verbs_own_time_still_dates_it(code):
    found = [m for m in code("Egypt signed a deal with Sudan in 2019.", "2026-04-16")]
    assert found and found[0].date == "2019"


@pytest.mark.parametrize(
    ("text", "actor", "recipient"),
    [
        (
            "The Chilean ambassador was summoned to the foreign ministry in Lima on Tuesday.",
            "PER",
            "CHL",
        ),
        (
            "Japan's envoy was summoned to the ministry in Seoul and handed a protest note.",
            "KOR",
            "JPN",
        ),
    ],
)
def test_an_envoy_summoned_in_the_passive_was_summoned_by_the_host(code, text, actor, recipient):
    found = [m for m in code(text) if m.event_type == "ACCUSE"]
    assert found, [m.explanation for m in code(text)]
    m = found[0]
    assert countries(m.actor) == {actor} and recipient in countries(m.recipient), m.explanation


def test_a_passive_summons_with_no_host_named_keeps_no_doer(code):
    text = "The Chilean ambassador was summoned on Tuesday."
    assert not [m for m in code(text) if m.event_type == "ACCUSE" and "CHL" in countries(m.actor)]


@pytest.mark.parametrize(
    ("text", "host", "victim"),
    [
        ("A Swedish researcher was arrested in Tehran on Monday.", "IRN", "SWE"),
        ("Two Kenyan activists were arrested in Kampala.", "UGA", "KEN"),
    ],
)
def test_an_arrest_in_a_capital_is_by_that_states_police(code, text, host, victim):
    found = [m for m in code(text) if m.event_type == "COERCE"]
    assert found, [m.explanation for m in code(text)]
    m = found[0]
    assert countries(m.actor) == {host} and victim in countries(m.recipient), m.explanation


@pytest.mark.parametrize(
    "text",
    [
        "China firmly opposes and fights all forms of hacking.",
        "The new agency will fight cybercrime and fraud.",
    ],
)
def test_fighting_a_crime_or_all_its_forms_is_no_assault(code, text):
    assert not [m for m in code(text) if m.event_type == "ASSAULT"]


def test_fighting_rebels_stays_an_assault(code):
    text = "Sudanese troops fought rebels near Khartoum on Sunday."
    assert [m for m in code(text) if m.event_type == "ASSAULT"]
