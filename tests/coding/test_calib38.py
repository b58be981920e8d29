"""The story features of a reading's confidence as session 38 ships them (coding.calibration):
a pair of sides is the countries a reading joins, doer and target together, and what no other
reading repeats (a pair told once, a lone country) is named only in a story with enough
readings to have a main business. Sentences and stories invented for these tests."""

from __future__ import annotations

from communique.coding.calibration import (
    STORY_MIN_READINGS,
    Parties,
    score_features,
    story_features,
    weights,
)

C, P, B, A = "CHL", "PER", "BOL", "ARG"


def _p(sentence: int, kind: str, actors: set[str], recipients: set[str]) -> Parties:
    return Parties(
        sentence, kind, frozenset(actors), frozenset(recipients), bool(actors), bool(recipients)
    )


# a story about Chile and Peru told from both sides, and one aside between two other states
LONG = [
    _p(0, "CONSULT", {C, P}, set()),  # Chile and Peru held talks
    _p(1, "ACCUSE", {C}, {P}),  # Chile accused Peru ...
    _p(2, "REJECT", {P}, {C}),  # Peru rejected the charge
    _p(3, "ACCUSE", {P}, {C}),  # Peru accused Chile in turn
    _p(4, "AID", {B}, {A}),  # an aside: Bolivia sent aid to Argentina
]


def test_a_pair_answered_or_met_jointly_is_one_pair_of_sides() -> None:
    # "Chile accused Peru", "Peru rejected it", "Chile and Peru met": the story's main pair,
    # whichever side does the act
    for i in (1, 2):
        assert "dyad:once" not in story_features(i, LONG), i
        assert "dyad:twice" not in story_features(i, LONG), i


def test_the_same_act_told_again_from_the_other_side_is_the_act_told_again() -> None:
    # an accusation by Chile and one by Peru about the same pair: the pair's accusation is told
    # again in another sentence
    assert "story:retold_pair" in story_features(1, LONG)
    assert "story:retold_pair" in story_features(3, LONG)
    assert "story:retold_pair" not in story_features(2, LONG)


def test_an_aside_between_other_states_in_a_long_story_is_still_told_once() -> None:
    # guard: the aside's pair and countries appear nowhere else
    aside = story_features(4, LONG)
    assert {"dyad:once", "actor:lone_country", "recipient:lone_country"} <= aside


def test_a_short_story_names_no_missing_repetition() -> None:
    # a brief of three readings: every pair is told once whatever each reading is worth
    short = [
        _p(0, "SANCTION", {C}, {P}),  # Chile expelled a Peruvian diplomat
        _p(1, "COERCE", {C}, {C}),  # police detained a man
        _p(2, "ACCUSE", {P}, {B}),  # Peru blamed Bolivia
    ]
    assert len(short) < STORY_MIN_READINGS
    for i in range(len(short)):
        got = story_features(i, short)
        assert not got & {"dyad:once", "dyad:twice", "actor:lone_country"}, (i, got)
        assert "recipient:lone_country" not in got


def test_a_short_story_still_names_the_act_told_again() -> None:
    # what the story does repeat is named whatever its length
    short = [_p(0, "ACCUSE", {C}, {P}), _p(2, "ACCUSE", {P}, {C})]
    assert "story:retold_pair" in story_features(0, short)


def test_a_party_placed_in_no_country_is_named_but_weighs_nothing() -> None:
    # rebels of no state attacked a Peruvian post: the doer is named, placed nowhere on purpose
    story = [*LONG, Parties(5, "ASSAULT", frozenset(), frozenset({P}), True, True)]
    assert "actor:no_country" in story_features(5, story)
    table = weights()
    assert "actor:no_country" not in table and "recipient:no_country" not in table


def test_the_shipped_table_weighs_the_story_and_family_features() -> None:
    table = weights()
    assert {"dyad:once", "story:retold_pair", "actor:lone_country"} <= set(table)
    assert any(f.startswith("rules:") for f in table)
    assert table["dyad:once"] < 0 < table["story:retold_pair"]


def test_score_features_carry_the_story_features() -> None:
    from communique.coding.calibration import Reading

    reading = Reading(
        rules=frozenset({"actor.nsubj", "recipient.dobj"}),
        modality="asserted",
        event_type="AID",
        cameo="070",
        unattributed=False,
        has_actor=True,
        has_recipient=True,
        sentence=4,
        in_sentence=1,
        top_of_sentence=True,
        quoted=False,
        retold=False,
        pos="VERB",
        rank=2,
        story=story_features(4, LONG),
    )
    assert "dyad:once" in score_features(reading)


def test_a_brief_of_two_acts_is_scored_without_missing_repetitions(code) -> None:
    text = (
        "Ecuador recalled its ambassador from Colombia on Monday.\n\n"
        "Colombian officials said they had detained three Ecuadorian fishermen near the border."
    )
    found = code(text, "2026-04-07")
    held = [m for m in found if m.sentence == 1]
    assert held, [(m.event_type, m.evidence.trigger, m.confidence) for m in found]
    for m in held:
        assert not {"dyad:once", "dyad:twice"} & set(m.score_features), m.score_features
