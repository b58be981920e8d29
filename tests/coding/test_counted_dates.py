"""Date words that count forward ("a week later", "the following day") in a past-tense
clause count from an earlier day of the story, never from publication. Sentences written for
these tests."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        (
            "The border war began in 1998. A week later, Eritrean troops shelled Ethiopian positions.",
            "shelled",
        ),
        (
            "In 2016 Ruritania cut ties with Peru. Three weeks later Peru expelled Chile's diplomats.",
            "expelled",
        ),
        (
            "Back in 2008, Russia sent troops into Georgia. A day later the European Union condemned Russia.",
            "condemned",
        ),
        (
            "Brazil hosted a summit in 2015. The following day Argentina accused Chile of spying.",
            "accused",
        ),
    ],
)
def test_forward_count_with_no_named_day_is_not_dated_from_publication(code, text, trigger):
    (m,) = [e for e in code(text, "2024-05-09") if e.evidence.trigger.startswith(trigger)]
    # counted from the old year named just before (branch background32, rule
    # date.counted_from_period): history of that year, never publication's day
    year = next(w for w in text.replace(",", " ").replace(".", " ").split() if w.isdigit())
    assert m.modality == "historical" and m.date == year
    assert "[date.counted_from_period]" in m.explanation


@pytest.mark.candidates("checks the day given to a reading that is below the default threshold")
def test_forward_count_from_a_named_day_still_counts(code):
    text = (
        "The ministers of Peru and Chile met on Monday. Two days later they signed a trade accord."
    )
    (m,) = [e for e in code(text, "2024-05-09") if e.evidence.trigger.startswith("signed")]
    assert m.date == "2024-05-08"


def test_backward_count_from_publication_still_counts(code):
    (m,) = code("Israeli troops attacked a camp two days ago.", "2024-05-09")
    assert m.date == "2024-05-07"
