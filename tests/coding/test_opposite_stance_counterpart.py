"""A stance whose target is assumed from the story (recipient.story_counterpart) is never
aimed at the party the same doer, in the same sentence, names as the target of the opposite
stance: one does not back and condemn one party at once. Sentences written for these tests."""

from __future__ import annotations

import pytest

BACKING = (
    "Russian jets flew low over a Norwegian patrol ship on Monday. Norway protested to Russia "
    "and summoned the Russian ambassador. Russia said its pilots had followed the rules. "
    "Denmark's foreign minister condemned Russia's reckless flying and said Copenhagen stood "
    "with its neighbour."
)
CONDEMNING = (
    "Russian jets flew low over a Norwegian patrol ship on Monday. Norway summoned the Russian "
    "ambassador. Norway said the Norwegian crew had been put at risk. Norway's navy raised its "
    "alert. Sweden said it stood with Norway and condemned the reckless flying."
)


def _of(got, plover, doer):
    return [m for m in got if m.event_type == plover and doer in [a.country for a in m.actor]]


@pytest.mark.candidates("checks whom a reading below the default threshold is aimed at, if anyone")
def test_backing_is_not_aimed_at_the_state_the_doer_condemns_in_the_sentence(code):
    got = code(BACKING)
    condemned = _of(got, "ACCUSE", "DNK")
    assert condemned and [a.country for a in condemned[0].recipient] == ["RUS"]
    backing = _of(got, "SUPPORT", "DNK")
    if not backing:
        # aimed at no one, the backing is a remark of the condemnation, which names it
        # (same_act.untargeted_aside, branch dedup35)
        assert "[same_act.untargeted_aside]" in condemned[0].explanation
        return
    assert "RUS" not in [a.country for a in backing[0].recipient], backing[0].explanation


@pytest.mark.candidates("checks whom a reading below the default threshold is aimed at, if anyone")
def test_a_condemnation_is_not_aimed_at_the_state_the_doer_backs_in_the_sentence(code):
    got = code(CONDEMNING)
    backing = _of(got, "SUPPORT", "SWE")
    assert backing and [a.country for a in backing[0].recipient] == ["NOR"]
    condemned = _of(got, "ACCUSE", "SWE")
    assert condemned, [m.explanation for m in got]
    assert "NOR" not in [a.country for a in condemned[0].recipient], condemned[0].explanation
