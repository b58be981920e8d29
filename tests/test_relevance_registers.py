"""Registers that are never political reporting (rule filter.register, data/relevance/
registers.tsv; branch offtopic38): a horoscope, a crossword's solutions, a walkthrough or a
classified advertisement that borrows the words of politics as figures is off-topic before the
parse, whatever its political words; a political story that names one marker of a register
(a missile called Taurus, a clue in an inquiry) is not. Invented texts."""

from __future__ import annotations

import pytest

from communique.relevance import story_topic

HOROSCOPE = (
    "Your stars for the coming week. Capricorn: the army of unpaid bills on your desk finally "
    "retreats, and a cold war with your landlord thaws. Aquarius: your manager's embassy of "
    "good news arrives late, so keep your own council and do not sign any treaty on impulse. "
    "Pisces: a parliament of cousins votes on the summer holiday and you lose; accept the "
    "result. Aries: a border you drew around your weekend is crossed by an old friend, and "
    "that is fine. Taurus: the tarot shows a quiet week, ideal for sorting out the garage and "
    "calling the person you owe an apology. Gemini: a colleague offers a ceasefire in the "
    "long dispute over the office thermostat; take it. Sagittarius: sanctions on sugar are "
    "good for you, and a protest from your sweet tooth will pass by Friday evening."
)
CROSSWORD = (
    "Solutions to yesterday's puzzle. 1 Across: a coup in the kitchen (5), an anagram of the "
    "last word. 4 Across: the setter hides a general in the clue, a hidden word. 9 Down: a "
    "double definition, a sentry's post and a stop on a rail line. 12 Down: the wordplay "
    "takes a minister's first letter. Readers who found the invasion clue too cryptic will "
    "find a gentler grid in Saturday's edition of the crossword, with a prize for the first "
    "correct entry drawn at random. Send your answers by post before Thursday at noon."
)
MISSILE_STORY = (
    "Germany will not send Taurus cruise missiles to Ukraine, the defence minister told "
    "parliament on Tuesday. Opposition lawmakers accused the government of weakening Kyiv, "
    "and the foreign minister said the decision would be reviewed with NATO allies. Russia's "
    "embassy in Berlin said any delivery would be an escalation, and the Kremlin warned of "
    "sanctions on German firms. The chancellor met the Ukrainian ambassador on Wednesday."
)


@pytest.mark.parametrize(("text", "register"), [(HOROSCOPE, "horoscope"), (CROSSWORD, "crossword")])
def test_pages_in_a_register_of_their_own_are_off_topic_whatever_their_political_words(
    text, register
):
    from communique.relevance import REGISTER_MIN_MARKERS

    topic = story_topic(text)
    assert topic.off_topic
    assert topic.register is not None and topic.register[0] == register
    assert len(topic.register[1]) >= REGISTER_MIN_MARKERS
    assert "filter.register" in topic.note()


def test_a_political_story_with_one_marker_of_a_register_keeps_its_topic():
    topic = story_topic(MISSILE_STORY)
    assert not topic.off_topic
    assert getattr(topic, "register", None) is None


def test_a_horoscope_is_stored_uncoded_with_its_note(tmp_path):
    import json

    from support import run_cli

    story = {"id": "h1", "published": "2025-03-03", "text": HOROSCOPE}
    res = run_cli("code", "--dropped", str(tmp_path / "d.jsonl"), stdin=json.dumps(story) + "\n")
    assert res.returncode == 0, res.stderr
    assert res.stdout.strip() == ""
    assert "h1: not coded: off-topic: written as a horoscope" in res.stderr
