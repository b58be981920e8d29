"""Wording families of unrest news that bench/data/unrest_snippets8.tsv measures: protest forms
the lexicon lacked (the pot-banging protest or cacerolazo, a gherao, tyres set on fire in the
street), workers who refuse to do their work (a strike told by what they will not do), blows
struck by hand or foot on a person (punched, kicked, slapped, strangled), and doers named in
court reporting (the defendants, a gang); with look-alikes that stay as they were (pots banged
to celebrate, a rally driver, a ball kicked, the air punched, a state refusing to work with
inspectors). Every text is written for these tests."""

from __future__ import annotations

import pytest

from support import by_type, event_types


def top(mentions):
    assert mentions, "nothing coded"
    return max(mentions, key=lambda m: m.confidence)


@pytest.mark.parametrize(
    ("text", "cameo"),
    [
        ("Hundreds of nurses banged pots and pans outside the health ministry in Lima.", "141"),
        ("Residents of Cordoba beat saucepans on their balconies against the new tax.", "141"),
        ("Opposition supporters staged a cacerolazo in Buenos Aires against the budget.", "141"),
        ("Students held a gherao of the vice-chancellor's office in Patna over exam fees.", "144"),
        ("Traders in Kisumu set tyres ablaze on the main street over the new market fees.", "145"),
        ("Angry villagers set fire to tyres on the highway near Kitwe after a power cut.", "145"),
    ],
)
def test_protest_forms(code, text, cameo):
    event = top(code(text))
    assert (event.event_type, event.cameo) == ("PROTEST", cameo)


@pytest.mark.parametrize(
    "text",
    [
        "Fans in Lima beat saucepans in the street to celebrate the league title.",
        "Neighbours in Valencia banged pots and pans to celebrate the new year.",
        "The rally driver from Kenya won the stage in Finland on Saturday.",
    ],
)
def test_guard_celebrations_and_motor_sport_are_no_protest(code, text):
    assert "PROTEST" not in event_types(code(text))


@pytest.mark.parametrize(
    "text",
    [
        "Bus drivers in Lagos refused to work on Monday after a colleague was beaten by police.",
        "Dockers in Durban refused to unload the cargo ship over unpaid overtime.",
        "Coal miners in Tuzla refused to go underground until their wages were paid.",
    ],
)
def test_workers_refusing_their_work_strike(code, text):
    assert by_type(code(text), "PROTEST", "refused").cameo == "143"


@pytest.mark.parametrize(
    "text",
    [
        "Iran refused to work with the inspectors of the nuclear agency.",
        "The nurses' union in Leeds refused to accept the pay offer.",
    ],
)
def test_guard_other_refusals_stay_refusals(code, text):
    assert "PROTEST" not in event_types(code(text))


@pytest.mark.parametrize(
    ("text", "cameo"),
    [
        ("Two men in Marseille punched a bus driver who asked them to wear masks.", "182"),
        ("Soldiers in Goma slapped women queuing for water at a checkpoint.", "182"),
        ("Officers kicked the detainee repeatedly in a police van in Leeds.", "182"),
        ("A gang strangled a taxi driver near Mombasa and stole his car.", "1823"),
    ],
)
def test_blows_by_hand_or_foot(code, text, cameo):
    assert by_type(code(text), "ASSAULT").cameo == cameo


@pytest.mark.parametrize(
    "text",
    [
        "The striker kicked the ball into the net in Madrid.",
        "Fans punched the air as the home side scored in Madrid.",
        "High interest rates strangled the housing market in Sydney.",
    ],
)
def test_guard_balls_air_and_markets_are_no_victims(code, text):
    assert "ASSAULT" not in event_types(code(text))


@pytest.mark.parametrize(
    "text",
    [
        "According to the charge sheet, the defendants kidnapped a trader in Puebla in 2022.",
        "The prosecution says a gang threw a grenade at a police post in Imphal.",
    ],
)
def test_doers_named_in_court_reporting(code, text):
    event = by_type(code(text), "ASSAULT")
    assert event.actor and event.actor[0].sector == "CRM"


def test_a_crowd_filling_a_square_to_demand_is_a_demonstration(code):
    text = "Thousands of nurses filled the streets of Lisbon to demand better staffing."
    event = top(code(text))
    assert (event.event_type, event.cameo) == ("PROTEST", "141")


def test_guard_fans_filling_a_stadium_protest_nothing(code):
    assert "PROTEST" not in event_types(
        code("Fans filled the stadium in Lisbon to watch the final.")
    )


@pytest.mark.parametrize(
    "text",
    [
        "In the final episode, rebels storm the palace in Ruritania and kill the king.",
        "The actress plays a journalist who is kidnapped by militiamen in Beirut.",
    ],
)
def test_an_episode_or_an_actors_role_is_plot(code, text):
    assert not {"ASSAULT", "PROTEST"} & set(event_types(code(text)))


def test_guard_an_episode_of_news_stays_news(code):
    text = "Militiamen kidnapped a journalist in Beirut on Monday, the first episode of its kind."
    assert by_type(code(text), "ASSAULT").cameo == "181"
