"""Unrest wording families of the unrest16 branch: a hostage's complement the parser hangs on
the verb as a clause ("held X *hostage*", rule trigger.complement_as_clause), kidnappers
"holding" people, English translated from French and Spanish ("manifested against",
"interpellated" by the police), armed strangers named as "individuals", and a blockade of "the
entrance to" a work site (not a web site)."""

from __future__ import annotations

import pytest

from unrest_helpers import asserted_of as _of
from unrest_helpers import types_of as _types


@pytest.mark.parametrize(
    "text",
    [
        "A farmer held two officials hostage in a village in Bolivia.",
        "Bandits kept six travellers captive in a forest in Nigeria.",
        "Abductors are holding two Italian priests in Niger.",
    ],
)
def test_hostage_taking(code, text):
    ms = _of(code(text), "ASSAULT")
    assert any(m.cameo == "181" for m in ms), _types(code(text))


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        ("Students manifested against the fee rise in Cameroon.", "CMR"),
        ("Dozens of nurses have manifested outside the health ministry in Senegal.", "SEN"),
    ],
)
def test_manifested_is_a_demonstration(code, text, iso):
    ms = _of(code(text), "PROTEST")
    assert any(a.country == iso for m in ms for a in m.actor), _types(code(text))


def test_manifested_interest_is_no_protest(code):
    """A guard (passes before and after the change): the English sense has an object."""
    ms = code("The minister manifested interest in the plan to build a port in Ghana.")
    assert not _of(ms, "PROTEST"), _types(ms)


def test_police_interpellated_is_an_arrest(code):
    ms = _of(code("The police interpellated twenty demonstrators in Togo on Friday."), "COERCE")
    assert any(m.cameo == "173" for m in ms), _types(ms)


def test_parliament_interpellation_is_no_arrest(code):
    """A guard (passes before and after): a parliament's interpellation has no police doer."""
    ms = code("Opposition deputies interpellated the prime minister in the Romanian parliament.")
    assert not _of(ms, "COERCE"), _types(ms)


def test_unknown_individuals_are_the_doers(code):
    ms = _of(code("Unidentified individuals shot dead a trader in Honduras on Sunday."), "ASSAULT")
    assert any(m.actor for m in ms), _types(ms)


@pytest.mark.parametrize(
    "text",
    [
        "Angry fishermen from Elmina blocked the gate to the fish-landing site in Ghana on Tuesday.",
    ],
)
def test_entrance_to_a_site_is_a_blockade(code, text):
    ms = _of(code(text), "PROTEST")
    assert any(m.cameo == "144" for m in ms), _types(code(text))


def test_access_to_a_news_site_is_still_censorship(code):
    """A guard (passes before and after): a web site stays censorship (CAMEO 1721)."""
    ms = _of(code("The regulator blocked access to the news site in Russia."), "COERCE")
    assert any(m.cameo == "1721" for m in ms), _types(ms)
