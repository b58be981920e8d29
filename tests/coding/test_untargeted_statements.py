"""Verbal acts that name no one they were said or done to (filter.untargeted_statement).
Sentences written for these tests."""

from __future__ import annotations


def _triggers(got):
    return [(m.event_type, m.evidence.trigger, [a.code for a in m.recipient]) for m in got]


def test_a_denial_with_no_one_denied_is_no_event(code):
    got = code(
        "A spokeswoman for the Zambian cabinet, Ruth Banda, denied that the move was political."
    )
    assert not any(m.event_type == "REJECT" for m in got), _triggers(got)


def test_an_appeal_to_all_sides_is_kept(code):
    # whom it asks is named, though no actor can be made of it
    got = code("The Namibian envoy called on all sides to return to the talks.")
    assert any(m.event_type == "REQUEST" for m in got), _triggers(got)


def test_praise_with_no_one_praised_is_no_event(code):
    got = code("Bolivia's interior minister defended the raid on Tuesday.")
    assert not any(m.event_type == "SUPPORT" for m in got), _triggers(got)


def test_a_statement_to_someone_is_kept(code):
    got = code("The Ecuadorian interior minister urged Peru to reopen the border on Sunday.")
    assert any(m.event_type == "REQUEST" and m.recipient for m in got), _triggers(got)


def test_doers_acting_on_each_other_are_kept(code):
    got = code("The presidents of Ghana and Togo met in Lome on Thursday.")
    assert any(m.event_type == "CONSULT" for m in got), _triggers(got)


def test_a_pledge_of_material_aid_to_a_fund_is_kept(code):
    got = code("Norway pledged 300 million crowns to the fund on Monday.")
    assert any(m.event_type == "AGREE" for m in got), _triggers(got)
