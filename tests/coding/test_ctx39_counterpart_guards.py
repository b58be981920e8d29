"""Guards for the story's counterpart assumed as the target of an act that names none (rule
recipient.story_counterpart). Session 39 judged every reading with a recipient taken from
context over the 66 story sets against their gold (bench/ctx_recipients.py; bench/stories/
README.md "ctx39"): about four in five are right, whatever the salience of the counterpart (its
count of mentions, the headline, the reading's distance from the lead), so these readings are
kept. Every text is written for these tests."""

from __future__ import annotations

from support import by_type as _by_type
from support import named_countries as _countries

DISPUTE = (
    "Peru's coast guard seized two Chilean fishing boats and detained their crews off the "
    "southern coast on Sunday, saying they had entered Peruvian waters. "
)


def test_a_ministry_protest_naming_neither_side_is_aimed_at_the_other_state(code):
    m = _by_type(
        code(
            DISPUTE + "Chile recalled its ambassador from Lima for consultations on Monday. "
            "The Chilean foreign ministry protested strongly."
        ),
        "ACCUSE",
        "protested",
    )
    assert _countries(m.recipient) == {"PER"}
    assert "recipient.story_counterpart" in m.explanation


def test_a_reaction_far_from_the_lead_keeps_the_counterpart(code):
    m = _by_type(
        code(
            DISPUTE + "The boats had sailed from Arica a week earlier. Their owners said the "
            "catch was worth about 40,000 dollars. Fishermen in the port gathered on the quay "
            "to wait for news. Local radio stations carried interviews with the families. "
            "On Tuesday Chile demanded the immediate release of the sailors."
        ),
        "REQUEST",
        "demanded",
    )
    assert _countries(m.recipient) == {"PER"}


def test_a_target_named_in_the_clause_is_not_replaced_by_the_counterpart(code):
    m = _by_type(
        code(DISPUTE + "Chile also urged Bolivia to close its ports to the Peruvian patrols."),
        "REQUEST",
        "urged",
    )
    assert _countries(m.recipient) == {"BOL"}
    assert "recipient.story_counterpart" not in m.explanation
