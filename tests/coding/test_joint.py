"""A joint act told with a plural reference back to the story's two parties (rule
resolve.pair_reference): "the pair", a bare "the leaders" or "the neighbours" after a story
has set two parties together is both of them, coded as joint doers as "X and Y signed" is;
a group of that noun named just before, or a counted two, is that group instead. Every
sentence is written for these tests."""

from __future__ import annotations

import pytest

from support import countries


def _by_trigger(mentions, word):
    return next(m for m in mentions if word in m.evidence.trigger)


def _rules(mention) -> str:
    return mention.explanation


def test_the_pair_after_a_meeting_is_both_sides_as_joint_doers(code):
    ms = code(
        "Uruguay's president received the president of Paraguay in Montevideo on Thursday. "
        "The pair promised to dredge the shared river by next year."
    )
    act = _by_trigger(ms, "promised")
    assert countries(act.actor) == {"URY", "PRY"}
    assert not act.recipient
    assert "resolve.pair_reference" in _rules(act)


def test_bare_the_leaders_after_a_visit_is_both_leaders(code):
    ms = code(
        "Senegal's president hosted Gambia's president in Dakar on Tuesday. "
        "The leaders signed a treaty on river transport."
    )
    act = _by_trigger(ms, "signed")
    assert countries(act.actor) == {"SEN", "GMB"}
    assert "resolve.pair_reference" in _rules(act)


def test_the_neighbours_after_two_delegations_met(code):
    ms = code(
        "Bolivian and Chilean negotiators met in Santiago on Friday. "
        "The neighbours agreed to reopen talks on access to the sea."
    )
    act = _by_trigger(ms, "agreed")
    assert countries(act.actor) == {"BOL", "CHL"}


def test_the_pair_after_a_call_that_coded_nothing(code):
    ms = code(
        "Latvia's foreign minister called his Estonian counterpart late on Sunday. "
        "The pair discussed shared air defence."
    )
    act = _by_trigger(ms, "discussed")
    assert countries(act.actor) == {"LVA", "EST"}


def test_the_leaders_named_before_as_a_bloc_stay_that_bloc(code):
    ms = code(
        "The leaders of the African Union condemned Sudan's attacks on Chad on Monday. "
        "The leaders also pledged food aid to Chad."
    )
    act = _by_trigger(ms, "pledged")
    assert not countries(act.actor) & {"SDN", "TCD"}
    assert countries(act.recipient) == {"TCD"}


@pytest.mark.candidates("checks whom a reading below the default threshold is aimed at, if anyone")
def test_the_pair_after_two_expelled_envoys_is_the_envoys(code):
    ms = code(
        "Finland expelled two Belarusian diplomats on Friday. "
        "The pair rejected the accusation of spying."
    )
    act = _by_trigger(ms, "rejected")
    assert countries(act.actor) == {"BLR"}


def test_the_leaders_of_one_country_are_not_made_a_pair(code):
    ms = code(
        "Moldova's president and prime minister met in Chisinau after Russian drones "
        "crossed its airspace. The leaders condemned the incursion by Russia."
    )
    act = _by_trigger(ms, "condemned")
    assert countries(act.actor) == {"MDA"}


def test_both_ministries_of_one_state_named_before_are_that_state(code):
    ms = code(
        "Somalia closed the Mandera crossing on Monday. Kenya's foreign ministry and "
        "interior ministry issued statements. Both ministries condemned the closure."
    )
    act = _by_trigger(ms, "condemned")
    assert countries(act.actor) == {"KEN"}


def test_ministers_of_both_countries_are_one_for_each(code):
    ms = code(
        "Ecuador and Colombia ended a dispute over tariffs on Monday. "
        "The trade ministers of both countries signed a protocol in Quito."
    )
    act = _by_trigger(ms, "signed")
    assert countries(act.actor) == {"ECU", "COL"}


def test_the_ministers_named_long_before_stay_that_group(code):
    ms = code(
        "Defence ministers of the African Union met in Addis Ababa on Monday. "
        "The meeting lasted two days. Delegates toured a training camp. "
        "Ethiopia's foreign ministry said the African Union should act faster. "
        "The ministers also pledged troops to Somalia."
    )
    act = _by_trigger(ms, "pledged")
    assert countries(act.actor) == {"IGO"}


def test_their_ministers_then_the_ministers_are_both_states(code):
    ms = code(
        "Peru and Chile agreed on Monday to open a new crossing after their interior "
        "ministers held talks in Lima. The ministers also discussed drug trafficking."
    )
    act = _by_trigger(ms, "discussed")
    assert countries(act.actor) == {"PER", "CHL"}
