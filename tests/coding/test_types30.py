"""Type and mode confusions (branch wrongtype): an act going on is not a planned intent
(modality.continuing); closing a way by people in the street is an obstruction, a protest
(recode.crowd_obstruction with 'close' and 'shut'); closing checkpoints is closing a border.
Sentences written for these tests."""

from __future__ import annotations

import pytest

from support import countries


def _of(mentions, trigger_word):
    found = [m for m in mentions if trigger_word in (m.evidence.trigger or "")]
    assert found, [(m.event_type, m.evidence.trigger) for m in mentions]
    return found[0]


@pytest.mark.parametrize(
    ("text", "word", "etype", "actor", "recipient"),
    [
        (
            "Austria said it would continue to cooperate with Slovenia on flood defences.",
            "cooperate",
            "COOPERATE",
            "AUT",
            "SVN",
        ),
        (
            "The Ghanaian government will keep working with Togo on coastal patrols, "
            "a spokesman said.",
            "working",
            "COOPERATE",
            "GHA",
            "TGO",
        ),
        (
            "Portugal said it would keep talking to Spain about the water dispute.",
            "talking",
            "CONSULT",
            "PRT",
            "ESP",
        ),
        (
            "Norway will continue to provide food aid to Somalia, the development minister said.",
            "provide",
            "AID",
            "NOR",
            "SOM",
        ),
    ],
)
def test_continuing_act_is_no_plan(code, text, word, etype, actor, recipient):
    m = _of(code(text), word)
    assert m.event_type == etype, m.explanation
    assert m.modality == "asserted", m.explanation
    assert "modality.continuing" in m.explanation
    assert actor in countries(m.actor) and recipient in countries(m.recipient), m.explanation


def test_planned_cooperation_stays_intent(code):
    # no verb of continuing: a new cooperation announced for later is an intent (AGREE)
    m = _of(
        code("Austria will cooperate with Slovenia on flood defences, the minister said."),
        "cooperate",
    )
    assert m.event_type == "AGREE" and m.modality == "future", m.explanation


def test_hostile_act_vowed_to_go_on_stays_a_threat(code):
    ms = code(
        "Tunisia said it would continue to fight the smuggling gangs on its border with Libya."
    )
    assert all(m.event_type != "ASSAULT" for m in ms), [(m.event_type, m.modality) for m in ms]


def test_keep_with_an_object_is_no_continuing(code):
    ms = code("Italy will keep its embassy in Tripoli open, the foreign minister said.")
    assert all("modality.continuing" not in m.explanation for m in ms)


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
