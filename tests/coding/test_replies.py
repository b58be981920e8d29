"""Whom a reply is aimed at: "rejected *the statement*", "dismissed *the report*", "rejected
*the criticism*" answer what another side said before, "criticised *the decision*" an act and
no denial (rule recipient.earlier_general_act). Every text is written for these tests."""

from __future__ import annotations

from support import by_type as _by_type
from support import named_countries as _countries


def test_rejecting_the_statement_answers_the_speaker_before(code):
    text = (
        "Finland's foreign ministry said on Monday that Norway had broken the fishing accord. "
        "Norway's government rejected the statement as unfounded."
    )
    m = _by_type(code(text), "REJECT", "rejected")
    assert _countries(m.recipient) == {"FIN"}
    assert "recipient.earlier_general_act" in m.explanation


def test_dismissing_quoted_remarks_answers_their_speaker(code):
    text = (
        '"The new dam will hurt every farmer downstream," Egypt\'s irrigation minister said. '
        "Ethiopia's water ministry dismissed the remarks on Tuesday."
    )
    m = _by_type(code(text), "REJECT", "dismissed")
    assert _countries(m.recipient) == {"EGY"}


def test_rejecting_the_findings_answers_the_body_that_stated_them(code):
    text = (
        "Auditors from the World Bank said Zambia's central bank had hidden losses for years. "
        "The Zambian finance ministry rejected the findings."
    )
    m = _by_type(code(text), "REJECT", "rejected")
    assert "recipient.earlier_general_act" in m.explanation
    assert "World Bank" in m.explanation


def test_rejecting_the_criticism_answers_another_sides_statement_not_its_own(code):
    text = (
        "Egypt's foreign minister said on Monday that the dam talks had failed. "
        "Ethiopia's water minister said the talks would go on. "
        "Ethiopia rejected the criticism."
    )
    m = _by_type(code(text), "REJECT", "rejected")
    assert _countries(m.recipient) == {"EGY"}


def test_criticising_the_decision_skips_a_denial_to_reach_the_act(code):
    text = (
        "Ghana closed its border with Togo on Monday. "
        "Togo's interior ministry denied that any militants had crossed. "
        "Nigeria's government criticised the decision."
    )
    m = _by_type(code(text), "ACCUSE", "criticised")
    assert _countries(m.recipient) == {"GHA"}


def test_a_statement_reported_is_no_move(code):
    text = (
        "Peru recalled its ambassador from Caracas. "
        "Venezuela's foreign minister said the talks would resume in May. "
        "Colombia criticised the move."
    )
    m = _by_type(code(text), "ACCUSE", "criticised")
    assert _countries(m.recipient) == {"PER"}
