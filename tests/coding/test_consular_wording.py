"""Consular news: detained nationals, their trials and appeals, the governments that speak for
them. A lawyer's appeal against a verdict is no appeal to a party (CAMEO 020); relief as a
feeling is no aid; a diplomat who visits someone "in detention" detains no one; people seized
"near a town" are no town taken. The political acts beside them stay coded. Every text is
written for these tests."""

from __future__ import annotations

import pytest

from support import by_type, countries, event_types


@pytest.mark.parametrize(
    "text",
    [
        "Her lawyer said on Monday that she would appeal.",
        "The defence team filed an appeal against the verdict on Friday.",
        "Lawyers for the Peruvian pilot appealed the conviction on Tuesday.",
        "His family said they would appeal to the supreme court.",
    ],
)
def test_a_legal_appeal_is_no_appeal_to_a_party(code, text):
    assert "REQUEST" not in event_types(code(text)), [m.explanation for m in code(text)]


def test_an_appeal_to_a_state_stays_a_request(code):
    found = by_type(code("Peru appealed to Chile on Thursday to free a Peruvian pilot."), "REQUEST")
    assert countries(found.actor) == {"PER"} and countries(found.recipient) == {"CHL"}
    assert by_type(code("The Chilean minister appealed for calm on Sunday."), "REQUEST")


@pytest.mark.parametrize(
    "text",
    [
        '"This is a day of relief for every family in Peru," the Peruvian minister said.',
        "The Chilean government expressed relief that the two pilots were safe.",
        "Families in Lima greeted the news with a sigh of relief on Monday.",
    ],
)
def test_relief_as_a_feeling_is_no_aid(code, text):
    assert "AID" not in event_types(code(text)), [m.explanation for m in code(text)]


def test_relief_goods_stay_aid(code):
    found = by_type(code("Japan sent relief supplies to Peru on Monday."), "AID")
    assert countries(found.actor) == {"JPN"} and countries(found.recipient) == {"PER"}


def test_visiting_someone_in_detention_detains_no_one(code):
    mentions = code(
        "Brazil's ambassador attended the hearing and visited the pilot in detention on Tuesday."
    )
    assert "COERCE" not in event_types(mentions), [m.explanation for m in mentions]
    kept = code("Two Brazilian pilots spent a month in detention in Peru.")
    assert "COERCE" in event_types(kept), [m.explanation for m in kept]


def test_people_seized_near_a_town_are_no_town_taken(code):
    mentions = code("Three Danish engineers were seized by gunmen near the town of Gao on Monday.")
    assert mentions, "the abduction is coded"
    assert all(m.cameo != "192" for m in mentions), [m.explanation for m in mentions]
    taken = by_type(code("Rebels seized the town of Gao in northern Mali on Sunday."), "COERCE")
    assert taken.cameo == "192"


def test_a_person_called_a_states_citizen_is_of_that_state(code):
    arrest = by_type(
        code(
            "Police in Buenos Aires arrested Jose Ruiz, a 41-year-old Peruvian citizen, on Monday."
        ),
        "COERCE",
    )
    assert countries(arrest.actor) == {"ARG"}
    assert countries(arrest.recipient) == {"PER"}
    assert "mention.citizen_apposition" in arrest.explanation
    jailed = by_type(
        code("A Moscow court sentenced Lena Park, a Canadian national, to 12 years on Friday."),
        "COERCE",
    )
    assert countries(jailed.recipient) == {"CAN"}


def test_an_apposition_that_names_no_citizenship_places_no_one(code):
    arrest = by_type(
        code("Police in Santiago arrested Jose Ruiz, a 41-year-old Peruvian pilot, on Monday."),
        "COERCE",
    )
    assert "mention.citizen_apposition" not in arrest.explanation


def test_an_object_pronoun_of_a_joined_verb_is_not_its_shared_subject(code):
    mentions = code(
        "The minister, Ana Costa, said on Tuesday that Peru was worried. Police in Buenos Aires "
        "arrested Jose Ruiz, a Peruvian citizen, on May 5 and accused him of spying."
    )
    accused = by_type(mentions, "ACCUSE")
    assert countries(accused.actor) == {"ARG"}
    assert countries(accused.recipient) == {"PER"}, accused.explanation


def test_a_past_relative_clause_on_the_object_does_not_date_the_demand(code):
    demand = by_type(
        code("Peru demanded the release of a pilot who was detained in Chile last week."),
        "REQUEST",
    )
    assert demand.date == "2023-05-12", demand.explanation
    assert "date.past_relative" in demand.explanation
    freed = by_type(code("Chile freed a Peruvian pilot on Tuesday."), "RETREAT")
    assert freed.date == "2023-05-09"


def test_a_trip_to_visit_family_is_no_state_visit(code):
    mentions = code("The pilot, a Peruvian citizen, had travelled to Chile to visit his mother.")
    assert "CONSULT" not in event_types(mentions), [m.explanation for m in mentions]
    assert code("The pilot visited his grandparents in Santiago on Sunday.") == []
    trip = by_type(
        code("Peru's foreign minister travelled to Chile on Monday to visit the president."),
        "CONSULT",
    )
    assert countries(trip.actor) == {"PER"} and countries(trip.recipient) == {"CHL"}


def test_a_detention_in_a_named_place_is_not_the_state_of_being_held(code):
    # "in Luanda" after the noun places the detention; only "*in* detention" is a state
    mentions = code("Angolan police ordered the detention of four Portuguese reporters in Luanda.")
    assert "COERCE" in event_types(mentions), [m.explanation for m in mentions]


def test_access_to_its_own_national_is_what_a_request_asks_not_whom(code):
    mentions = code(
        "Chile detained a Peruvian pilot last week. Peru on Thursday demanded consular access "
        "to a Peruvian pilot held in Chile."
    )
    demand = by_type(mentions, "REQUEST")
    assert countries(demand.recipient) == {"CHL"}, demand.explanation
