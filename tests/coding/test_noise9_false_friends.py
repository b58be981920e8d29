"""False friends of match and race reports (branch noise9, data/coding/senses.tsv): a national
side that "attacked from the first whistle" or "through their winger" was playing, and a relay or a
sprinter that "beat" other countries won a race. Attacks on towns and beatings with batons
stay. Sentences written for these tests."""

from __future__ import annotations

VIOLENCE = {"ASSAULT", "COERCE", "THREATEN", "FIGHT"}


def _types(code, text):
    return {m.event_type for m in code(text, when="2026-03-01")}


def test_a_side_attacking_in_a_match_is_playing(code):
    for text in (
        "Croatia attacked from the first whistle and scored twice before the break.",
        "Ghana attacked through their young winger all evening.",
    ):
        assert not _types(code, text) & VIOLENCE, text


def test_a_relay_that_beat_other_countries_won_a_race(code):
    text = (
        "Norway's women's relay beat Sweden and Finland to take the gold medal in Oslo on Sunday."
    )
    assert not _types(code, text) & VIOLENCE


def test_attacks_on_towns_and_beatings_stay(code):
    assert "ASSAULT" in _types(code, "Government troops attacked the rebel-held town on Sunday.")
    assert "ASSAULT" in _types(code, "Police beat protesters with batons in the capital on Sunday.")
