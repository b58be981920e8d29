"""Targets taken from the story's context (rule recipient.story_counterpart) where the sentence
names none, and a general class where that guess is wrong: the mediator or host of talks is no
side of them, so its sides' untargeted acts are not aimed at it (rule
recipient.mediator_not_target). Counter-cases: a judged noun for an act the story coded keeps
its doer (recipient.earlier_general_act), and a sentence that names the mediator keeps it."""

from __future__ import annotations

import pytest

from support import in_sentence, shown, targets


def test_a_judged_move_the_story_coded_keeps_its_doer(code):
    text = (
        "RIGA, Feb 3 (Wire) - Latvia expelled two Russian diplomats on Monday for spying.\n\n"
        "Russia denounced the move and promised a response."
    )
    found = code(text, "2025-02-03")
    judged = [m for m in in_sentence(found, "denounced the move") if m.event_type == "ACCUSE"]
    assert judged, shown(found)
    assert "LVA" in targets(judged), shown(judged)


@pytest.mark.candidates("checks whom a reading below the default threshold is aimed at, if anyone")
def test_the_mediator_of_a_truce_is_not_the_target_of_its_sides(code):
    text = (
        "N'DJAMENA, June 2 (Wire) - Chad's government and two rebel groups signed a truce on "
        "Sunday after talks brokered by Qatar.\n\n"
        "Qatar's emir congratulated both delegations, and Qatari officials said truce "
        "monitors would be sent to the north within weeks.\n\n"
        "The rebels pledged to lay down their arms within a month."
    )
    found = code(text, "2025-06-02")
    pledge = in_sentence(found, "pledged to lay down")
    assert pledge, shown(found)
    assert "QAT" not in targets(pledge), shown(pledge)
    assert "recipient.mediator_not_target" in pledge[0].explanation, pledge[0].explanation


def test_a_sentence_that_names_the_mediator_keeps_it(code):
    text = (
        "N'DJAMENA, June 2 (Wire) - Chad's government and two rebel groups signed a truce on "
        "Sunday after talks brokered by Qatar.\n\n"
        "Qatari officials said truce monitors would be sent to the north within weeks.\n\n"
        "Chad's foreign minister thanked Qatar for its efforts."
    )
    found = code(text, "2025-06-02")
    thanks = in_sentence(found, "thanked Qatar")
    assert thanks, shown(found)
    assert "QAT" in targets(thanks), shown(thanks)


@pytest.mark.candidates("checks whom a reading below the default threshold is aimed at, if anyone")
def test_the_host_of_talks_is_not_the_target_of_a_side(code):
    text = (
        "LOME, Sept 8 (Wire) - Mali's transitional government and a northern armed movement "
        "began a new round of talks on Monday hosted by Togo.\n\n"
        "Togo's foreign minister welcomed the two delegations, and Togo said it would keep the "
        "talks going for as long as needed.\n\n"
        "Mali's foreign minister promised that the army would honour the truce."
    )
    found = code(text, "2025-09-08")
    promise = in_sentence(found, "promised that the army")
    assert promise, shown(found)
    assert "TGO" not in targets(promise), shown(promise)
