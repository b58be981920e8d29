"""One definition for each thing (branch review31): the flag of a party whose country was only
guessed from the story, read by filter.guessed_people. Every text is written for these tests."""

from __future__ import annotations

from communique.coding import code_article
from communique.coding.private_roles import guessed_texts
from communique.model import Actor, Article


# -- filter.guessed_people reads the finder's flag, not the wording of a note ---------------------
def test_only_the_guessed_actor_itself_counts_as_guessed():
    guessed = Actor("porters", country="NOR", sector="LAB")
    same_words = Actor("porters", country="NOR", sector="LAB")  # placed by some other clue
    assert guessed_texts([guessed], [guessed]) == {"porters"}
    assert guessed_texts([same_words], [guessed]) == set()
    assert guessed_texts([guessed], []) == set()


def test_a_guessed_official_is_no_people():
    official = Actor("officials", country="NOR", sector="GOV")
    assert guessed_texts([official], [official]) == set()


def test_rail_workers_placed_by_the_story_only_are_dropped(nlp):
    text = (
        "Heavy rain and gales shut the railways of Norway for a week. Forecasters predict more "
        "rain and storms in the north, and trains across Norway stayed in their sheds.\n\n"
        "Railway workers at the station asked the rail companies for warmer uniforms."
    )
    doc = nlp(text)
    code_article(Article(text=text, id="t", published="2026-02-02"), doc)
    dropped = [d for d in doc._.communique_dropped if d.rule == "filter.guessed_people"]
    assert dropped and "workers" in dropped[0].why


# -- one definition of the possessive pronouns (vocabulary.tsv) -----------------------------------
def test_the_possessive_subsets_make_up_the_one_set():
    from communique.vocabulary import words

    every = words("possessive_pronouns")
    person, body = words("personal_possessives"), words("body_possessives")
    assert person | body == every and not person & body
    assert not words("speaker_possessives") & every
    assert words("own_possessives") == every | words("speaker_possessives") | {"own"}


def test_the_modules_read_the_shared_possessives():
    from communique.actors import composition, references
    from communique.coding import (
        clause_arguments,
        clause_targets,
        domestic,
        own_readings,
        resolver,
        verb_arguments,
        verdicts,
    )
    from communique.vocabulary import words

    every, body = words("possessive_pronouns"), words("body_possessives")
    speaker = words("speaker_possessives")
    assert resolver.POSSESSIVE_PRONOUNS == domestic.POSSESSIVE_PRONOUNS == every
    assert every == own_readings.POSSESSIVES
    assert clause_targets.OWN_PRONOUNS == words("own_possessives") >= every | speaker
    assert body | speaker == verdicts._OWN  # "his", "her" on a judged thing: another's
    assert references.PAIR_POSSESSIVES == composition.BODY_POSSESSIVES == body
    person = words("personal_possessives")
    assert verb_arguments.PERSONAL_POSSESSIVES == clause_arguments.PERSONAL_POSSESSIVES == person


# -- one key for a court's seat city (actors/finder.py _court_city) --------------------------------
def test_a_court_in_the_hague_with_a_small_article_is_no_dutch_court(code):
    # the span is "Hague" without its lower-case article: the seat, as "the Hague court" is
    text = (
        "A court in the Hague ruled on Tuesday that Colombia had breached the treaty. "
        "Bogota rejected the ruling."
    )
    found = code(text)
    assert found
    assert all(a.country != "NLD" for m in found for a in (*m.actor, *m.recipient))
    assert any(a.country == "IGO" for m in found for a in (*m.actor, *m.recipient))


def test_a_court_in_a_city_of_no_international_court_keeps_its_state(code):
    text = "A court in the capital Lima ruled on Tuesday that Chile had breached the treaty."
    found = code(text)
    assert any(a.country == "PER" for m in found for a in m.actor)
