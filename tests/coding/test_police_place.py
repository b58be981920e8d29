"""Police placed by where they act, and an arrest at a house that stays an arrest. Sentences
written for these tests."""

from __future__ import annotations


def _arrests(got):
    return [m for m in got if m.event_type == "COERCE" and m.evidence.trigger.startswith("arrest")]


def test_police_take_the_state_of_the_place_they_arrest_in(code):
    text = (
        "Iraq's government called the verdict fair. On Thursday prosecutors said police had "
        "arrested another Iraqi man in Munich on Tuesday, a former militia officer suspected "
        "of murders."
    )
    got = _arrests(code(text, "2025-05-09"))
    assert got, got
    assert [a.country for a in got[0].actor] == ["DEU"], got[0].explanation
    assert [a.country for a in got[0].recipient] == ["IRQ"]
    assert "[mention.police_place]" in got[0].explanation


def test_police_with_a_country_of_their_own_keep_it(code):
    got = _arrests(code("Austrian police arrested two Iraqi students in Munich on Monday."))
    assert got and [a.country for a in got[0].actor] == ["AUT"]


def test_an_arrest_at_a_house_is_still_an_arrest(code):
    got = _arrests(
        code("Gabonese police arrested a journalist at a house in Libreville on Wednesday.")
    )
    assert got and [a.country for a in got[0].actor] == ["GAB"], got
