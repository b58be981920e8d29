"""Branch protest37 (issue #11): protests told by what people do and what they do it for.

- A crowd's act of the body that is no event word of its own, done "to demand / denounce /
  oppose / press for" something or followed by ", demanding ..." (CAMEO 140/141: collective
  action carried out as a protest), is a demonstration (rule recode.act_aim); saying, writing,
  meeting, filing, online acts and errands keep their reading.
- A crowd's refusal to sell or work made to press a demand is a strike or boycott (CAMEO 143:
  protest by refusing to work or cooperate until demands are met).
- The doer of a protest noun a verb of taking part governs when the small model reads the noun
  as adverbial ("joined a march"), and of a siege laid by people in the street (CAMEO 144).
- Kin groups, motorists, widows, transport operators and livestock keepers as everyday people.
- A strike named by its trade or workplace ("a hospital strike") is kept, placed, unattributed.

Every sentence is invented.
"""

from __future__ import annotations

import pytest

ACT_AIMS = [
    "Weavers in Varanasi wrapped the statue of the founder in black cloth to denounce the import "
    "tariffs.",
    "Street vendors in Quito spread their goods across the steps of the city hall to oppose the "
    "new licence fees.",
    "Nurses in Tirana wore black armbands at work to press for overdue wages.",
    "Students in Belgrade blew whistles outside the television building to denounce its coverage.",
    "Villagers in Malawi carried empty buckets to the district office, demanding clean water.",
]

NOT_PROTESTS = [
    "Farmers in Kenya wrote to the governor to demand better roads.",
    "Residents in Kampala signed a petition to demand a new school.",
    "Opposition supporters flooded social media to denounce the verdict in Kenya.",
    "The minister spoke in parliament in Nairobi to denounce the attack.",
    "Villagers in Malawi carried buckets to the well to fetch water.",
    "Nurses in Tirana wore masks at work to protect patients from the flu.",
    "Farmers in Ghana poured their beans into sacks to sell them at the market.",
    "Farmers in Zambia refused to sell their land to the investor.",
    "The new coach joined a club in Bolivia on Sunday.",
    "Airline strike talks resume in Nairobi",
]


@pytest.mark.parametrize("text", ACT_AIMS)
def test_act_done_to_press_a_demand_is_a_demonstration(code, text):
    found = code(text)
    assert "141" in [m.cameo for m in found], [m.explanation for m in found]
    event = next(m for m in found if m.cameo == "141")
    assert "recode.act_aim" in event.explanation
    assert event.actor and event.actor[0].sector in ("CVL", "BUS", "HLH", "LAB", "AGR", "EDU")


@pytest.mark.parametrize("text", NOT_PROTESTS)
def test_lookalikes_name_no_protest(code, text):
    found = code(text)
    assert "PROTEST" not in [m.event_type for m in found], [m.explanation for m in found]


def test_refusal_to_sell_pressing_a_demand_is_a_boycott(code):
    found = code(
        "Maize farmers in Zambia refused to sell their crop to the state buyer, demanding a "
        "better price."
    )
    assert "143" in [m.cameo for m in found], [m.explanation for m in found]


def test_joined_a_march_names_its_marchers(code):
    found = code("Hundreds of residents joined a march through the capital of Bolivia on Sunday.")
    march = [m for m in found if m.event_type == "PROTEST"]
    assert march, [m.explanation for m in found]
    assert march[0].actor and march[0].actor[0].code == "BOLCVL"


def test_siege_laid_by_hawkers_is_an_obstruction(code):
    found = code(
        "Hawkers laid siege to the city hall in Lagos over the demolition of their stalls."
    )
    assert "144" in [m.cameo for m in found], [m.explanation for m in found]


def test_siege_laid_by_rebels_stays_force(code):
    found = code("Rebels laid siege to the town of Kidal in Mali on Monday.")
    assert "PROTEST" not in [m.event_type for m in found], [m.explanation for m in found]


@pytest.mark.parametrize(
    ("text", "code_"),
    [
        ("Clansmen blocked the main road near Beledweyne in Somalia for a day.", "SOMCVL"),
        (
            "Tribesmen marched through the streets of Sanaa in Yemen against the fuel price.",
            "YEMCVL",
        ),
        ("Motorists blocked the ring road in Accra in Ghana over the fuel price.", "GHACVL"),
        ("Transport operators in Uganda went on strike against the new fuel levy.", "UGABUS"),
    ],
)
def test_everyday_doers_of_unrest(code, text, code_):
    found = code(text)
    protest = [m for m in found if m.event_type == "PROTEST"]
    assert protest, [m.explanation for m in found]
    assert protest[0].actor and protest[0].actor[0].code == code_


def test_strike_named_by_its_workplace_is_kept(code):
    found = code("Hospital strike enters third week in Zimbabwe")
    assert "143" in [m.cameo for m in found], [m.explanation for m in found]


@pytest.mark.parametrize(
    "text",
    [
        "The minister said the 1992 transport strike in Lusaka cost the economy millions.",
        "The minister said the 1992 general strike in Lusaka cost the economy millions.",
    ],
)
def test_strike_recalled_by_its_year_is_no_event(code, text):
    found = code(text)
    assert "143" not in [m.cameo for m in found], [m.explanation for m in found]


@pytest.mark.parametrize(
    "text",
    [
        "Angry onion growers parked their tractors on the motorway near Nashik, stopping all "
        "traffic.",
        "Farmers in France tipped loads of hay onto the ring road around Paris, paralysing traffic.",
    ],
)
def test_traffic_stopped_by_people_is_an_obstruction(code, text):
    found = code(text)
    assert "144" in [m.cameo for m in found], [m.explanation for m in found]


@pytest.mark.parametrize(
    "text",
    [
        "A lorry overturned on the motorway near Nashik, stopping all traffic.",
        "Police stopped traffic on the avenue in Nairobi to let the presidential motorcade pass.",
        "A burst water main paralysed traffic in Johannesburg on Monday.",
        "Snow stopped traffic on the motorway near Kyiv for hours.",
        "Thousands of fans stopped traffic in Buenos Aires as they celebrated the title.",
    ],
)
def test_traffic_stopped_by_accident_or_police_is_no_unrest(code, text):
    found = code(text)
    assert not {"PROTEST", "COERCE"} & {m.event_type for m in found}, [m.explanation for m in found]


def test_protest_told_by_its_noun_is_not_doubled(code):
    found = code(
        "Parents of pupils in Bukavu held a sit-in at the school gates on Friday, demanding the "
        "return of their teachers."
    )
    assert [m.event_type for m in found].count("PROTEST") == 1, [m.explanation for m in found]
