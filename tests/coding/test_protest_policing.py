"""Protest and policing reports as whole news pages tell them (the error classes that the
bench/stories/unrest set showed). Every text is written for these tests."""

from __future__ import annotations

from support import countries


def _all_countries(mentions) -> set[str]:
    return {c for m in mentions for c in countries(m.actor) | countries(m.recipient)}


# -- 'Pan-American', 'Inter-American': the hemisphere, not the United States -------------------


def test_a_hemisphere_compound_does_not_make_the_story_american(code):
    ms = code(
        "Lorry drivers blocked the Pan-American Highway near the Bolivian border on Monday. "
        "The country's largest hauliers' federation condemned the toll rise."
    )
    assert "USA" not in _all_countries(ms)


def test_an_inter_american_body_is_intergovernmental_not_american(code):
    ms = code(
        "The Inter-American Commission on Human Rights urged Honduran authorities on Friday "
        "to investigate the deaths of two farmers."
    )
    m = next(m for m in ms if m.event_type == "REQUEST")
    assert countries(m.actor) == {"IGO"}
    assert countries(m.recipient) == {"HND"}
