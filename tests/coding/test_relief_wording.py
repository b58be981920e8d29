"""Relief news and its consular side: aid convoys that cross with no doer named, medical
evacuations, permission for an evacuation, refugees resettled from camps, pronouns that must
find the right antecedent, releases told in the passive, and kidnappers placed by where they
struck. Every text is written for these tests."""

from __future__ import annotations

import pytest

from support import by_type, countries, event_types


# -- aid moving with no doer: the sender is where it came from (actor.aid_origin) ------------
def test_a_convoy_crossing_from_a_state_is_that_states_aid(code):
    aid = by_type(
        code("An aid convoy of 35 lorries crossed from Turkey into Syria on Thursday."), "AID"
    )
    assert countries(aid.actor) == {"TUR"}
    assert "actor.aid_origin" in aid.explanation


def test_aid_trucks_from_a_state_arriving_are_its_aid(code):
    aid = by_type(code("A convoy of relief trucks from Kenya arrived in Somalia on Sunday."), "AID")
    assert countries(aid.actor) == {"KEN"} and countries(aid.recipient) == {"SOM"}


def test_a_convoy_with_no_origin_has_no_guessed_sender(code):
    mentions = code("An aid convoy crossed into Syria on Thursday.")
    assert all("actor.aid_origin" not in m.explanation for m in mentions)


# -- medical evacuations are humanitarian aid (CAMEO 073), not hosting or deployment -----------
def test_receiving_wounded_patients_is_aid_to_them(code):
    aid = by_type(code("Uganda received 30 injured children from South Sudan on Friday."), "AID")
    assert countries(aid.actor) == {"UGA"}
    assert countries(aid.recipient) == {"SSD"}, aid.explanation
    assert "CONSULT" not in event_types(
        code("Kenya received 20 wounded patients from Somalia on Monday.")
    )


def test_receiving_a_visitor_stays_hosting(code):
    host = by_type(code("Kenya received the Somali president on Friday."), "CONSULT")
    assert host.cameo == "043"


def test_patients_flown_by_military_helicopters_are_no_deployment(code):
    mentions = code(
        "The wounded patients were flown to hospitals in Nairobi by Kenyan army helicopters."
    )
    assert "MOBILIZE" not in event_types(mentions), [m.explanation for m in mentions]
    assert by_type(mentions, "AID").cameo == "073"
    troops = code("Kenyan troops were flown to the border on Monday.")
    assert "MOBILIZE" in event_types(troops)


# -- permission for an evacuation is a concession, no military retreat (CAMEO 0874) -----------
@pytest.mark.parametrize(
    "text",
    [
        "Sudan approved the evacuation late on Saturday, officials said.",
        "Ethiopia allowed the evacuation of 60 patients on Monday.",
    ],
)
def test_approving_an_evacuation_is_a_concession(code, text):
    mentions = code(text)
    assert "RETREAT" not in event_types(mentions), [m.explanation for m in mentions]
    assert by_type(mentions, "CONCEDE").cameo == "080"


# -- refugees of no named state are placed where their phrase shelters them --------------------
def test_refugees_from_camps_in_a_state_are_placed_there(code):
    deal = by_type(
        code("Norway agreed to resettle 1,200 refugees from the camps in Lebanon over two years."),
        "AGREE",
    )
    assert countries(deal.recipient) == {"LBN"}, deal.explanation
    assert "mention.refugee_place" in deal.explanation


def test_refugees_named_by_nationality_keep_it(code):
    found = by_type(code("Syrian refugees in Lebanon protested on Monday."), "PROTEST")
    assert countries(found.actor) == {"SYR"}


# -- pronouns: "it" is no plural noun; "he" and "she" are persons ---------------------------------
def test_it_does_not_take_up_a_plural_subject(code):
    mentions = code(
        "Armed gang members looted a UNICEF convoy south of Kinshasa on Monday, officials said, "
        "and it suspended all food deliveries to the province."
    )
    assert all(
        not (m.event_type == "SANCTION" and any("members" in a.text for a in m.actor))
        for m in mentions
    ), [(m.event_type, [a.text for a in m.actor]) for m in mentions]


def test_he_does_not_stand_for_a_state_in_the_sentence(code):
    mentions = code(
        "Laos sentenced a Thai teacher to ten years in prison, and he appealed to Bangkok for help."
    )
    assert all(
        not (m.event_type == "REQUEST" and countries(m.actor) == {"LAO"}) for m in mentions
    ), [(m.event_type, m.explanation) for m in mentions]


def test_he_does_not_stand_for_an_earlier_organisation(code):
    mentions = code(
        "Peru's Constitutional Court struck down the decree on Tuesday. "
        "He accused the judges of a coup."
    )
    assert all(m.sentence == 0 for m in mentions), [m.explanation for m in mentions]


def test_she_still_stands_for_the_person_named(code):
    said = code(
        "Foreign Minister Anna Berg met her Polish counterpart on Monday. "
        "She said the talks were useful."
    )
    assert any("Anna Berg" in m.explanation for m in said if m.sentence == 1)


# -- a release in the passive: by the state where they were held (actor.release_place) --------
def test_people_kidnapped_in_a_state_are_freed_there(code):
    freed = by_type(
        code(
            "Three Italian aid workers abducted in northern Niger in March were released on "
            "Friday, Rome said."
        ),
        "RETREAT",
    )
    assert freed.cameo == "0841"
    assert countries(freed.actor) == {"NER"} and countries(freed.recipient) == {"ITA"}
    assert "actor.release_place" in freed.explanation


def test_a_release_with_no_place_guesses_no_releaser(code):
    assert "RETREAT" not in event_types(code("The aid worker was freed on Tuesday."))


def test_released_aid_money_stays_aid(code):
    aid = by_type(code("The EU released 20 million euros in aid for Niger."), "AID")
    assert aid.cameo == "071"


# -- kidnappers are placed where they struck, not by the victims' dateline --------------------
def test_gunmen_near_a_town_are_of_that_towns_state(code):
    seized = by_type(
        code(
            "ROME, May 8 (Tiber Wire) - Gunmen seized three Italian engineers near Agadez on "
            "Monday, the Italian government said."
        ),
        "ASSAULT",  # people seized: an abduction (CAMEO 181), unrest12 branch
    )
    assert countries(seized.actor) == {"NER"}, seized.explanation
