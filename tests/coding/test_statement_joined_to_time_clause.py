"""A statement addressed to a named party that the parser joins to a time clause inside a
reported clause is the sayer's act (rule actor.judgment_sayer), dated as the report, not as
the time clause. Sentences written for these tests."""

from __future__ import annotations

PUBLISHED = "2024-03-15"


def test_call_joined_to_a_since_clause_is_the_sayers_and_not_history(code):
    (m,) = [
        e
        for e in code(
            "Peruvian Prime Minister Jorge Salas said Chile had carried out more than 300 "
            "incursions since the accord took effect in May 2022 and called on Brazil and "
            'Argentina, the accord\'s guarantors, to "assume their duties".',
            PUBLISHED,
        )
        if e.evidence.trigger.startswith("called")
    ]
    assert m.event_type == "REQUEST"
    assert [a.country for a in m.actor] == ["PER"]
    assert "[actor.judgment_sayer]" in m.explanation
    assert m.modality == "asserted"
    assert m.date == PUBLISHED
