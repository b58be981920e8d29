"""A statement with no date words of its own, told after the story has gone back to a day before
its lead's, is the story's news, made on the lead's day (rule date.statement_lead_day); an act
that is no statement stays on the day named before it, and so does a statement that goes on
telling what someone said on that day. Sentences written for these tests; published on Friday
13 September 2024."""

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
            "Sudanese troops shelled the border town of Dravo on Thursday, killing six "
            "civilians. The fighting began on Monday when a patrol crossed the river. "
            "Chad condemned the shelling.",
            "condemned",
            "2024-09-12",
        ),
        (
            "Police in Georgia detained four opposition leaders on Friday. The four were "
            "charged on Tuesday with organising an illegal rally. The United States urged the "
            "government to release them.",
            "urged",
            "2024-09-13",
        ),
        (
            "Serbia expelled two Croatian diplomats on Thursday. Croatian jets entered "
            "Serbian airspace on Sunday, its defence ministry said. Croatia rejected the "
            "expulsions.",
            "rejected",
            "2024-09-12",
        ),
    ],
)
def test_statement_after_a_day_before_the_lead_is_on_the_lead_day(code, text, trigger, day):
    m = _one(code, text, trigger)
    assert m.date == day, m.explanation


@pytest.mark.parametrize(
    ("text", "trigger", "day"),
    [
        (  # no statement: the background narration goes on, on its day
            "Sudanese troops shelled the border town of Dravo on Thursday. The fighting "
            "began on Monday when rebels seized a police post. The rebels also burned a "
            "school.",
            "burned",
            "2024-09-09",
        ),
        (  # the day dates a verb of saying: the next statement goes on telling that day
            "Serbia expelled two Croatian diplomats on Thursday. Croatia's foreign "
            'minister said on Tuesday: "We will not be threatened." He accused Serbia of '
            "violating the border treaty.",
            "accused",
            "2024-09-10",
        ),
    ],
)
@pytest.mark.candidates("checks the day given to a reading that is below the default threshold")
def test_other_undated_acts_keep_the_day_named_before(code, text, trigger, day):
    m = _one(code, text, trigger)
    assert m.date == day, m.explanation
