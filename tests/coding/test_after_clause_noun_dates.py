"""Date words that stand before a noun ("*last week's* election", "*Sunday's* vote") date that
noun, not the act of the "after" clause they are written in: "a day after she rejected the
result of last week's election" is counted back from the main event (date.counted_back), not
dated to last week (date.clause_words); a noun the clause's act happened in ("in Monday's
crackdown") still dates it. Sentences written for these tests."""

from __future__ import annotations


def _one(code, text: str, trigger: str, published: str = "2026-05-08"):
    (m,) = [e for e in code(text, published) if e.evidence.trigger.startswith(trigger)]
    return m


def test_possessive_date_of_another_noun_does_not_date_the_clause_act(code):
    text = (
        "Ghanaian police arrested opposition leader Ama Boateng on Tuesday, a day after she "
        "rejected the official result of last week's presidential election."
    )
    m = _one(code, text, "rejected")
    assert m.event_type == "REJECT"
    assert m.date == "2026-05-04", m.explanation
    assert "date.counted_back" in m.date_rules


def test_possessive_date_of_the_setting_still_dates_the_clause_act(code):
    text = (
        "Togo recalled its ambassador on Friday, two days after Ghana expelled Togolese "
        "traders in Monday's crackdown."
    )
    m = _one(code, text, "expelled")
    assert m.date == "2026-05-04", m.explanation
