"""Event dates the held-out pages showed wrong, on invented stories (branch refdate): a day named
in a comma-set participle on the subject is the story's day (rule date.story_reference); talks
that lasted hours take the day of the act they led to (date.lasted_before); a day put before its
sentence sets the scene for the statements of its paragraph (date.statement_lead_day); "from"
before a gerund is no starting point (date.effective); a decade inside the charge of "accusing
... of" dates the charge, not the accusation (date.accused_act)."""

from __future__ import annotations

import pytest

from support import mentions_of as _of

PUBLISHED = "2025-03-07"  # a Friday: Monday is 3 March, Tuesday 4, Wednesday 5, Thursday 6


def _show(found):
    return [(m.event_type, m.modality, m.date, m.evidence.trigger) for m in found]


def test_a_day_in_a_participle_on_the_subject_is_the_storys_day(code):
    text = (
        "Bolivia sent a diplomatic note to Paraguay over a dam on a shared river.\n\n"
        "The note, handed over on Wednesday, asks for a joint survey of the river.\n\n"
        "The two presidents met at a regional summit on Monday.\n\n"
        "Paraguay rejected the note."
    )
    found = code(text, PUBLISHED)
    rejections = _of(found, "REJECT")
    assert rejections, _show(found)
    assert all(m.date == "2025-03-05" for m in rejections), _show(found)


@pytest.mark.candidates("checks the day given to a reading that is below the default threshold")
def test_a_day_in_a_participle_on_an_object_stays_background(code):
    text = (
        "Senegal and Gambia held talks in Banjul on Thursday on a fishing pact approved on "
        "Tuesday. Gambia's president praised the talks."
    )
    found = code(text, PUBLISHED)
    praise = [m for m in _of(found, "SUPPORT") if m.evidence.trigger.startswith("praised")]
    assert praise, _show(found)
    assert all(m.date == "2025-03-06" for m in praise), _show(found)


def test_talks_that_lasted_hours_take_the_day_of_the_signing(code):
    for text in (
        "Qatar and Bahrain signed a maritime accord in Manama on Tuesday after talks that "
        "lasted six hours.",
        "Qatar and Bahrain signed a maritime accord in Manama on Tuesday after eight hours of "
        "talks.",
        "Qatar and Bahrain signed a maritime accord in Manama on Tuesday after four days of "
        "talks in Muscat.",
    ):
        found = code(text, PUBLISHED)
        talks = _of(found, "CONSULT")
        assert talks, _show(found)
        assert all(m.date == "2025-03-04" for m in talks), _show(found)
        assert all("date.lasted_before" in m.explanation for m in talks), _show(found)


def test_talks_that_lasted_months_are_not_dated_to_the_signing_day(code):
    text = (
        "Qatar and Bahrain signed a maritime accord in Manama on Tuesday after talks that "
        "lasted three months."
    )
    found = code(text, PUBLISHED)
    talks = _of(found, "CONSULT")
    assert talks, _show(found)
    assert all(m.date != "2025-03-04" for m in talks), _show(found)


def test_a_fronted_day_sets_the_scene_for_its_paragraphs_statements(code):
    text = (
        "Spain's king ended a state tour of South America in Lima on Thursday.\n\n"
        "In Santiago on Tuesday, the visit was overshadowed by wildfires. Chile's president "
        "asked Spain for firefighting planes."
    )
    found = code(text, PUBLISHED)
    asks = _of(found, "REQUEST")
    assert asks, _show(found)
    assert all(m.date == "2025-03-04" for m in asks), _show(found)


def test_a_background_day_after_the_subject_leaves_reactions_on_the_leads_day(code):
    text = (
        "Riot police cleared a square in Tbilisi on Thursday.\n\n"
        "The demonstrations started on Monday with a march by students. Germany criticised "
        "the police action."
    )
    found = code(text, PUBLISHED)
    criticism = [m for m in _of(found, "ACCUSE") if m.evidence.trigger.startswith("criticised")]
    assert criticism, _show(found)
    assert all(m.date == "2025-03-06" for m in criticism), _show(found)


def test_from_before_a_gerund_is_no_starting_point(code):
    found = code(
        "Azerbaijan barred two Dutch journalists from entering the country on Tuesday.",
        PUBLISHED,
    )
    assert found, _show(found)
    assert all(m.date == "2025-03-04" for m in found), _show(found)
    assert not any("date.effective" in m.explanation for m in found), _show(found)


def test_a_day_on_the_gerund_after_from_is_the_storys_day(code):
    text = (
        "Belarus barred 20 Lithuanian officials and reporters from entering the country on "
        "Thursday.\n\n"
        "The ministry also said it had summoned Lithuania's charge d'affaires in Minsk."
    )
    found = code(text, PUBLISHED)
    summons = [m for m in found if m.evidence.trigger.startswith("summoned")]
    assert summons, _show(found)
    assert all(m.date == "2025-03-06" for m in summons), _show(found)


def test_a_real_starting_point_still_tells_when_a_measure_applies(code):
    found = code(
        "Ghana suspended cocoa exports to Togo on Monday, with effect from 1 April.", PUBLISHED
    )
    assert found, _show(found)
    assert all(m.date == "2025-03-03" for m in found), _show(found)


def test_a_decade_inside_the_charge_does_not_date_the_accusation(code):
    text = (
        "Greece went further on Wednesday, accusing Albania of concealing the fate of soldiers "
        "unaccounted for since the fighting of the 1940s."
    )
    found = code(text, PUBLISHED)
    charges = _of(found, "ACCUSE")
    assert charges, _show(found)
    assert all(m.date == "2025-03-05" and m.modality != "historical" for m in charges), _show(found)
