"""A small town's name that is also an English word at the start of an organisation's name
("the *Federal* Electoral Tribunal", "the *Best* Future Party") is a word of the name, not the
town (rule mention.word_town, data/places/word_towns.tsv); a person's own name set beside a title
("the party's whip, *Dolores Reyes*") is a name, not the place the person comes from. Sentences
written for these tests."""

from __future__ import annotations

import pytest

from communique.actors import find_actors
from communique.places.gazetteer import word_town


def _states(events, trigger):
    hits = [e for e in events if e.evidence.trigger.startswith(trigger)]
    assert hits, f"no event for {trigger!r}"
    return {a.country for e in hits for a in e.actor}


def test_word_towns_are_listed_and_big_places_are_not():
    assert word_town("Federal") and word_town("Liberty")
    assert not word_town("Paris") and not word_town("Nigeria")


@pytest.mark.parametrize(
    ("text", "trigger", "town_state"),
    [
        (
            "Nepal's Federal Investigation Bureau detained a former minister in Pokhara on Sunday."
            " The Federal Investigation Bureau accused him of taking bribes.",
            "accused",
            "ARG",
        ),
        (
            "Morocco's authorities banned a rally in Rabat on Friday. The Best Tomorrow Party"
            " accused the interior ministry of silencing dissent.",
            "accused",
            "NLD",
        ),
        (
            "Tunisian unions marched in Tunis on Monday. The Liberty Workers Movement accused the"
            " Tunisian government of breaking its promises.",
            "accused",
            "USA",
        ),
    ],
)
@pytest.mark.candidates("checks how the doer of a reading below the default threshold is placed")
def test_word_town_at_name_start_is_not_a_foreign_state(code, text, trigger, town_state):
    assert town_state not in _states(code(text), trigger)


def test_person_name_apposition_is_not_a_home(code):
    text = (
        "Ecuador's interior minister dismissed the protests on Tuesday. The opposition whip,"
        " Dolores Reyes, accused the government of lying to voters."
    )
    assert _states(code(text), "accused") == {"ECU"}


def test_descriptive_apposition_still_gives_a_home(nlp):
    doc = nlp("Senator Ana Ruiz, a Lagos businesswoman, accused the police of extortion.")
    spans = [sp for sp in find_actors(doc) if "Ruiz" in doc[sp.start : sp.end].text]
    assert spans and spans[0].actor.country == "NGA"


def test_of_place_after_the_name_still_counts(nlp):
    doc = nlp("The Federal Union of Ontario criticised the government on Wednesday.")
    spans = [sp for sp in find_actors(doc) if "Union" in doc[sp.start : sp.end].text]
    assert spans and spans[0].actor.country == "CAN"


def test_word_town_rule_is_in_the_explanation(nlp):
    doc = nlp("The Federal Audit Office of Ruritania criticised the ministry on Monday.")
    spans = [sp for sp in find_actors(doc) if "Audit" in doc[sp.start : sp.end].text]
    assert spans and "mention.word_town" in spans[0].rule
    assert spans[0].actor.country != "ARG"


def test_tail_of_a_particle_joined_place_name_is_not_another_town(nlp):
    doc = nlp(
        "Peruvian soldiers found a rebel camp outside Pueblo de Moreno on Friday. Farmers"
        " accused the army of burning their crops."
    )
    assert "ARG" not in {sp.actor.country for sp in find_actors(doc) if sp.actor}


def test_a_town_named_alone_after_a_preposition_stays(nlp):
    doc = nlp("Argentine police detained 30 protesters in Moreno on Monday.")
    spans = [sp for sp in find_actors(doc) if doc[sp.start : sp.end].text == "Moreno"]
    assert spans and spans[0].actor.country == "ARG"


def test_word_town_before_a_noun_is_not_a_foreign_state(code):
    events = code("Marina port officials accused Peru of piracy on Monday.")
    assert "USA" not in _states(events, "accused")


def test_word_town_after_a_preposition_of_place_stays(nlp):
    doc = nlp("Clashes broke out in Best on Sunday.")
    spans = [sp for sp in find_actors(doc) if doc[sp.start : sp.end].text == "Best"]
    assert spans and spans[0].actor.country == "NLD"
