"""Name forms the actor finder must read whole, and words that only look like actors."""

from __future__ import annotations

from datetime import date

import pytest

from communique.actors import find_actors
from communique.actors.lexicon import country_name


def spans(nlp, text, when=date(2024, 8, 5)):
    return [(s.actor.code, nlp(text)[s.start : s.end].text) for s in find_actors(nlp(text), when)]


@pytest.mark.parametrize(
    ("text", "when", "code", "words"),
    [
        (
            "Brazilian President Luiz Inácio Lula da Silva met reporters.",
            date(2024, 8, 5),
            "BRAGOV",
            "Brazilian President Luiz Inácio Lula da Silva",
        ),  # fmt: skip
        (
            "South Korean President Moon Jae-in met reporters.",
            date(2019, 5, 1),
            "KORGOV",
            "South Korean President Moon Jae-in",
        ),  # fmt: skip
    ],
)
def test_names_with_particles_and_syllables_are_one_person(nlp, text, when, code, words):
    found = spans(nlp, text, when)
    assert (code, words) in found, found


def test_stance_prefix_is_not_membership(nlp):
    found = spans(nlp, "An anti-Iran cleric and a pro-Russian party met in Baghdad.")
    assert all(code not in ("IRN", "RUS") for code, _ in found), found
    assert any(code and code.startswith("IRQ") for code, _ in found), found  # Baghdad
    found = spans(nlp, "An Iranian cleric and a Russian party met in Baghdad.")
    assert {"IRN", "RUS"} <= {code[:3] for code, _ in found if code}, found


def test_latin_american_is_not_american(nlp):
    found = spans(nlp, "Leaders attended a summit of Latin American states in Bogota.")
    assert all(code != "USA" for code, _ in found), found
    assert any(code and code.startswith("COL") for code, _ in found), found  # Bogota
    found = spans(nlp, "Leaders attended a summit of American states in Bogota.")
    assert any(code and code.startswith("USA") for code, _ in found), found


def test_a_large_city_the_tagger_missed_is_still_a_place(nlp):
    found = spans(nlp, "Israeli aircraft bombed a warehouse in Rafah late on Thursday.")
    assert ("PSE", "Rafah") in found, found


def test_country_display_names_are_the_country(nlp):
    assert country_name("IRQ") == "Iraq"  # not a region of it
    assert country_name("RUS") == "Russia"
    assert country_name("KOR") == "South Korea"


def test_explicit_of_country_beats_the_knowledge_base(nlp):
    # a bare first name may match a ruler of another country; "of <country>" decides
    found = dict((w, c) for c, w in spans(nlp, "King Faisal of Morocco opened the session."))
    assert found.get("King Faisal of Morocco", "").startswith("MAR")


def test_bazoum_heads_niger_in_2022(nlp):
    found = spans(nlp, "Bazoum met the envoy in Niamey.", date(2022, 6, 1))
    assert found and found[0][0] == "NERGOV"
