"""Argument rules over the parse around a verb or noun (coding/verb_arguments.py,
noun_arguments.py): targets inside noun phrases, aims of promised acts, deployed forces as
means, stranded prepositions, languages, mediator titles. Sentences are written for the project."""

from __future__ import annotations

import pytest

from support import countries, top


@pytest.mark.parametrize(
    ("text", "recipient"),
    [
        ("Germany suspended a portion of its aid package for Niger, ministers said.", "NER"),
        ("Prime Minister Rutte abandoned his pledge to Dutch farmers.", "NLD"),
        ("Belize welcomed a proposal for ending its border quarrel with Guatemala.", "GTM"),
    ],
)
def test_target_inside_the_objects_phrase(code, text, recipient):
    m = top(code(text))
    assert recipient in countries(m.recipient), m.explanation


def test_rejection_with_no_target_is_aimed_at_home(code):
    m = top(code("Peruvian President Dina Boluarte refused to step down on Friday."))
    assert m.event_type == "REJECT"
    assert countries(m.recipient) == {"PER"}
    assert "assumed" in m.explanation


def test_rejection_with_a_target_keeps_it(code):
    m = top(code("Hungary rejected the proposal from Brussels on Monday."))
    assert m.event_type == "REJECT"
    assert "HUN" not in countries(m.recipient)


def test_promise_of_help_names_who_is_helped(code):
    m = top(
        code(
            "Turkey stands ready to supply drones to help secure Azerbaijan's border, its defence minister said."
        )
    )
    assert m.event_type == "AGREE"
    assert countries(m.recipient) == {"AZE"}


def test_troops_sent_are_the_means_not_the_target(code):
    m = top(code("South Africa declined to send soldiers to Mozambique."))
    assert m.event_type == "REJECT"
    assert countries(m.recipient) == {"MOZ"}


def test_joint_doers_have_no_recipient_of_their_own(code):
    m = top(code("Serbia and Kosovo resumed talks on a Serbian police pullback from Kosovo."))
    assert countries(m.actor) == {"SRB", "XKX"} or len(m.actor) == 2
    assert not m.recipient


def test_victims_named_inside_a_passive_subject(code):
    m = top(code("A shelter housing Eritrean migrants was raided by Libyan gunmen overnight."))
    assert m.event_type == "ASSAULT"
    assert countries(m.recipient) == {"ERI"}


def test_refuge_sought_in_a_country_asks_that_country(code):
    m = top(code("Thousands of Afghan families sought asylum in Pakistan last year."))
    assert m.event_type == "REQUEST"
    assert countries(m.recipient) == {"PAK"}


def test_language_is_not_a_country(code):
    m = top(code("Moldova's parliament voted to ban Russian language broadcasts."))
    assert m.event_type == "COERCE" and countries(m.actor) == {"MDA"}
    assert "RUS" not in countries(m.recipient)


def test_mediator_title_takes_the_body(code):
    m = top(code("Sudan's army chief held talks with U.N. mediator Ramtane Lamamra in Port Sudan."))
    assert "UNO" in {a.code[:3] for a in m.recipient if a.code} | countries(m.recipient)


def test_target_of_a_noun_event_hangs_on_its_verb(code):
    m = top(code("Armed groups were engaged in massacres in eastern Congo against the Hema."))
    assert m.event_type == "ASSAULT"
    assert countries(m.recipient) == {"COD"}


def test_stranded_preposition_finds_its_object(code):
    m = top(
        code(
            "Mexico has given asylum to two Bolivian politicians sheltering in its embassy "
            "since the coup, the Mexican foreign ministry said on Monday."
        )
    )
    assert m.event_type == "AID"
    assert countries(m.recipient) == {"BOL"}


@pytest.mark.parametrize(
    "text",
    [
        "Minsk has denied any involvement in the explosion.",
        "Caracas dismissed the reports as lies on Tuesday.",
        "The ministry denied that its agents had opened the border.",
    ],
)
def test_a_denial_answers_an_accuser_not_home(code, text):
    ms = [m for m in code(text) if m.event_type == "REJECT"]
    assert ms, "no REJECT coded"
    for m in ms:
        assert "no target named" not in m.explanation, m.explanation


def test_a_refusal_naming_another_state_is_not_aimed_at_home(code):
    ms = code("Ankara said it would not bow to pressure and accused Athens of provocations.")
    assert [m for m in ms if m.event_type == "REJECT"]
    assert any(countries(m.recipient) == {"GRC"} for m in ms if m.event_type == "ACCUSE")
    for m in ms:
        if m.event_type == "REJECT":
            assert "TUR" not in countries(m.recipient), m.explanation
