"""A capitalised war or struggle noun inside a sentence in ordinary case is a word of a proper
name (an era, a movement, a style, a ride): "the Italian Invasion" of a craze for
espresso bars is no occupation by Italy (rule filter.named_episode, vocabulary episode_nouns; issue
#12). Acts told with lower-case nouns and verbs, and title-case headlines, are coded as before.
Invented stories."""

from __future__ import annotations

from support import dropped_rules


def _triggers(mentions):
    return [(m.event_type, m.evidence.trigger) for m in mentions]


def test_music_era_named_invasion_is_no_occupation(code):
    text = (
        "Collectors at a fair in Leeds paid high prices for scooter posters from the Italian "
        "Invasion of espresso culture."
    )
    assert _triggers(code(text)) == []


def test_board_game_named_after_a_siege_is_no_coercion(code):
    text = (
        "Our new board game recreates the Japanese Siege of the Korean capital, and players "
        "lead the armies."
    )
    assert _triggers(code(text)) == []


def test_named_episode_is_recorded_as_dropped(nlp):
    text = "A gallery in Lyon sells posters from the Dutch Invasion of the fashion world."
    assert "filter.named_episode" in dropped_rules(nlp, text)


# guards: the same nouns in lower case, and a title-case headline, keep their events
def test_lower_case_invasion_is_still_an_act(code):
    text = "Russian troops began an invasion of Georgia on Tuesday, the defence ministry said."
    assert ("COERCE", "invasion") in _triggers(code(text))


def test_title_case_headline_keeps_its_offensive(code):
    found = code("Turkey Launches Offensive In Northern Syria")
    assert any(m.event_type == "ASSAULT" and "Offensive" in m.evidence.trigger for m in found)


def test_sentence_after_a_named_era_is_coded(code):
    text = (
        "A gallery in Lyon showed posters of the French Revolution. Hungarian police raided "
        "the headquarters of a small liberal party in Budapest at dawn."
    )
    assert ("COERCE", "raided") in _triggers(code(text))


def test_a_named_protest_joined_on_a_news_day_is_still_a_protest(code):
    found = code("Thousands of students joined the Global Climate Strike in Berlin on Friday.")
    assert any(m.event_type == "PROTEST" and m.evidence.trigger == "Strike" for m in found)
