"""Date words of a clause that does not hold the event: a reported clause or a clause of a noun
beside the event (loose date words), a past-perfect clause below the event (rule
date.perfect_clause) and a condition (rule date.condition_clause). Sentences written for these
tests."""

from __future__ import annotations

PUBLISHED = "2024-03-15"  # a Friday


def _one(code, text, trigger):
    (m,) = [e for e in code(text, PUBLISHED) if e.evidence.trigger.startswith(trigger)]
    return m


def test_date_words_of_a_reported_clause_leave_the_conjoined_event_to_the_saying_day(code):
    m = _one(
        code,
        "Monitors from the Organization of American States said on Tuesday that voting on "
        "Sunday had been largely calm, but they criticised long queues at polling stations.",
        "criticised",
    )
    assert m.date == "2024-03-12"


def test_date_words_of_a_past_perfect_clause_date_the_earlier_act_not_the_denial(code):
    m = _one(
        code,
        '"Nobody was expelled by force," said Deputy Minister Ana Pardo on Tuesday, denying a '
        "report by a rights group that soldiers had pushed 40 people back into Peru on Sunday.",
        "denying",
    )
    assert m.date == "2024-03-12"
    assert "[date.perfect_clause]" in m.explanation


def test_date_words_of_a_condition_date_the_condition_not_the_threat(code):
    m = _one(
        code,
        "Peru warned that it would expel Bolivia's ambassador if the border talks collapsed "
        "again, as they had last month.",
        "expel",
    )
    assert m.event_type == "THREATEN"
    assert m.date != "2024-02"
    assert "[date.condition_clause]" in m.explanation
