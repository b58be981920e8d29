"""Orders, instructions and deadlines given to a named party ("X ordered Y to <act>", "gave Y
until Friday to <act>"): X's demand on Y, the infinitive its content, not Y's act done; the
converted patterns that say what was ordered stay ("ordered the envoy to leave": expulsion).
Sentences written for these tests."""

from __future__ import annotations

import pytest

from support import countries, top


@pytest.mark.parametrize(
    ("text", "actor", "recipient"),
    [
        ("Ghana ordered Togo to withdraw its soldiers from the border villages.", "GHA", "TGO"),
        ("Seoul told Tokyo to scrap the export curbs on chip materials.", "KOR", "JPN"),
        ("Bolivia instructed Chile to hand back the seized trucks.", "BOL", "CHL"),
        ("Armenia gave Azerbaijan until Monday to reopen the corridor.", "ARM", "AZE"),
        ("Greece gave Turkey a week to release the detained fishermen.", "GRC", "TUR"),
    ],
)
def test_order_to_a_named_party_is_a_demand(code, text, actor, recipient):
    m = top(code(text))
    assert m.event_type == "REQUEST"
    assert countries(m.actor) == {actor} and countries(m.recipient) == {recipient}
    assert "@order" in m.explanation
    assert all(x.event_type == "REQUEST" for x in code(text))  # the act is asked, not done


def test_converted_pattern_of_the_order_stays(code):
    m = top(code("The Ugandan government ordered the Kenyan journalist to leave Kampala."))
    assert m.event_type == "COERCE" and "174" in m.explanation
    # an envoy ordered out is a diplomat expelled: CAMEO 161 (ICEWS CAMEO codebook), SANCTION
    m = top(code("The Ugandan government ordered the Kenyan envoy to leave Kampala."))
    assert m.event_type == "SANCTION" and m.cameo == "161"


@pytest.mark.parametrize(
    "text",
    [
        "The minister told reporters to expect delays at the border.",
        "The Peruvian army gave the villagers food and blankets.",
    ],
)
def test_no_order_without_a_named_party(code, text):
    assert all(m.event_type != "REQUEST" for m in code(text))
