"""False friends of match reports and market wraps, on invented sentences (branch noise7,
data/coding/senses.tsv): a side that "beat" or "defeated" another with a score ("@score") or
by a margin won a game; "beat the record time" is a race against the clock; investors
"burned by" a bet lost money; a shot or a car that "struck the post" or "the kerb" hit no one.
Beatings with batons, and military strikes, stay."""

from __future__ import annotations

ASSAULTS = ("ASSAULT", "COERCE", "PROTEST", "THREATEN")


def _types(code, text):
    return {m.event_type for m in code(text)}


def test_a_side_that_beat_another_with_a_score_won_a_game(code):
    for text in (
        "Uruguay beat Chile 31-12 at the Centenario on Sunday.",
        "Georgia defeated Romania 24-17 in Tbilisi on Saturday.",
        "Denmark beat Norway 3-1 in Copenhagen on Wednesday night.",
    ):
        assert not _types(code, text) & set(ASSAULTS), text


def test_a_side_that_won_by_a_margin_won_a_game(code):
    for text in (
        "Sri Lanka beat Bangladesh by 52 runs in Colombo on Friday.",
        "Fiji defeated Samoa by nine points in Suva on Saturday.",
    ):
        assert not _types(code, text) & set(ASSAULTS), text


def test_beating_a_time_is_a_race(code):
    text = 'The headteacher said: "I have challenged the police to beat the pupils\' time next spring."'
    assert not _types(code, text) & set(ASSAULTS)


def test_investors_burned_by_a_bet_lost_money(code):
    text = "Traders in Frankfurt were burned by the rally in bank shares on Monday."
    assert not _types(code, text) & set(ASSAULTS)


def test_a_car_that_struck_the_kerb_hit_no_one(code):
    text = "The Brazilian's front wing struck the kerb at the hairpin on the opening lap."
    assert not _types(code, text) & set(ASSAULTS)


def test_beatings_with_batons_and_numbers_of_people_stay(code):
    assert "ASSAULT" in _types(
        code, "Riot police beat 20-30 students with batons in Dhaka on Tuesday."
    )
    assert "ASSAULT" in _types(code, "Soldiers beat two journalists in Goma on Monday.")
