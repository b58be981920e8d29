"""Unrest wording families of the unrest18 branch: a purpose clause's "to" is no preposition
of the verb before it ("went on strike *to* demand", rule trigger.purpose_to), blockades told by
what is put across a way or who sits on it, class boycotts told by their verbs, wounding with a
blade, running over marchers (data/coding/triggers.tsv), and the armed vehicles of a state's
forces as doers (data/actors/roles.tsv)."""

from __future__ import annotations

import pytest

from support import asserted_of as _of
from support import mention_rows as _types


@pytest.mark.parametrize(
    "text",
    [
        "Bus drivers in Ghana went on strike to press for better pay.",
        "Three teachers in Zambia went on hunger strike to demand their back pay.",
    ],
)
def test_a_strike_with_a_purpose_clause_is_a_strike(code, text):
    ms = code(text)
    assert _of(ms, "PROTEST"), _types(ms)
    assert not [m for m in ms if m.cameo == "042"], _types(ms)


def test_going_to_a_place_is_still_a_visit(code):
    ms = code("The senator went to Brussels to meet the commissioners.")
    assert [m for m in ms if m.cameo == "042"], _types(ms)


def test_purpose_to_opens_another_clause(nlp):
    from communique.coding.pattern_keys import purpose_to

    doc = nlp("Bus drivers in Ghana went on strike to press for better pay.")
    assert purpose_to(doc[7])
    doc = nlp("The ministers agreed to hold talks in Geneva.")
    assert not purpose_to(doc[3])


@pytest.mark.parametrize(
    "text",
    [
        "Haulage drivers parked their lorries across the highway outside Accra in a dispute over tolls.",
        "Farmers in Poland parked their tractors across the border crossing with Ukraine.",
        "Protesters sat on the railway tracks outside Mumbai for two hours.",
        "Villagers in Peru squatted on the road leading to the copper mine.",
        "Workers chained the gates of the factory in Bangladesh to keep managers out.",
        "Residents felled trees across the highway in Bolivia to stop the convoy.",
    ],
)
def test_a_way_blocked_by_what_is_put_on_it(code, text):
    ms = code(text)
    assert [m for m in _of(ms, "PROTEST") if m.cameo == "144"], _types(ms)


@pytest.mark.parametrize(
    "text",
    [
        "The shopkeeper parked his car across the road from the bank in Nairobi.",
        "Fans sat on the grass outside the stadium in Lagos.",
    ],
)
def test_parking_or_sitting_somewhere_is_no_blockade(code, text):
    ms = code(text)
    assert not _of(ms, "PROTEST"), _types(ms)


@pytest.mark.parametrize(
    "text",
    [
        "Students in Nigeria skipped lectures to protest the rise in hostel fees.",
        "Law students in Uganda shunned lectures over the arrest of a classmate.",
        "Secondary pupils in Zambia stayed away from classes to protest the exam timetable.",
        "Lawyers in Pakistan stayed away from the courts to denounce the arrest of a colleague.",
        "Students at the university in Kenya refused to sit their exams.",
    ],
)
def test_class_boycotts(code, text):
    ms = code(text)
    assert [m for m in _of(ms, "PROTEST") if m.cameo == "143"], _types(ms)


def test_staying_away_from_school_is_no_boycott(code):
    ms = code("Pupils in Kenya stayed away from school because of the floods.")
    assert not _of(ms, "PROTEST"), _types(ms)


def test_hacking_with_a_blade_is_violence(code):
    ms = code("Militiamen hacked two farmers with machetes near Bunia in Congo.")
    assert [m for m in _of(ms, "ASSAULT") if m.cameo == "180"], _types(ms)


def test_hacking_meat_is_no_event(code):
    assert not code("The cook hacked the meat with a knife in Lagos.")


@pytest.mark.parametrize(
    ("text", "sector"),
    [
        ("A police van ran over a demonstrator outside the parliament in Kenya.", "COP"),
        ("An armoured vehicle fired on the marchers in Sudan.", "MIL"),
        ("A gunboat shelled the coastal villages of Yemen.", "MIL"),
    ],
)
def test_armed_vehicles_are_doers(code, text, sector):
    ms = _of(code(text), "ASSAULT")
    assert ms and ms[0].actor and ms[0].actor[0].code.endswith(sector), _types(code(text))


def test_a_think_tank_is_no_armed_force(code):
    ms = code("A think tank in Kenya said police had beaten students.")
    assert not [a for m in ms for a in m.actor if a.text.lower().endswith("tank")], _types(ms)


@pytest.mark.parametrize(
    "text",
    [
        "Refuse collectors in Leeds staged a walkout over pay.",
        "Rubbish piled up in Lisbon as refuse collectors went on strike over pay.",
        "Garbage collectors in Lima stopped work over unpaid wages.",
    ],
)
def test_refuse_collectors_strike(code, text):
    ms = _of(code(text), "PROTEST")
    assert ms and ms[0].actor and ms[0].actor[0].code.endswith("LAB"), _types(code(text))


def test_refusing_a_claim_is_still_a_rejection(code):
    ms = code("The union refused the offer of the city council in Ghana.")
    assert _of(ms, "REJECT"), _types(ms)


@pytest.mark.parametrize(
    "text",
    [
        "Investigators in Peru are looking into the kidnapping of a mayor.",
        "Police in Ghana are investigating the kidnapping of two traders seized at a market.",
    ],
)
def test_the_investigators_are_no_doers_of_what_they_look_into(code, text):
    ms = [m for m in code(text) if m.event_type == "ASSAULT"]
    assert ms, _types(code(text))
    assert not [a for m in ms for a in m.actor if a.code.endswith("COP")], _types(ms)


def test_a_doer_named_by_the_act_stays(code):
    ms = code("The opposition in Kenya criticised the killing of two students by police.")
    assert [m for m in _of(ms, "ASSAULT") if m.actor and m.actor[0].code == "KENCOP"], _types(ms)


def test_passengers_seized_are_abducted(code):
    ms = code("Bandits seized 20 passengers from a minibus in Zamfara, Nigeria.")
    assert [m for m in _of(ms, "ASSAULT") if m.cameo == "181"], _types(ms)


def test_a_passenger_train_seized_is_no_abduction(code):
    ms = code("Rebels seized a passenger train in Pakistan.")
    assert not [m for m in ms if m.cameo == "181"], _types(ms)


@pytest.mark.parametrize(
    "text",
    [
        "Students camped inside the ministry of education in Chile for three days.",
        "Sacked miners in Bolivia have camped inside the headquarters of the mining company.",
    ],
)
def test_camping_inside_a_seat_of_authority_is_an_occupation(code, text):
    ms = code(text)
    assert [m for m in _of(ms, "PROTEST") if m.cameo == "144"], _types(ms)


def test_camping_inside_a_stadium_is_no_protest(code):
    assert not code("Fans camped inside the stadium in Lagos overnight.")
