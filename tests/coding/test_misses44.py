"""Right events that two filters dropped (session 44, branch misses44): a warning of what
will be done to a class of people named by what they do (trigger.warned_class, no longer a
forecast for filter.sense), and threats kept a little below the confidence threshold
(confidence.type_margin, no longer filter.low_confidence). Every sentence is invented for
the tests."""

from __future__ import annotations

from dataclasses import replace

import pytest

from communique.coding.calibration import MIN_CONFIDENCE, drop_unsure
from support import countries, of_type


@pytest.mark.parametrize(
    ("text", "doer", "target"),
    [
        (
            "Peru's defence minister warned that any Bolivian soldier who crosses the river "
            "will be treated as an intruder.",
            "PER",
            "BOL",
        ),
        (
            "The Ghanaian police chief warned that anyone who blocks the highway would be removed.",
            "GHA",
            "GHA",
        ),
        (
            "The Malian army chief warned that any fighter who enters the town will be treated "
            "as a criminal.",
            "MLI",
            "MLI",
        ),
    ],
)
def test_warned_class_passive_is_a_threat(code, text, doer, target):
    found = of_type(code, text, "THREATEN", when="2026-03-10")
    assert found, [m.explanation for m in code(text, "2026-03-10")]
    m = found[0]
    assert doer in countries(m.actor) and target in countries(m.recipient), m.explanation
    assert "trigger.warned_class" in m.explanation


def test_warned_class_answer_to_a_party_is_a_threat(code):
    text = "A rebel commander in Chad warned that anyone who votes in the poll will answer to the movement."
    found = of_type(code, text, "THREATEN", when="2026-03-10")
    assert found and "trigger.warned_class" in found[0].explanation, [
        m.explanation for m in code(text, "2026-03-10")
    ]


@pytest.mark.parametrize(
    "text",
    [
        # a fate no one deals, a benefit, a misfortune's doing: no threat
        "The Kenyan health ministry warned that anyone who drinks from the river would be infected.",
        "Zambia's finance minister warned that anyone who saves in dollars would be hurt by inflation.",
        "Zambia's police warned that anyone who camps by the river would be swept away by floods.",
        "The Ghanaian police chief warned that anyone who joins the march would not be harmed.",
        # said, not warned: news of a rule, no threat
        "The Ghanaian police chief said that anyone who registers would be given a card.",
        "Chile's minister said that any student who enrols will be taught in two languages.",
        # a forecast stays none
        "Zambia's finance minister warned that prices would rise next year.",
    ],
)
def test_no_threat_without_harm_dealt(code, text):
    assert not of_type(code, text, "THREATEN", when="2026-03-10"), [
        m.explanation for m in code(text, "2026-03-10")
    ]


def test_established_offender_readings_unchanged(code):
    # guards: the readings trigger.offenders_punished had before are kept without the new rule
    text = "The Nigerian police warned that anyone who loots shops will be arrested."
    found = of_type(code, text, "THREATEN", when="2026-03-10")
    assert found and "trigger.warned_class" not in found[0].explanation


TWO_ACTS = (
    "Kenya and Uganda signed a trade pact on Monday. "
    "On Tuesday Uganda accused Kenya of blocking its trucks, and Kenya threatened to close the border."
)


def _later(code, kind):
    ms = code(TWO_ACTS, "2026-03-10")
    found = [m for m in ms if m.event_type == kind and m.sentence > 0]
    assert found, [m.explanation for m in ms]
    return found[0]


def _lead(code):
    """The signing in the opening sentence (always kept: the story's opening)."""
    return next(m for m in code(TWO_ACTS, "2026-03-10") if m.sentence == 0)


def test_threat_kept_within_its_type_margin(code):
    from communique.coding.calibration import type_margins

    assert type_margins().get("THREATEN", 0.0) > 0
    threat = replace(_later(code, "THREATEN"), confidence=round(MIN_CONFIDENCE - 0.03, 3))
    dropped: list = []
    lead = _lead(code)
    kept = drop_unsure([lead, threat], dropped)
    assert kept == [lead, threat] and not dropped
    assert "confidence.type_margin" in threat.explanation


def test_other_types_and_weaker_threats_still_dropped(code):
    from communique.coding.calibration import type_margins

    accuse = replace(_later(code, "ACCUSE"), confidence=round(MIN_CONFIDENCE - 0.03, 3))
    margin = type_margins()["THREATEN"]
    weak = replace(_later(code, "THREATEN"), confidence=round(MIN_CONFIDENCE - margin - 0.02, 3))
    dropped: list = []
    lead = _lead(code)
    assert drop_unsure([lead, accuse, weak], dropped) == [lead]
    assert {d.rule for d in dropped} == {"filter.low_confidence"}


def test_zero_threshold_keeps_everything_unmarked(code):
    threat = replace(_later(code, "THREATEN"), confidence=0.05)
    before = threat.explanation
    lead = _lead(code)
    assert drop_unsure([lead, threat], [], 0.0) == [lead, threat]
    assert threat.explanation == before
