"""Issue #11 (branch senses2): triggers read in the wrong sense. Every sentence is invented.

- Sense rows (data/coding/senses.tsv, rule filter.sense / recode.sense): "inspected the troops"
  or the works on a road (one's own forces or works: no investigation); "received the
  deportees", kilograms of maize (people taken in, goods or amounts got: no visitor received);
  "hosts the front", refugees or the Games (no meeting hosted; an object shared by two verbs,
  "backs and hosts the front", is read for both); "impounding water" behind a dam (no
  seizure); "welcomed X's stance" (support, not a visit received); a verbal or trade clash
  (a disagreement, no fighting); "fought the case in court" (a legal contest, no fighting);
  spare parts or tourists flown to a state (freight, no visit), weapons flown (military aid).
- Parliament names shared by several states (data/actors/country_aliases.tsv): the People's
  Majlis is the Maldives', the Milli Majlis Azerbaijan's; the bare Majlis stays Iran's.
"""

from __future__ import annotations

import pytest

from support import countries, dropped_rules
from support import event_types as _types


@pytest.mark.parametrize(
    "text",
    [
        "Jordan's king inspected the border battalions near Mafraq on Thursday.",
        "The Kenyan interior minister inspected construction of the new border wall at Mandera.",
        "Chile's navy commander inspected the frigates of the southern fleet on Monday.",
    ],
)
def test_inspecting_ones_own_forces_or_works_is_no_investigation(code, nlp, text):
    assert "ACCUSE" not in _types(code(text))
    assert "filter.sense" in dropped_rules(nlp, text)


def test_inspecting_a_foreign_ship_stays_an_investigation(code):
    kept = code("Greek coast guards inspected a Turkish freighter off Crete on Monday.")
    assert ("ACCUSE", {"GRC"}) in [(m.event_type, countries(m.actor)) for m in kept]


@pytest.mark.parametrize(
    "text",
    [
        "Ghana said on Monday it had received 400 returnees from Libya.",
        "Tunisia's coast guard said it had received the migrants at Sfax.",
        "Each household in the Ghanaian camp receives ten kilograms of maize a month.",
    ],
)
def test_receiving_people_goods_or_votes_is_no_visit(code, nlp, text):
    assert "CONSULT" not in _types(code(text))
    assert "filter.sense" in dropped_rules(nlp, text)


def test_receiving_an_envoy_stays_a_visit_received(code):
    kept = code("Ghana's president received the Togolese foreign minister in Accra on Monday.")
    assert [(m.event_type, countries(m.actor), countries(m.recipient)) for m in kept] == [
        ("CONSULT", {"GHA"}, {"TGO"})
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Iran hosts the rebel movement and funds its fighters, officials in Baghdad say.",
        "Tanzania hosts a camp for Burundian refugees near Kigoma.",
        "Morocco will host the African football championship next year.",
    ],
)
def test_hosting_a_movement_refugees_or_games_is_no_meeting(code, text):
    assert "CONSULT" not in _types(code(text))


def test_hosting_a_movement_is_dropped_by_the_sense_row(code, nlp):
    text = "Tanzania hosts a camp for Burundian refugees near Kigoma."
    assert "filter.sense" in dropped_rules(nlp, text)
    # the object shared by two verbs, hung by the parse on the first ("backs and hosts X")
    text = (
        "Uganda backs and hosts the Sudan People's Liberation Movement, which controls the south."
    )
    assert "CONSULT" not in _types(code(text))
    assert "SUPPORT" in _types(code(text))
    kept = code("Ghana hosted the Nigerian and Togolese foreign ministers in Accra on Monday.")
    assert "CONSULT" in _types(kept)


@pytest.mark.parametrize(
    "text",
    [
        "Kenya began impounding water behind its new dam on the Tana river on Monday.",
        "Uganda will impound floodwater in the new reservoir from next month.",
    ],
)
def test_impounding_water_is_no_seizure(code, nlp, text):
    assert code(text) == []
    assert "filter.sense" in dropped_rules(nlp, text)


def test_impounding_a_ship_stays_a_seizure(code):
    kept = code("Kenyan police impounded a Somali fishing boat at Lamu on Monday.")
    assert "COERCE" in _types(kept)


def test_welcoming_a_stance_is_support_not_a_visit(code):
    (m,) = code("Kenya welcomed Uganda's stance on the oil pipeline on Monday.")
    assert (m.event_type, countries(m.actor), countries(m.recipient)) == (
        "SUPPORT",
        {"KEN"},
        {"UGA"},
    )
    assert "recode.sense" in m.explanation
    (m,) = code("Kenya's president welcomed the Ugandan prime minister in Nairobi on Monday.")
    assert m.event_type == "CONSULT"


@pytest.mark.parametrize(
    "text",
    [
        "Kenya and Uganda clashed on Monday over sugar tariffs at the trade talks in Arusha.",
        "Ghana's finance minister clashed with the central bank over inflation targets.",
        "The trade clash between Kenya and Tanzania has hurt farmers on both sides.",
    ],
)
def test_a_verbal_or_trade_clash_is_no_fighting(code, text):
    assert "ASSAULT" not in _types(code(text))


def test_a_clash_of_troops_stays_fighting(code):
    kept = code("Kenyan troops clashed with Somali militiamen near Mandera on Monday.")
    assert "ASSAULT" in _types(kept)


@pytest.mark.parametrize(
    "text",
    [
        "Belize has fought the case at the court in The Hague for a decade.",
        "Ghana is fighting the extradition of its former minister in a London court.",
    ],
)
def test_fighting_a_case_in_court_is_no_fighting(code, text):
    assert "ASSAULT" not in _types(code(text))


def test_a_majlis_is_tied_to_the_state_its_full_name_says(code):
    mentions = code("The Maldivian president urged the People's Majlis to pass the budget.")
    assert mentions and all("IRN" not in countries(m.recipient) for m in mentions)
    assert any("MDV" in countries(m.recipient) for m in mentions)
    mentions = code("Azerbaijan's Milli Majlis condemned the French senate's resolution.")
    assert mentions and all("IRN" not in countries(m.actor) for m in mentions)
    mentions = code("Iran's Majlis condemned the American sanctions on Monday.")
    assert any("IRN" in countries(m.actor) for m in mentions)


def test_goods_or_weapons_flown_to_a_state_are_no_visit(code):
    assert code("A Ghanaian airline flew 200 tourists to Togo on Friday.") == []
    assert code("A Kenyan airline flies spare parts to Somalia every week.") == []
    (m,) = code("Germany flew rifles and ammunition to Ghana on Monday.")
    assert (m.event_type, m.cameo) == ("AID", "072")
    (m,) = code("The Kenyan president flew to Kampala on Monday for talks.")
    assert (m.event_type, countries(m.recipient)) == ("CONSULT", {"UGA"})
