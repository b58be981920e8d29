"""A denial that answers the charge its own sentence told ("X accuses Y of ..., a charge Y
denies", "..., which Y denies"): the charge is an act of its own and the denial is aimed at
the accuser (recipient.sentence_accuser). Sentences written for these tests."""

from __future__ import annotations

from support import country_rows


def test_a_charge_the_accused_denies_answers_the_accuser(code):
    got = code("Peru accuses Bolivia of sheltering smugglers, a charge La Paz denies.")
    assert ("REJECT", ["BOL"], ["PER"]) in country_rows(got), country_rows(got)


def test_the_charge_told_before_the_denial_is_an_accusation(code):
    got = code("Peru accuses Bolivia of sheltering smugglers, a charge La Paz denies.")
    assert any(m.event_type == "ACCUSE" for m in got), country_rows(got)


def test_which_the_accused_denies_is_a_denial_aimed_at_the_accuser(code):
    got = code("Quito accuses the Colombian army of shelling border villages, which Bogota denies.")
    assert ("REJECT", ["COL"], ["ECU"]) in country_rows(got), country_rows(got)


def test_a_relative_clause_with_a_subject_of_its_own_is_no_kind(code):
    # the denial is Bogota's act, not what "villages" do as a kind (filter.generic)
    got = code("Quito accuses the Colombian army of shelling border villages, which Bogota denies.")
    assert any(m.event_type == "REJECT" for m in got), country_rows(got)


def test_a_denial_with_its_own_target_keeps_it(code):
    got = code("Bolivia accused Peru of spying on Monday. Chile denied the report by Argentina.")
    assert not any(
        m.event_type == "REJECT" and "BOL" in [a.country for a in m.recipient] for m in got
    ), country_rows(got)


def test_one_rule_answers_every_denial_of_a_charge_told_in_its_sentence(code):
    """ "X accused Y ...; Y rejected the accusation" and "..., which Y denies" are one rule
    (recipient.sentence_accuser), not the cross-sentence recipient.accuser."""
    for text in (
        "Niger accused Benin on Tuesday of training saboteurs; Benin's cabinet rejected the "
        "accusation as absurd.",
        "Niger accuses Benin of training saboteurs, which the government in Benin denies.",
    ):
        got = [m for m in code(text) if m.event_type == "REJECT"]
        assert got, country_rows(code(text))
        assert [a.country for a in got[0].recipient] == ["NER"], country_rows(got)
        assert "[recipient.sentence_accuser]" in got[0].explanation
        assert "[recipient.accuser]" not in got[0].explanation
