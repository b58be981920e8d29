"""An answer announced to another's act is a threat: "X said it would respond" with no
condition, object or addressee (vocabulary bare_answer_verbs), and an answer on a condition
whose act is told in the passive with no doer ("unless the tariffs are withdrawn"). Not a reply
to a letter or one promised after a review. Sentences written for these tests."""

from __future__ import annotations

import pytest


def _threats(code, text):
    return [m for m in code(text, "2024-03-15") if m.event_type == "THREATEN"]


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        pytest.param(
            "Poland arrested two Russian citizens on suspicion of spying. The Kremlin rejected "
            "the accusations and said Russia would respond.",
            "RUS",
            id="bare_answer",
        ),
        pytest.param(
            "Norway's fisheries minister said Oslo would respond in a way that Brussels would "
            "feel.",
            "NOR",
            id="answer_in_a_way",
        ),
        pytest.param(
            "The trade minister accused Vietnam of dumping steel and warned that Thailand would "
            "respond unless the subsidies were withdrawn.",
            "THA",
            id="passive_condition",
        ),
    ],
)
@pytest.mark.candidates("checks the type given to a reading that is below the default threshold")
def test_announced_answer_is_a_threat(code, text, actor):
    found = _threats(code, text)
    assert any(a.code and a.code.startswith(actor) for m in found for a in m.actor), found
    (m,) = [m for m in found if m.evidence.trigger.startswith("respond")]
    assert not any(r.code and r.code.startswith(actor) for r in m.recipient)  # not at home


@pytest.mark.parametrize(
    "text",
    [
        "Chile's foreign ministry said it would respond to the letter next week.",
        "Brazil's foreign minister said his government would respond after studying the report.",
        "Peru's government said it would respond in writing.",
    ],
)
def test_a_reply_is_no_threat(code, text):
    assert _threats(code, text) == []
