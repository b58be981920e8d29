"""Words that name no act of one party upon another (branch types31): people who flee, cross
or go home (trigger.displaced_movement), a chamber debating a bill (trigger.chamber_debate),
thanks to one's own voters or lawyers (trigger.private_thanks). The same words with a party
acting on another stay events. Sentences written for these tests."""

from __future__ import annotations

import pytest

from support import countries


def _of(mentions, trigger_word):
    return [m for m in mentions if trigger_word in (m.evidence.trigger or "")]


@pytest.mark.parametrize(
    ("text", "word"),
    [
        (
            "Some 8,000 Congolese refugees fled across the border into Uganda after the clashes.",
            "fled",
        ),
        ("Burmese refugees crossed into Thailand overnight to escape the air strikes.", "crossed"),
        ("Hundreds of Eritrean refugees streamed into Ethiopia during the week.", "streamed"),
        ("Many Venezuelan refugees returned to Venezuela from Colombia in the spring.", "returned"),
        ("Uganda now shelters many Congolese refugees who fled the shelling in Ituri.", "fled"),
    ],
)
def test_people_on_the_move_are_no_act_of_their_state(code, text, word):
    found = _of(code(text), word)
    assert not found, [(m.event_type, m.cameo, m.explanation) for m in found]


def test_a_state_sending_refugees_back_stays_an_act(code):
    (m,) = _of(code("Pakistan sent back 400 Afghan refugees to Afghanistan on Monday."), "sent")
    assert m.event_type == "COERCE" and "PAK" in countries(m.actor), m.explanation


def test_troops_crossing_stay_an_act(code):
    (m,) = _of(code("Ethiopian troops crossed into Somalia on Friday."), "crossed")
    assert "ETH" in countries(m.actor) and "SOM" in countries(m.recipient), m.explanation


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Ukraine's parliament debated a bill on mobilisation on Tuesday.", "debated"),
        ("Peru's Congress will debate the budget on Monday.", "debate"),
        ("Lawmakers in Nairobi debated the finance bill until midnight.", "debated"),
    ],
)
def test_a_chamber_debating_a_bill_is_no_consultation(code, text, word):
    found = _of(code(text), word)
    assert not found, [(m.event_type, m.cameo, m.explanation) for m in found]


def test_two_states_debating_a_plan_stay_consultation(code):
    (m,) = _of(code("Hungary and Austria debated the plan at a meeting in Vienna."), "debated")
    assert m.event_type == "CONSULT", m.explanation


@pytest.mark.parametrize(
    "text",
    [
        "Senegal's president thanked voters after the count was announced.",
        "The former Ghanaian minister thanked his lawyers outside the court in Accra.",
    ],
)
def test_thanks_to_ones_own_public_are_no_support(code, text):
    found = _of(code(text), "thanked")
    assert not found, [(m.event_type, m.cameo, m.explanation) for m in found]


def test_thanks_to_a_state_stay_support(code):
    (m,) = _of(code("Kenya's president thanked Ethiopia for its help."), "thanked")
    assert m.event_type == "SUPPORT" and "ETH" in countries(m.recipient), m.explanation
