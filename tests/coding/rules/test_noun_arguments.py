"""Noun triggers' doers: a city or capital that names where an event was held is no doer."""

from __future__ import annotations

import pytest

from support import countries


@pytest.mark.parametrize(
    "text",
    [
        "The Madrid talks ended without an agreement on Monday.",
        "The Lima summit closed on Friday without a statement.",
    ],
)
def test_a_place_modifying_an_event_noun_is_not_its_doer(code, text):
    assert all(not (countries(m.actor) & {"ESP", "PER"}) for m in code(text)), [
        m.explanation for m in code(text)
    ]


def test_a_country_modifying_an_event_noun_still_is(code):
    ms = [m for m in code("The U.S. blockade of Cuba continued on Monday.")]
    assert ms and countries(ms[0].actor) == {"USA"} and countries(ms[0].recipient) == {"CUB"}
