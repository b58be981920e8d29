"""The default confidence threshold (coding.calibration.MIN_CONFIDENCE): a weak reading after a
story's opening sentence is left out and listed among the dropped candidates with its reason
(filter.low_confidence); a clear one is kept; `communique code` shows what was left out and
keeps it on request. Sentences invented for these tests."""

from __future__ import annotations

import json
import re

from communique.coding import code_article
from communique.coding.calibration import MIN_CONFIDENCE, min_confidence_of
from communique.model import Article
from communique.parsing import load_pipeline
from support import run_cli

STORY = (
    "Kenya and Uganda signed a border security pact in Nairobi on Monday.\n\n"
    "The Ugandan delegation praised Kenyan negotiators.\n\n"
    "It also thanked everyone who had helped."
)


def _code(nlp, text: str = STORY):
    doc = nlp(text)
    return code_article(Article(text=text, id="t35", published="2026-03-04"), doc), doc


def _thanks(mentions):
    return [m for m in mentions if m.evidence.trigger == "thanked"]


def test_the_default_drops_a_weak_guessed_reading_and_keeps_a_clear_one(nlp) -> None:
    assert MIN_CONFIDENCE > 0
    mentions, doc = _code(nlp)
    # "It" resolved to the delegation named before, thanking no one in particular: a guess
    assert not _thanks(mentions)
    weak = [d for d in doc._.communique_dropped if d.rule == "filter.low_confidence"]
    assert [(d.sentence, d.trigger) for d in weak] == [(2, "thanked")]
    assert "recipient:none" in weak[0].why and "party:guessed" in weak[0].why
    praise = [m for m in mentions if m.evidence.trigger == "praised"]
    assert [([a.country for a in m.actor], [a.country for a in m.recipient]) for m in praise] == [
        (["UGA"], ["KEN"])
    ]
    assert praise[0].confidence >= MIN_CONFIDENCE
    assert [m.sentence for m in mentions if m.event_type == "SUPPORT"][0] == 0  # the lead stays


def test_a_threshold_of_zero_keeps_the_weak_reading(nlp) -> None:
    with min_confidence_of(load_pipeline(), 0.0):
        mentions, doc = _code(nlp)
    thanks = _thanks(mentions)
    assert len(thanks) == 1 and thanks[0].confidence < MIN_CONFIDENCE
    assert not [d for d in doc._.communique_dropped if d.rule == "filter.low_confidence"]
    # and the setting is restored after the block
    assert not _thanks(_code(nlp)[0])


def test_a_short_story_is_not_marked_down_for_its_length(nlp) -> None:
    # how a page was cut (a brief, a test's few lines) says nothing of how well an act was read
    with min_confidence_of(load_pipeline(), 0.0):
        mentions, _ = _code(nlp)
    assert mentions
    for m in mentions:
        assert not [f for f in m.score_features if f in ("story:short", "story:long")]


def test_communique_code_shows_and_on_request_keeps_what_the_threshold_left_out(tmp_path) -> None:
    line = json.dumps({"id": "t35", "published": "2026-03-04", "text": STORY}) + "\n"
    dropped = tmp_path / "dropped.jsonl"
    default = run_cli("code", "--dropped", str(dropped), stdin=line)
    assert default.returncode == 0, default.stderr
    triggers = [json.loads(x)["evidence"]["trigger"] for x in default.stdout.splitlines()]
    assert "praised" in triggers and "thanked" not in triggers
    left_out = [json.loads(x) for x in dropped.read_text().splitlines()]
    low = [d for d in left_out if d["rule"] == "filter.low_confidence"]
    assert [d["trigger"] for d in low] == ["thanked"] and "confidence" in low[0]["why"]
    everything = run_cli("code", "--min-confidence", "0", stdin=line)
    assert everything.returncode == 0, everything.stderr
    kept = [json.loads(x)["evidence"]["trigger"] for x in everything.stdout.splitlines()]
    assert "thanked" in kept and "praised" in kept
    helped = run_cli("code", "--help")
    assert "--min-confidence" in helped.stdout and "0 keeps every event" in " ".join(
        helped.stdout.split()
    )


def test_code_help_states_the_threshold_the_coder_uses() -> None:
    helped = " ".join(run_cli("code", "--help").stdout.split())
    numbers = set(re.findall(r"\b0\.\d*[1-9]", helped))
    assert numbers == {f"{MIN_CONFIDENCE:g}"}, numbers
