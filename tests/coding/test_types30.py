"""Type confusions (branch wrongtype): closing a way by people in the street is an
obstruction, a protest (recode.crowd_obstruction with 'close' and 'shut'), a state's closure
stays coercion; closing checkpoints is closing a border. Sentences written for these tests."""

from __future__ import annotations

import pytest

from support import countries


def _of(mentions, trigger_word):
    found = [m for m in mentions if trigger_word in (m.evidence.trigger or "")]
    assert found, [(m.event_type, m.evidence.trigger) for m in mentions]
    return found[0]


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Farmers closed the road to the Ecuadorian border on Monday.", "closed"),
        ("Striking truck drivers shut the port of Mombasa for a second day.", "shut"),
        ("Protesters shut the main border crossing with Argentina on Friday.", "shut"),
    ],
)
def test_crowd_closing_a_way_is_a_protest(code, text, word):
    m = _of(code(text), word)
    assert m.event_type == "PROTEST" and m.cameo == "144", m.explanation
    assert "recode.crowd_obstruction" in m.explanation


def test_state_closing_a_crossing_stays_coercion(code):
    m = _of(code("Colombian police closed the border crossing with Ecuador on Monday."), "closed")
    assert m.event_type == "COERCE" and m.cameo == "172", m.explanation


def test_closing_checkpoints_closes_the_border(code):
    m = _of(code("Estonia closed its checkpoints with Russia on Tuesday."), "closed")
    assert m.event_type == "COERCE" and m.cameo == "172", m.explanation
    assert "EST" in countries(m.actor) and "RUS" in countries(m.recipient), m.explanation
