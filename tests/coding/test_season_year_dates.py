"""A season and its year dates what a sentence tells (branch noise9, coding/dates.py): "in
autumn 1911" or "by winter 1940" is that year, so an act of long ago told in a history page,
a game diary or a guide is historical, not news of the publication day. Sentences written for
this test."""

from __future__ import annotations


def test_an_act_dated_by_a_season_of_long_ago_is_history(code):
    for text, year in (
        ("In autumn 1911 the Italian fleet shelled the port of Tripoli.", "1911"),
        ("The garrison surrendered to the besiegers in winter 1871.", "1871"),
        ("By summer 1919 rebel bands had attacked every village in the valley.", "1919"),
    ):
        events = code(text, when="2026-03-01")
        assert events, text
        assert all(m.modality == "historical" and m.date == year for m in events), text


def test_an_act_of_the_publication_week_stays_news(code):
    events = code("Rebels attacked the northern town on Sunday.", when="2026-03-01")
    assert events and all(m.modality == "asserted" for m in events)
