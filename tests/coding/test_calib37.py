"""Confidence features of session 37 (coding.calibration): how a reading's parties stand among
the story's readings (a target no other reading names, the pair of sides told again), and the
rule families of its explanation. The coder names them on every reading; the candidate table
fitted in session 37 (bench/calibration/confidence_calib37.tsv, CANDIDATE_MIN its threshold)
weighs them, and so does the table shipped in session 38 (test_calib38.py), without the
candidate's weight on a party placed in no country. Sentences invented for these tests."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from communique.coding import code_article
from communique.coding.calibration import (
    Parties,
    Reading,
    family_features,
    score,
    score_features,
    story_features,
    weights,
)
from communique.model import Article

TABLE = Path(__file__).resolve().parents[2] / "bench" / "calibration" / "confidence_calib37.tsv"
CANDIDATE_MIN = 0.49  # the threshold chosen with it (bench/stories/README.md, calib37)


def _candidate() -> dict[str, float]:
    with TABLE.open(encoding="utf-8") as fh:
        rows = csv.reader((ln for ln in fh if not ln.startswith("#")), delimiter="\t")
        return {r[0]: float(r[1]) for r in rows if len(r) >= 2 and r[0] != "feature"}


def _conf(m) -> float:
    """The reading's confidence under the candidate table."""
    return score(m.score_features, _candidate())


OPENING = "Chile and Peru held border talks in Lima on Monday.\n\n"


def _code(nlp, text: str):
    return code_article(Article(text=text, id="c37", published="2026-03-04"), nlp(text))


def _one(mentions, sentence: int, event_type: str):
    found = [m for m in mentions if m.sentence == sentence and m.event_type == event_type]
    assert len(found) == 1, found
    return found[0]


def test_a_target_the_story_names_nowhere_else_scores_below_the_stories_other_side(nlp) -> None:
    before = (
        "Chilean officials accused Peru of moving troops to the border.\n\n"
        "Peru rejected the accusation on Tuesday.\n\n"
    )
    other_side = _code(nlp, OPENING + before + "Chile condemned the Peruvian troop movements.")
    stray = _code(nlp, OPENING + before + "Chile condemned the Bolivian troop movements.")
    a, b = _one(other_side, 3, "ACCUSE"), _one(stray, 3, "ACCUSE")
    assert [x.country for x in a.recipient] == ["PER"] and [x.country for x in b.recipient] == [
        "BOL"
    ]
    assert "recipient:lone_country" in b.score_features
    assert "recipient:lone_country" not in a.score_features
    assert _conf(b) < _conf(a)
    # both are clear readings all the same: the candidate threshold keeps them
    assert _conf(b) >= CANDIDATE_MIN


def test_an_act_between_the_same_two_sides_told_again_scores_higher(nlp) -> None:
    last = "Peru's foreign ministry condemned Chile on Wednesday."
    again = _code(
        nlp, OPENING + "Peruvian officials accused Chile of mistreating fishermen.\n\n" + last
    )
    once = _code(
        nlp, OPENING + "Peruvian officials accused Bolivia of mistreating fishermen.\n\n" + last
    )
    a, b = _one(again, 2, "ACCUSE"), _one(once, 2, "ACCUSE")
    assert [x.country for x in a.recipient] == [x.country for x in b.recipient] == ["CHL"]
    assert "story:retold_pair" in a.score_features and "story:retold_pair" not in b.score_features
    assert _conf(a) > _conf(b)


def test_the_rule_families_of_a_reading_are_among_its_features(nlp) -> None:
    story = _code(
        nlp,
        OPENING
        + "Chilean officials accused Peru of moving troops to the border.\n\n"
        + "Peru rejected the accusation on Tuesday.",
    )
    rejected = _one(story, 2, "REJECT")
    # the target is the accuser of the act rejected, the day is the sentence's own
    assert "rules:recipient_earlier_act" in rejected.score_features
    assert "rules:date_expression" in rejected.score_features
    accused = _one(story, 1, "ACCUSE")
    assert "rules:recipient_object" in accused.score_features
    assert "rules:actor_subject" in accused.score_features


def test_a_party_placed_by_context_scores_below_one_named_in_the_clause(nlp) -> None:
    before = (
        "Chilean officials accused Peru of moving troops to the border.\n\n"
        "Peru rejected the accusation on Tuesday.\n\n"
    )
    named = _one(
        _code(nlp, OPENING + before + "Chile's foreign ministry condemned Peru."), 3, "ACCUSE"
    )
    vague = _one(_code(nlp, OPENING + before + "A committee condemned the decision."), 3, "ACCUSE")
    assert "rules:resolve_phrase" in vague.score_features
    assert "rules:resolve_phrase" not in named.score_features
    assert _conf(vague) < _conf(named)


def _reading(**kw) -> Reading:
    base = dict(
        rules=frozenset({"actor.nsubj", "recipient.dobj"}),
        modality="asserted",
        event_type="ACCUSE",
        cameo="112",
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
    )
    base.update(kw)
    return Reading(**base)


def test_a_doer_placed_in_no_country_weighs_against_its_reading() -> None:
    # four readings: since session 38 a shorter story names no pair told once
    story = [
        Parties(0, "CONSULT", frozenset({"CHL", "PER"}), frozenset(), True, False),
        Parties(2, "ACCUSE", frozenset({"CHL"}), frozenset({"PER"}), True, True),
        Parties(3, "REJECT", frozenset({"PER"}), frozenset({"CHL"}), True, True),
        Parties(4, "ACCUSE", frozenset(), frozenset({"PER"}), True, True),
    ]
    placed = story_features(1, story)
    unplaced = story_features(3, story)
    assert "actor:no_country" in unplaced and "actor:no_country" not in placed
    low = score(score_features(_reading(story=unplaced)), _candidate())
    high = score(score_features(_reading(story=placed)), _candidate())
    assert low < CANDIDATE_MIN <= high


def test_family_features_name_each_family_once() -> None:
    fams = family_features(["actor.nsubj", "actor.copula_subject", "date.publication"])
    assert fams == ["rules:actor_subject", "rules:date_publication"]
    assert family_features(["no.such_rule"]) == []


@pytest.mark.parametrize("unknown", ["rules:no_such_family", "type:NO_TYPE"])
def test_an_unknown_feature_weighs_nothing(unknown: str) -> None:
    assert score(["base", unknown]) == score(["base"])


def test_the_shipped_table_weighs_the_new_features_but_not_a_party_placed_nowhere(nlp) -> None:
    # since session 38 the coder's confidence weighs the rule families and the story's parties
    # (tests/coding/test_calib38.py), but not a party the coder leaves in no country on purpose,
    # which this candidate weighed
    story = _code(nlp, OPENING + "Peruvian officials accused Chile of mistreating fishermen.")
    accused = _one(story, 1, "ACCUSE")
    new = [f for f in accused.score_features if f.startswith("rules:")]
    assert new and set(new) <= set(weights())
    assert {"actor:no_country", "recipient:no_country"} <= set(_candidate()) - set(weights())


def test_the_candidate_table_is_readable_and_small() -> None:
    lines = [ln for ln in TABLE.read_text(encoding="utf-8").splitlines() if ln[:1] != "#"]
    assert lines[0].split("\t") == ["feature", "weight", "events", "matching_share", "meaning"]
    rows = [ln.split("\t") for ln in lines[1:]]
    assert len(rows) <= 90 and all(len(r) == 5 and r[4] for r in rows)
