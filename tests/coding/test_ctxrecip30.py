"""Targets an act's own sentence names, read before the story's main counterpart is assumed:
the noun a relative clause is about (recipient.relative_object); the doer's own people or
others named as nobody in particular as the object (recipient.own_side_named). Every text is
written for these tests."""

from __future__ import annotations

import pytest

from support import by_type as _by_type
from support import named_countries as _countries


def _in_sentence(mentions, plover: str, trigger: str, sentence: int):
    """The event of type ``plover`` whose trigger holds ``trigger``, in sentence ``sentence``."""
    return _by_type([m for m in mentions if m.sentence == sentence], plover, trigger)


STORY = (
    "Norway accused Russia on Monday of jamming satellite signals over its northern coast, "
    "and Russia rejected the charge. Russia said Norwegian patrol planes had flown close to "
    "its airspace. "
)


def test_an_accusation_in_a_relative_clause_is_aimed_at_its_antecedent(code):
    m = _in_sentence(
        code(
            STORY + "Norway also froze the assets of three Belarusian firms it accused of "
            "helping the jamming units."
        ),
        "ACCUSE",
        "accused",
        2,
    )
    assert _countries(m.recipient) == {"BLR"}
    assert "recipient.relative_object" in m.explanation


def test_a_relative_clause_whose_antecedent_is_its_subject_is_not_read_as_its_object(code):
    m = _by_type(
        code(
            STORY + "Norway thanked the Finnish engineers who traced the signals, and said "
            "the findings had been passed to allies."
        ),
        "SUPPORT",
        "thanked",
    )
    assert "recipient.relative_object" not in m.explanation


@pytest.mark.candidates("checks whom a reading below the default threshold is aimed at, if anyone")
def test_working_with_its_allies_is_not_aimed_at_the_adversary(code):
    m = _by_type(
        code(STORY + "Oslo said it would work with its allies to protect the signals."),
        "AGREE",
        "work",
    )
    assert "RUS" not in _countries(m.recipient)
    assert "recipient.own_side_named" in m.explanation


@pytest.mark.candidates("checks whom a reading below the default threshold is aimed at, if anyone")
def test_thanking_its_own_people_is_not_aimed_at_the_adversary(code):
    m = _by_type(
        code(STORY + "Norway's defence minister thanked his soldiers for their work."),
        "SUPPORT",
        "thanked",
    )
    assert "RUS" not in _countries(m.recipient)
    assert "recipient.own_side_named" in m.explanation


def test_an_untargeted_act_still_takes_the_story_counterpart(code):
    m = _in_sentence(
        code(STORY + "Norway condemned the jamming again on Tuesday."),
        "ACCUSE",
        "condemned",
        2,
    )
    assert _countries(m.recipient) == {"RUS"}


def test_a_sentence_on_people_told_before_is_aimed_at_their_state(code):
    m = _in_sentence(
        code(
            "Armenian border guards detained four Azerbaijani shepherds near the frontier on "
            "Sunday, and Azerbaijan demanded their return. Baku summoned Armenia's envoy on "
            "Monday. A court in Yerevan sentenced the four to two months in custody."
        ),
        "COERCE",
        "sentenced",
        2,
    )
    assert _countries(m.recipient) == {"AZE"}
    assert "recipient.told_people" in m.explanation


def test_a_crew_told_as_the_crew_of_a_foreign_boat_is_that_states(code):
    m = _in_sentence(
        code(
            "The Argentine coast guard seized a Chilean trawler with a crew of 14 in the "
            "south Atlantic on Friday, and Chile protested. Argentina said the trawler had "
            "no licence. A federal judge later jailed the crew for a year."
        ),
        "COERCE",
        "jailed",
        2,
    )
    assert _countries(m.recipient) == {"CHL"}
    assert "recipient.told_people" in m.explanation


def test_own_protesters_told_before_stay_at_home(code):
    mentions = code(
        "Police in Nairobi detained 30 protesters on Tuesday during a march against new "
        "taxes, and Uganda criticised the arrests. Kenya's interior minister defended the "
        "police. A magistrate later jailed the protesters for a week."
    )
    jailed = [x for x in mentions if x.event_type == "COERCE" and "jailed" in x.evidence.trigger]
    assert jailed
    assert all("recipient.told_people" not in x.explanation for x in jailed)
    assert all("UGA" not in _countries(x.recipient) for x in jailed)
