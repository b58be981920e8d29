"""Background told in a relative clause is no event of the story (rule filter.aside): a clause
set off by commas on the subject says who the subject is ("Ghana, which hosted earlier rounds,
welcomed ..."), and a past-perfect relative clause tells what came before the act reported
("lifted the sanctions it had imposed"). Acts with their own day, force, and restrictive
clauses that pick out a noun stay. Every text is written for these tests."""

from __future__ import annotations

from support import countries
from support import event_types as _types


def test_a_comma_clause_on_the_subject_is_background(code):
    kept = code("Togo and Benin, which hosted earlier rounds of talks, welcomed the deal.")
    assert _types(kept) == ["SUPPORT"]
    kept = code("Ghana, which has sent troops to the UN mission in Mali, urged Kenya to help.")
    assert _types(kept) == ["REQUEST"]
    assert countries(kept[0].recipient) == {"KEN"}
    kept = code("Norway, which backs the peace process, urged Eritrea to withdraw its troops.")
    assert _types(kept) == ["REQUEST"]


def test_a_past_perfect_relative_clause_is_earlier(code):
    kept = code("The European Union lifted the sanctions it had imposed on Belarus.")
    assert "SANCTION" not in _types(kept)


def test_an_aside_with_its_own_day_or_force_stays(code):
    kept = code(
        "Kenya, which recalled its ambassador from Ghana on Monday, said talks would go on."
    )
    assert "SANCTION" in _types(kept)
    kept = code("Ghana, which will host talks with Togo next week, urged both sides to attend.")
    assert len(kept) == 2
    kept = code("The rebels, who seized the town, said they would hold it.")
    assert "COERCE" in _types(kept)
    # a restrictive clause picks out its noun and tells an act
    kept = code("Ghana expelled the Togolese diplomat who met the opposition leader.")
    assert "CONSULT" in _types(kept)


def test_who_defends_a_raid_did_not_raid(code):
    text = (
        "Togolese soldiers raided a camp near Kara on Wednesday. "
        "The interior minister defended the raid on Thursday."
    )
    kept = code(text, "2024-05-10")
    assert [m.event_type for m in kept] == ["ASSAULT", "SUPPORT"]
    assert countries(kept[0].actor) == {"TGO"}
    # a verb that does its noun event keeps its subject as the doer
    (m,) = code("Togolese soldiers carried out a raid on a camp near Kara on Wednesday.")
    assert countries(m.actor) == {"TGO"}
