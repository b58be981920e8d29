"""Passives with no "by" doer whose doer the story makes clear (coding/releases.py,
coding/domestic.py summoning_ministry): the captor frees, the host state summons and expels."""

from __future__ import annotations

import pytest

from support import countries


def _by_type(ms, etype):
    return [m for m in ms if m.event_type == etype]


@pytest.mark.candidates("checks how the doer of a reading below the default threshold is placed")
def test_a_release_is_the_last_captors(code):
    ms = code(
        "The Moroccan coast guard detained eleven Spanish fishermen near the islands on Monday. "
        "The fishermen were released on Wednesday evening, the ministry said."
    )
    (freed,) = [m for m in ms if m.cameo.startswith("0841")]
    assert countries(freed.actor) == {"MAR"}, freed.explanation
    assert "[actor.releasing_captor]" in freed.explanation
    named = code("The Moroccan coast guard released eleven Spanish fishermen on Wednesday.")
    assert freed.confidence < max(m.confidence for m in named)


def test_no_release_doer_without_a_capture(code):
    ms = code("The fishermen were released on Wednesday evening, the ministry said.")
    assert not [m for m in ms if m.cameo.startswith("0841") and m.actor]


def test_an_envoy_summoned_in_a_story_of_two_states_by_the_other(code):
    ms = code(
        "Estonia arrested two Belarusian diplomats' drivers on Monday. "
        "The Belarusian charge d'affaires was summoned to the foreign ministry on Tuesday."
    )
    (summons,) = [m for m in ms if m.cameo.startswith("114")]
    assert countries(summons.actor) == {"EST"}, summons.explanation
    assert "[actor.summoning_ministry]" in summons.explanation


def test_an_expelled_envoy_by_the_host_of_the_posting(code):
    ms = code("The Peruvian ambassador in Chile was expelled on Friday.")
    (expelled,) = [m for m in ms if m.cameo.startswith("166")]
    assert countries(expelled.actor) == {"CHL"}, expelled.explanation
    assert countries(expelled.recipient) == {"PER"}
    assert "[actor.expelling_host]" in expelled.explanation
