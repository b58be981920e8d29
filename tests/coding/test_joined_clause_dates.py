"""Dates of events joined to another clause: an "after" with a gerund (the doer's own step
just before, rule date.counted_back), a second "after" clause joined by "and" (counted back
from the main verb), a reported past perfect joined to a first report (the report's day, not
an earlier one: rule date.earlier), and joined predicates closed by one set of date words
(rule date.shared). Sentences written for these tests."""

from __future__ import annotations

PUBLISHED = "2024-03-15"  # a Friday


def _one(code, text, trigger, when=PUBLISHED):
    (m,) = [e for e in code(text, when) if e.evidence.trigger.startswith(trigger)]
    return m


def test_after_a_gerund_is_the_doers_step_the_same_day(code):
    text = (
        "The defence ministers of Peru and Bolivia shook hands in Cusco on Wednesday after "
        "signing an agreement that lets Bolivia use a Peruvian port."
    )
    m = _one(code, text, "signing")
    assert m.date == "2024-03-13"


def test_after_a_clause_with_its_own_subject_is_not_the_same_day(code):
    text = (
        "The defence ministers of Peru and Bolivia shook hands in Cusco on Wednesday after "
        "their deputies signed an agreement on a Peruvian port."
    )
    m = _one(code, text, "signed")
    assert m.date != "2024-03-13"


def test_second_after_clause_joined_by_and_is_counted_back(code):
    text = (
        "Chile's president spoke by phone with his Argentine counterpart on Thursday. The call "
        "came after Chile's interior minister visited Buenos Aires last week, and a day after "
        "Argentine gendarmes detained four Chilean smugglers near the border, officials said."
    )
    m = _one(code, text, "detained")
    assert m.date == "2024-03-13"
    assert "[date.counted_back]" in m.explanation


def test_reported_past_perfect_joined_to_a_first_report_is_not_earlier(code):
    text = (
        "Ecuador's foreign ministry said the seizure broke maritime law and that Quito had "
        "lodged a formal protest with Lima."
    )
    m = _one(code, text, "lodged")
    assert m.date == PUBLISHED
    assert "[date.earlier]" not in m.explanation


def test_unreported_past_perfect_stays_earlier(code):
    text = "Ecuador had lodged a formal protest with Peru over the seizure."
    m = _one(code, text, "lodged")
    assert m.date is None


def test_joined_predicates_share_their_closing_date_words(code):
    text = (
        "Colombian marines boarded a cargo vessel held by smugglers and freed its six crew on "
        "Wednesday, the navy said on Thursday."
    )
    m = _one(code, text, "boarded")
    assert m.date == "2024-03-13"
