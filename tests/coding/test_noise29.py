"""Roles and bodies the text does not tie to a state (branch noise14; rules filter.private_role,
filter.private_named_body, filter.guessed_people; data/actors/private_bodies.tsv). Every text is
written for these tests."""

from __future__ import annotations

import pytest

from communique.coding.private_roles import owned_roles, private_bodies
from support import country_rows


def _events(code, text: str) -> list[tuple[str, list[str | None], list[str | None]]]:
    return country_rows(code(text, when="2026-04-20"))


def test_the_data_names_owners_and_owned_roles():
    assert {"regatta", "orchestra", "college", "festival"} <= set(private_bodies())
    assert {"official", "officials", "director", "president", "chairman", "head"} <= owned_roles()


# -- filter.private_role ------------------------------------------------------------------------
def test_a_regattas_officials_are_no_government(code):
    text = (
        "Crews from Kenya and Ghana raced on the lake on Saturday, and Kenya won by two lengths.\n\n"
        "Regatta officials dismissed the protest, saying the buoys had been moved correctly."
    )
    assert not any(t == "REJECT" for t, *_ in _events(code, text))


def test_the_orchestras_director_is_no_official(code):
    text = (
        "The Vienna orchestra played in Chile last night to a full hall.\n\n"
        "The orchestra's director praised the young soloists."
    )
    assert not any(t in ("SUPPORT", "CONSULT") for t, *_ in _events(code, text))


def test_the_director_after_a_documentary_is_no_official(code):
    text = (
        "A documentary about Peruvian fishing villages opened the season in Lima.\n\n"
        "The documentary shows three families through a hard winter. Its director thanked the "
        "fishermen who had shared their homes."
    )
    assert _events(code, text) == []


def test_the_head_of_a_college_is_no_head_of_government(code):
    text = (
        "A storm flooded the campus in Manila on Monday.\n\n"
        "The head of the college praised the students who moved the books to safety."
    )
    assert _events(code, text) == []


# -- filter.private_named_body --------------------------------------------------------------------
def test_a_state_in_a_galleries_name_is_no_state(code):
    text = (
        "The National Gallery of Canada and a university in Peru have signed an agreement to "
        "restore old maps together."
    )
    assert _events(code, text) == []


# -- filter.guessed_people ------------------------------------------------------------------------
def test_dockers_placed_only_by_the_story_make_no_event(code):
    text = (
        "Storms closed the ports of Spain for four days. Forecasters expect more rain and gusts "
        "of wind, and ferries across Spain stayed in harbour.\n\n"
        "Dockers in the port asked the shipping lines for longer breaks."
    )
    assert not any(t == "REQUEST" for t, *_ in _events(code, text))


@pytest.mark.candidates("checks how the doer of a reading below the default threshold is placed")
def test_dockers_in_a_political_story_keep_its_country(code):
    text = (
        "The government of Spain closed the ports after the election, and the opposition "
        "accused the prime minister of ignoring parliament.\n\n"
        "Dockers in the port asked the shipping lines for longer breaks."
    )
    assert any(t == "REQUEST" for t, *_ in _events(code, text))


def test_dockers_named_with_their_country_still_make_an_event(code):
    text = "Spanish dockers asked the government for longer breaks."
    assert any(t == "REQUEST" for t, *_ in _events(code, text))


# -- political uses keep their events -------------------------------------------------------------
def test_election_officials_still_act_for_the_state(code):
    text = "Election officials in Kenya rejected the opposition's complaint on Monday."
    assert any(t == "REJECT" and a == ["KEN"] for t, a, _ in _events(code, text))


def test_the_director_of_the_intelligence_service_is_still_an_official(code):
    text = (
        "The director of Pakistan's intelligence service met the Afghan foreign minister in "
        "Kabul on Sunday."
    )
    assert any(t == "CONSULT" for t, *_ in _events(code, text))


def test_a_unions_general_strike_is_still_an_event(code):
    text = (
        "Prices have doubled in Nigeria this year.\n\n"
        "The union called a general strike for Monday over fuel prices."
    )
    assert any(a == ["NGA"] for _, a, _ in _events(code, text))


def test_farmers_union_leaders_meeting_a_minister_is_still_an_event(code):
    text = "Farmers' union leaders met the agriculture minister of India in Delhi on Friday."
    assert any(t == "CONSULT" for t, *_ in _events(code, text))


def test_officials_said_in_a_story_about_a_ministry_may_be_the_governments(code):
    text = (
        "The Egyptian foreign ministry summoned the Ethiopian ambassador on Tuesday.\n\n"
        "Officials accused Ethiopia of filling the dam without an agreement."
    )
    assert any(t == "ACCUSE" and r == ["ETH"] for t, _, r in _events(code, text))


# -- filter.private_nationality with a target assumed from the doer's country -----------------
def test_a_film_makers_denial_gets_no_domestic_target(code):
    text = (
        "The animation festival closed with a screening of the winning film, a comedy about a "
        "lighthouse keeper, and the actors thanked the audience. Critics praised the soundtrack "
        "and the cinema was full for every film.\n\n"
        "Afterwards the Danish director denied rumours that she was leaving the studio."
    )
    assert not any(t == "REJECT" for t, *_ in _events(code, text))
