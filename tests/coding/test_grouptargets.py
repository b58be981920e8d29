"""Targets told by group words and acts told apart (branch grouptargets; issues #11/#12), on
invented stories: two accusations of one country by parties on opposite sides of the state (the
opposition and a ministry, rebels and the army), or at targets of which only one side's have a
country, are two acts, and the undated one does not take the other's day as "another telling of
the same act" (date.same_act)."""

from __future__ import annotations

import pytest


def _show(found):
    return [
        (
            m.event_type,
            m.evidence.trigger,
            [p.code for p in m.actor],
            [p.code for p in m.recipient],
            m.date,
            m.date_rules,
        )  # fmt: skip
        for m in found
    ]


def _of(found, words):
    return [m for m in found if words in m.evidence.sentence_text]


def test_an_opposition_accusation_keeps_its_own_day_beside_a_ministry_accusation(code):
    text = (
        "BLANTYRE, Sept 10 - Police searched the offices of the Workers' Forum on Monday. "
        "Opposition spokeswoman Grace Banda accused the ruling party of turning the "
        "police against its members. Officers carried away ledgers and laptops. "
        "Diplomats said they were following the case. "
        "The foreign ministry on Wednesday accused certain Western embassies of siding with "
        "the forum."
    )
    found = code(text, "2026-09-10")
    first = [m for m in _of(found, "turning the police") if m.event_type == "ACCUSE"]
    assert first, _show(found)
    assert all(m.date == "2026-09-07" for m in first), _show(found)
    assert all("date.same_act" not in m.date_rules for m in first), _show(found)


def test_the_armys_and_the_rebels_accusations_are_two_acts(code):
    text = (
        "NIAMEY, Sept 10 - Clashes broke out near the town of Agadez on Monday. "
        "The army accused rebel fighters of burning a grain store. "
        "Herders moved their animals south. "
        "On Wednesday a rebel commander accused the army of killing two herders."
    )
    found = code(text, "2026-09-10")
    first = [m for m in _of(found, "burning a grain store") if m.event_type == "ACCUSE"]
    assert first, _show(found)
    assert all(m.date == "2026-09-07" for m in first), _show(found)


def test_one_accusation_told_twice_still_takes_the_day_named_once(code):
    text = (
        "DHAKA, Sept 10 - Bangladesh accused Myanmar of shelling fishing boats in the Naf river. "
        "Two fishermen were hurt, officials said. "
        "Bangladesh's foreign ministry on Wednesday accused Myanmar of breaking a border accord "
        "by shelling the boats."
    )
    found = code(text, "2026-09-10")
    first = [m for m in _of(found, "fishing boats") if m.event_type == "ACCUSE"]
    assert first, _show(found)
    assert any(m.date == "2026-09-09" for m in first), _show(found)


def _targets(found, words):
    return [{p.country for p in m.recipient} for m in _of(found, words) if m.event_type == "ACCUSE"]


def test_foreign_embassies_are_the_embassies_the_story_named_before(code):
    text = (
        "GABORONE, Sept 10 - Police detained four lawyers on Monday. "
        "The Swedish embassy and the Dutch embassy called for their release on Tuesday. "
        "On Wednesday the interior ministry accused foreign embassies of interfering in the "
        "courts."
    )
    found = code(text, "2026-09-10")
    got = _targets(found, "interfering in the courts")
    assert got, _show(found)
    assert {"NLD", "SWE"} in got, _show(found)


def test_foreign_embassies_named_before_by_no_one_are_not_the_home_state(code):
    text = (
        "GABORONE, Sept 10 - The interior ministry on Wednesday accused certain foreign "
        "embassies of stirring up students."
    )
    found = code(text, "2026-09-10")
    got = _targets(found, "stirring up students")
    assert got, _show(found)
    assert all("BWA" not in g for g in got), _show(found)


@pytest.mark.candidates("checks whom a reading below the default threshold is aimed at, if anyone")
def test_any_attempt_upon_a_state_is_not_aimed_at_that_state(code):
    text = (
        "ACCRA, Sept 10 - Gunmen raided a customs post in northern Togo on Monday. "
        "Togo closed two crossings on Tuesday. Togo said the attackers came from the north. "
        "Ghana's president on Wednesday condemned attempts to destabilise Togo."
    )
    found = code(text, "2026-09-10")
    got = [
        {p.country for p in m.recipient}
        for m in _of(found, "attempts to destabilise")
        if m.event_type == "ACCUSE"
    ]
    assert got, _show(found)
    assert all("TGO" not in g for g in got), _show(found)


def test_foreign_governments_urged_by_a_state_are_not_that_state(code):
    text = (
        "LIMA, Sept 10 - Peru's president on Wednesday urged foreign governments to respect "
        "the decision of the electoral court."
    )
    found = code(text, "2026-09-10")
    got = [
        {p.country for p in m.recipient}
        for m in _of(found, "foreign governments")
        if m.event_type == "REQUEST"
    ]
    assert got, _show(found)
    assert all("PER" not in g for g in got), _show(found)


def test_both_sides_urged_by_a_third_state_are_the_two_others(code):
    text = (
        "HANOI, Sept 10 - Cambodia and Thailand exchanged fire across their border on Monday. "
        "Vietnam on Tuesday called on both sides to hold talks."
    )
    found = code(text, "2026-09-10")
    got = [
        {p.country for p in m.recipient}
        for m in _of(found, "both sides")
        if m.event_type == "REQUEST"
    ]
    assert {"KHM", "THA"} in got, _show(found)


def test_its_two_neighbours_are_the_two_states_beside_the_doer(code):
    text = (
        "DAKAR, Sept 10 - Guinea and Senegal closed their borders to Malian trucks on Saturday. "
        "Mali's government accused its two neighbours of strangling its economy."
    )
    found = code(text, "2026-09-10")
    got = [
        {p.country for p in m.recipient}
        for m in _of(found, "two neighbours")
        if m.event_type == "ACCUSE"
    ]
    assert {"GIN", "SEN"} in got, _show(found)


def test_criticism_by_the_rights_groups_is_the_groups_the_story_named(code):
    text = (
        "TASHKENT, Sept 10 - Amnesty International and Human Rights Watch on Monday urged "
        "Uzbekistan to free a jailed poet. "
        "The justice ministry on Tuesday rejected the criticism by the rights groups."
    )
    found = code(text, "2026-09-10")
    got = [
        {p.country for p in m.recipient}
        for m in _of(found, "criticism by the rights groups")
        if m.event_type == "REJECT"
    ]
    assert {"NGO"} in got, _show(found)
