"""Branch protest36 (issue #11): protests told by what people do rather than by a protest verb.

Trigger rows (triggers.tsv, rows marked "branch protest36"), from the CAMEO 141 / 143 / 144
definitions and dictionary senses: a body of workers who "stay off work" or "stay at home"
(a stayaway, 143); traders who keep their shops shut told as a protest (a shutdown, 143);
crowds who "turn out" or "come out" to oppose or demand (141); people who "cut" a highway
(Spanish "cortar la ruta", French "couper la route": to block it, 144). Look-alikes (one person
off sick, tourists at home in the heat, shops shut for a holiday, voters or spectators turning
out, a union coming out against a plan, funding cut, hay cut, a landslide over a road) keep their
reading. Every sentence is invented.
"""

from __future__ import annotations

import pytest

PROTEST = [
    ("Railway staff in Bulawayo stayed off work for two days over late salaries.", "143"),
    ("Hospital cleaners in Gweru stayed at home on Monday in a row over wages.", "143"),
    (
        "Butchers in Kayes kept their shops shut all week, heeding a call by their union.",
        "143",
    ),
    (
        "A large crowd turned out on Saturday in Tartu to oppose the closure of the rail line.",
        "141",
    ),
    ("Several hundred nurses came out onto the streets of Kisumu to demand back pay.", "141"),
    ("Miners cut the road between Potosi and Sucre for a day.", "144"),
]

LOOKALIKES = [
    "The manager stayed off work with flu for a week.",
    "Tourists stayed at home in Lyon because of the heat.",
    "Shopkeepers in Kumasi kept their shops closed on Monday for the public holiday.",
    "The bakery kept its doors closed over the long weekend.",
    "Thousands turned out in Budapest to watch the parade.",
    "Voters turned out in large numbers in Lagos.",
    "The union came out against the pension plan.",
    "Farmers cut the hay in the fields near Lyon.",
    "A landslide cut the main road to the village.",
]


@pytest.mark.parametrize(("text", "cameo"), PROTEST)
def test_protest_told_by_the_act(code, text, cameo):
    found = code(text)
    assert cameo in [m.cameo for m in found], [m.explanation for m in found]


@pytest.mark.parametrize("text", LOOKALIKES)
def test_lookalikes_name_no_protest(code, text):
    found = code(text)
    assert "PROTEST" not in [m.event_type for m in found], [m.explanation for m in found]


def test_road_funding_cut_stays_an_aid_cut(code):
    found = code("The government cut road funding in the budget.")
    assert "144" not in [m.cameo for m in found], [m.explanation for m in found]


def test_army_cutting_off_a_town_stays_a_blockade(code):
    found = code("The army cut off the road to the rebel town.")
    assert "191" in [m.cameo for m in found], [m.explanation for m in found]


def test_shops_shut_in_protest_keep_the_protest_reading(code):
    found = code(
        "Every chemist in Tartu kept the shutters down for a day in protest against the shooting."
    )
    assert "PROTEST" in [m.event_type for m in found], [m.explanation for m in found]
