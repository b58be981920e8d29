"""Ceasefire and truce wording in mediation news. Sentences written for these tests."""

from __future__ import annotations


def _types(got):
    return {(m.event_type, m.cameo) for m in got}


def test_breaching_a_ceasefire_is_a_violation_not_a_new_truce(code):
    got = code("Georgia said Russian-backed forces had breached the ceasefire on Monday.")
    assert ("ASSAULT", "196") in _types(got), [(m.event_type, m.cameo) for m in got]
    assert not any(m.cameo == "0871" for m in got), [(m.event_type, m.cameo) for m in got]


def test_breaking_a_truce_is_a_violation(code):
    got = code("Sudan's army said the paramilitary forces had broken the truce near the airport.")
    assert ("ASSAULT", "196") in _types(got), [(m.event_type, m.cameo) for m in got]
    assert not any(m.event_type == "RETREAT" for m in got)


def test_a_truce_agreed_stays_an_agreement(code):
    got = code("Armenia and Azerbaijan agreed a ceasefire on Monday.")
    assert any(m.event_type == "AGREE" for m in got)
    assert not any(m.cameo == "196" for m in got)


def test_terms_of_an_old_agreement_share_its_date(code):
    # the pledge is the 2023 accord's term, not an act of the Friday named before
    text = (
        "Troops clashed near the border on Friday. Niger signed an accord with Benin in May "
        "2023, brokered by Togo, under which it pledged to Benin to reopen the border crossing."
    )
    # (the pledge names whom it was made to: a background pledge with no recipient would be
    # left out as vague background, filter.background_no_recipient)
    got = [m for m in code(text, "2025-06-04") if m.evidence.trigger.startswith("pledged")]
    assert got and all(m.date == "2023-05" and m.modality == "historical" for m in got), [
        (m.event_type, m.date, m.explanation) for m in got
    ]


def test_live_blog_entries_do_not_take_an_earlier_entrys_day(code):
    # the 10:20 entry's accusation is a report of the blog's day, not of the Monday an
    # earlier entry named for the fighting's end
    text = (
        "KHARTOUM, May 14 (Wire) - Our live coverage of the truce.\n\n"
        "09:05 — Fighting stopped in most districts on Monday, residents said.\n\n"
        "10:20 — Sudan's army accused the paramilitary forces of attacking a market."
    )
    got = [m for m in code(text, "2025-05-14") if m.event_type == "ACCUSE"]
    assert got and all(m.date == "2025-05-14" for m in got), [(m.date, m.explanation) for m in got]


def test_one_clock_time_is_no_live_blog(code):
    text = (
        "Talks opened in Geneva on Monday.\n\n"
        "09:05 — the time the envoys arrived — was announced late. Sudan's army accused the "
        "paramilitary forces of attacking a market."
    )
    got = [m for m in code(text, "2025-05-14") if m.event_type == "ACCUSE"]
    assert got and all(m.date == "2025-05-12" for m in got), [(m.date, m.explanation) for m in got]
