"""Classes of under-coding found by listing the required story events the coder missed
(bench/misses.py): a denial answering an accusation told in the same sentence, the past
progressive under a past verb of saying, a crowd's protest against a thing no party is named
for, places nested in a conjoined or counted object, and a detainee the story places nowhere.
Every text is written for these tests."""

from __future__ import annotations

from support import by_type, countries

# -- recipient.sentence_accuser: the accusation told in the same sentence ---------------------------


def test_a_denial_answers_an_accusation_earlier_in_the_same_sentence(code):
    text = (
        "Peru accused Bolivia on Monday of arming rebels in the south; Bolivia's foreign "
        "ministry rejected the accusation as baseless."
    )
    m = by_type(code(text), "REJECT", "rejected")
    assert countries(m.actor) == {"BOL"}
    assert countries(m.recipient) == {"PER"}, m.explanation
    assert "recipient.sentence_accuser" in m.explanation


def test_a_denial_joined_to_the_accusation_answers_the_accuser(code):
    text = "Ghana accused Togo of harbouring smugglers, and Togo's police chief denied the charge."
    m = by_type(code(text), "REJECT", "denied")
    assert countries(m.recipient) == {"GHA"}, m.explanation


def test_a_denial_with_a_foreign_target_of_its_own_keeps_it(code):
    text = (
        "Peru accused Bolivia of arming rebels, and Bolivia rejected the claims made by Chile's "
        "president."
    )
    m = by_type(code(text), "REJECT", "rejected")
    assert "PER" not in countries(m.recipient) or "CHL" in countries(m.recipient)


# -- date: the past progressive is past ------------------------------------------------------


def test_the_past_progressive_under_said_takes_the_story_day(code):
    text = (
        "Chile on Wednesday accused Peru of holding up food deliveries at the border. "
        "The British government said it was imposing sanctions on two Peruvian officials."
    )
    m = by_type(code(text, when="2023-05-11"), "SANCTION", "imposing")
    assert m.date == "2023-05-10", m.explanation
    assert "date.story_reference" in m.explanation


def test_the_present_progressive_is_not_made_past(code):
    text = (
        "Chile on Wednesday accused Peru of holding up food deliveries at the border. "
        "The British government says it is imposing sanctions on two Peruvian officials."
    )
    m = by_type(code(text, when="2023-05-11"), "SANCTION", "imposing")
    assert m.date == "2023-05-11", m.explanation


# -- recipient.place / recipient.domestic_target for a crowd's protest against a thing -------


def test_a_crowd_protest_against_a_thing_is_aimed_where_it_happens(code):
    text = "About 300 farmers protested in Kampala on Thursday against the new land tax."
    m = by_type(code(text), "PROTEST", "protested")
    assert countries(m.recipient) == {"UGA"}, m.explanation


def test_a_crowd_protest_against_a_thing_with_no_place_is_aimed_at_home(code):
    text = "Hundreds of Kenyan nurses protested on Monday against the new pay scales."
    m = by_type(code(text), "PROTEST", "protested")
    assert countries(m.recipient) == {"KEN"}, m.explanation


def test_a_crowd_protest_against_a_named_state_keeps_it(code):
    text = "Hundreds of students protested against the Russian invasion outside the embassy."
    m = by_type(code(text), "PROTEST", "protested")
    assert countries(m.recipient) == {"RUS"}


# -- recipient.place: places inside a conjoined or counted object ----------------------------


def test_a_place_on_a_conjoined_counted_object_is_where_it_happened(code):
    text = "Police deployed water cannon and hundreds of officers in central Kampala on Friday."
    m = by_type(code(text), "MOBILIZE", "deployed")
    assert countries(m.recipient) == {"UGA"}, m.explanation


def test_a_place_on_the_counted_noun_of_the_object_is_where_it_happened(code):
    text = "Police deployed hundreds of officers in central Kampala on Friday."
    m = by_type(code(text), "MOBILIZE", "deployed")
    assert countries(m.recipient) == {"UGA"}, m.explanation


def test_a_place_on_the_second_of_two_objects_is_where_it_happened(code):
    text = "Police deployed water cannon and riot officers in central Kampala on Friday."
    m = by_type(code(text), "MOBILIZE", "deployed")
    assert countries(m.recipient) == {"UGA"}, m.explanation


# -- recipient.unplaced_detainee: a person the story places nowhere, held by a state ---------


def test_a_person_held_by_a_states_police_and_placed_nowhere_is_its_own(code):
    text = (
        "Ugandan police on Monday detained John Okello, 47, a father of four, on suspicion of "
        "fraud."
    )
    m = by_type(code(text), "COERCE", "detained")
    assert countries(m.recipient) == {"UGA"}, m.explanation
    assert "recipient.unplaced_detainee" in m.explanation


def test_a_detainee_whose_apposition_names_an_office_takes_the_office_s_state(code):
    # (branch untied: "X, the mayor of a small northern town" is placed by the office its
    # apposition names, mention.appositive_office, before the detainee rule is needed)
    text = (
        "Ugandan police on Monday detained John Okello, the mayor of a small northern town, "
        "on suspicion of fraud."
    )
    m = by_type(code(text), "COERCE", "detained")
    assert countries(m.recipient) == {"UGA"}, m.explanation


def test_a_person_named_with_another_nationality_keeps_it(code):
    text = "Kenyan police arrested a Ugandan lawyer, Peter Otieno, on Tuesday."
    m = by_type(code(text), "COERCE", "arrested")
    assert "UGA" in countries(m.recipient)
    assert "recipient.unplaced_detainee" not in m.explanation
