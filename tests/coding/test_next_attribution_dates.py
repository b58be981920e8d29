"""A statement with no date words of its own whose next sentence reports the same doer saying
something on a named day was made that day (rule date.next_attribution), not on the day the
story named before it. Sentences written for these tests; published on Friday 13 September
2024."""

from __future__ import annotations

import pytest

PUBLISHED = "2024-09-13"


def _one(code, text: str, trigger: str):
    (m,) = [e for e in code(text, PUBLISHED) if e.evidence.trigger.startswith(trigger)]
    return m


@pytest.mark.parametrize(
    ("text", "trigger", "day"),
    [
        (
            "Georgian police detained an opposition leader on Monday. The European Union "
            "criticised the arrest. Its foreign policy spokesman said on Wednesday that the "
            "detention was unjustified.",
            "criticised",
            "2024-09-11",
        ),
        (
            "Lithuania accused Belarus of sending migrants across the border on Monday. Belarus "
            'rejected the charge. "This is pure invention," the Belarusian foreign ministry told '
            "reporters on Tuesday.",
            "rejected",
            "2024-09-10",
        ),
        (
            "Drought struck southern Malawi on Monday. Malawi appealed for food aid. It said on "
            "Thursday that a million people were hungry.",
            "appealed",
            "2024-09-12",
        ),
    ],
)
def test_statement_takes_the_day_of_the_next_sentence_saying(code, text, trigger, day):
    m = _one(code, text, trigger)
    assert m.date == day
    assert "[date.next_attribution]" in m.explanation


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        (  # someone else speaks on Wednesday
            "Armenia shelled Azerbaijani positions on Monday. Azerbaijan condemned the shelling. "
            "Turkey said on Wednesday that it backed Baku.",
            "condemned",
        ),
        (  # a later response by another party
            "On Monday, Peru accused Chile of spying. Chile rejected the accusation. On Thursday, "
            "the United Nations responded by urging restraint.",
            "rejected",
        ),
        (  # the same doer, but another kind of act
            "Qatar criticised Israel on Monday. Qatar condemned the air strike. Qatar also sent "
            "medical supplies to Lebanon on Wednesday.",
            "condemned",
        ),
        (  # not a statement
            "Rioters clashed with police in Dakar on Monday. Senegal deployed soldiers. The army "
            "said on Wednesday that calm had returned.",
            "deployed",
        ),
    ],
)
@pytest.mark.candidates("checks the day given to a reading that is below the default threshold")
def test_no_day_from_another_doer_or_act(code, text, trigger):
    m = _one(code, text, trigger)
    assert m.date == "2024-09-09"
    assert "[date.next_attribution]" not in m.explanation
