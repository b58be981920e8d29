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


# -- 'that day', 'the same day': the day named just before, not publication ----------------------


def test_arrests_that_day_take_the_day_of_the_march_named_before(code):
    ms = code(
        "On March 2, some 20,000 dock workers marched through Valparaíso against the port law. "
        "Police detained 35 people near the harbour that day.",
        "2024-03-20",
    )
    m = next(m for m in ms if m.event_type == "COERCE")
    assert m.date == "2024-03-02"
    assert "[date.same_day]" in m.explanation


def test_tear_gas_the_same_day_takes_that_day_not_publication(code):
    ms = code(
        "Nurses went on strike in Accra on Thursday, February 8. Riot police fired tear gas at "
        "a picket outside the health ministry later the same day.",
        "2024-02-27",
    )
    m = next(m for m in ms if m.event_type in ("ASSAULT", "COERCE"))
    assert m.date == "2024-02-08"


# -- a strike suspended or called off is a concession, not a strike -------------------------------


def test_a_strike_suspended_after_talks_is_yielding_not_suspended_talks(code):
    ms = code(
        "Zambian miners' unions suspended their strike on Friday after talks with the mines "
        "ministry."
    )
    types = {m.event_type for m in ms}
    assert "CONCEDE" in types
    assert "SANCTION" not in types  # the talks were held, not suspended
    assert "PROTEST" not in types  # the strike is what ended


# -- a strike called 'for' a day is planned, not held ---------------------------------------------


def test_a_strike_called_for_a_coming_date_is_planned_for_that_date(code):
    ms = code(
        "Nigeria's labour congress called a nationwide strike for June 3 over the minimum wage.",
        "2024-05-28",
    )
    m = next(m for m in ms if m.event_type in ("PROTEST", "THREATEN"))
    assert m.date == "2024-06-03"
    assert m.modality == "future"


# -- occupying a faculty or a factory is a protest, not taking territory ------------------------


def test_students_occupying_a_faculty_protest(code):
    for text in (
        "Peruvian students began an occupation of the medical faculty in Arequipa on Monday.",
        "Striking Bolivian miners occupied the smelting plant near Oruro on Monday.",
    ):
        types = {m.event_type for m in code(text)}
        assert "PROTEST" in types and "COERCE" not in types, text
