"""Wording of international policy news (bench/stories/policy): attributing a hack or an attack
to a state, indictments that are unsealed, filed or returned, and the indictment's participle
naming whom it charges. Every sentence is written for these tests."""

from __future__ import annotations

from support import countries


def _types(mentions):
    return {m.event_type for m in mentions}


def test_attributing_a_cyberattack_to_a_state_accuses_it(code):
    ms = code("Sweden on Monday attributed a ransomware attack on its tax agency to Iran.")
    acc = [m for m in ms if m.event_type == "ACCUSE"]
    assert acc and countries(acc[0].actor) == {"SWE"}
    assert countries(acc[0].recipient) == {"IRN"}
    # the attack is Iran's, not an attack by Sweden
    assert not any(m.event_type == "ASSAULT" and countries(m.actor) == {"SWE"} for m in ms)


def test_attributing_an_intrusion_to_a_ministry_names_its_country(code):
    ms = code("Canada attributed the intrusion to China's Ministry of State Security.")
    acc = [m for m in ms if m.event_type == "ACCUSE"]
    assert acc and countries(acc[0].recipient) == {"CHN"}


def test_attributing_an_economic_trend_is_no_event(code):
    assert not code("Officials in Lima attributed the drop in copper exports to weak demand.")


def test_an_unsealed_indictment_charging_officers_accuses_their_state(code):
    ms = code(
        "The US Justice Department on Tuesday unsealed an indictment charging five Iranian "
        "intelligence officers with hacking."
    )
    acc = [m for m in ms if m.event_type == "ACCUSE"]
    assert acc and countries(acc[0].actor) == {"USA"}
    assert countries(acc[0].recipient) == {"IRN"}


def test_a_filed_indictment_is_an_accusation(code):
    ms = code(
        "Federal prosecutors in Ohio filed an indictment charging three Chinese nationals "
        "with theft of trade secrets."
    )
    acc = [m for m in ms if m.event_type == "ACCUSE"]
    assert acc and countries(acc[0].recipient) == {"CHN"}


def test_a_returned_indictment_against_officials(code):
    ms = code("A US federal grand jury returned an indictment against two Venezuelan generals.")
    assert "ACCUSE" in _types(ms)
