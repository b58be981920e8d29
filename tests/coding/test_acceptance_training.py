"""The learned acceptance model is trained on what the coder computes (tools/train_acceptance.py):
the feature vector the trainer reads for an event is the one the coder scores it by, also when
the trainer recomputes features from its cache (``--refeature``); the probability the trainer's
weights give it is the one the coder stores; and the model is applied to stories of
``min_sentences`` sentences or more only, counted as the trainer counts them. Every story here
is invented."""

from __future__ import annotations

import copy
import json
import sys
from pathlib import Path

import pytest

from communique.coding.acceptance import RULE, AcceptanceModel, shipped_model
from communique.model import Article

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "tools"))

import train_acceptance  # noqa: E402

# eight sentences with the headline: a story the model applies to
LONG = (
    "Norway and Iceland agree on herring quotas\n\n"
    "REYKJAVIK, May 12, 2025 -- Norway and Iceland signed an agreement on herring quotas on "
    "Monday after three rounds of talks. "
    "Iceland's fisheries minister thanked Norway for its patience. "
    "The Faroe Islands criticised both governments for leaving them out. "
    "Denmark said its envoys would travel to Oslo next month. "
    "Trawler crews in the north welcomed the news. "
    "Norway's coast guard will inspect catches at sea. "
    "Iceland accused Russian vessels of fishing without licences.\n"
)


def write_set(folder: Path, text: str) -> None:
    folder.mkdir(parents=True)
    (folder / "story.txt").write_text(text)
    gold = {"title": text.split("\n", 1)[0], "events": [
        {"id": "quota", "types": ["AGREE", "COOPERATE"], "actor": ["NOR", "ISL"],
         "recipient": ["ISL", "NOR"], "symmetric": True, "required": True},
    ], "forbidden": []}  # fmt: skip
    (folder / "gold.json").write_text(json.dumps({"stories": {"story.txt": gold}}))


@pytest.fixture(scope="module")
def folder(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("stories") / "norse"
    write_set(out, LONG)
    return out


@pytest.fixture(scope="module")
def trained(folder):
    """The trainer's rows of the invented set (coded with the model off, as it codes)."""
    return train_acceptance.code_set(folder)


def coded(story: str | Path, model: AcceptanceModel | None):
    """The story (a text, or a file read as the trainer reads it) coded with ``model``."""
    from communique.parsing import load_pipeline
    from communique.pipeline import code_articles
    from communique.sources import iter_articles

    coder = load_pipeline().get_pipe("communique_event_coder")
    before = coder.acceptance
    coder.acceptance = model
    try:
        if isinstance(story, Path):
            articles = list(iter_articles([str(story)]))
        else:
            articles = [Article(text=story, published="2025-05-12", id="norse")]
        (item,) = list(code_articles(articles, topic_gate=False))
    finally:
        coder.acceptance = before
    return item


def test_trainer_reads_the_coders_feature_vectors(folder, trained):
    """Each row's features are those the coder scored the same event by (the shipped model
    on, threshold 0 so that it keeps all): the model gives the trainer's row the probability
    the coder stored."""
    model = shipped_model()
    keep_all = AcceptanceModel(model.weights, model.bias, 0.0, model.min_sentences)
    item = coded(folder / "story.txt", keep_all)
    rows = {r["mention"]["id"]: r for r in trained["rows"]}
    assert len(item.mentions) >= 4 and set(rows) == {m.id for m in item.mentions}
    for m in item.mentions:
        row = rows[m.id]
        assert row["features"] == list(m.acceptance_features)
        assert round(model.probability(dict.fromkeys(row["features"], 1.0)), 3) == m.acceptance


def test_refeature_gives_the_coders_features(trained):
    """Features recomputed from the cached mentions (``--refeature``) equal those coded."""
    again = train_acceptance.refeature(copy.deepcopy(trained))
    assert [r["features"] for r in again["rows"]] == [
        sorted(r["features"]) for r in trained["rows"]
    ]


def test_story_length_counted_as_the_coder_counts_it(folder, trained):
    """The trainer's sentence count of a story is the coder's (the model's min_sentences)."""
    item = coded(folder / "story.txt", None)
    (story,) = trained["stories"]
    assert story["sentences"] == len(item.sentences) >= train_acceptance.MIN_SENTENCES
    assert shipped_model().min_sentences == train_acceptance.MIN_SENTENCES


def test_model_applies_from_min_sentences_on():
    """A model that scores every event low: stories of fewer than min_sentences sentences (as
    the coder splits them) keep every event; stories of min_sentences or more keep only their
    opening's."""
    from communique.coding.calibration import opening

    title, body = LONG.split("\n\n", 1)
    low = AcceptanceModel(weights={}, bias=-10.0, threshold=0.5, min_sentences=5)
    seen = set()
    for n in range(1, 8):
        text = title + "\n\n" + ". ".join(body.split(". ")[:n]).rstrip(".\n") + ".\n"
        plain, item = coded(text, None), coded(text, low)
        first = opening(m.sentence for m in plain.mentions)
        later = [m for m in plain.mentions if m.sentence > first]
        pruned = len(plain.sentences) >= low.min_sentences
        seen.add((pruned, bool(later)))
        assert bool([d for d in item.dropped if d.rule == RULE]) == (pruned and bool(later)), n
        assert len(item.mentions) == len(plain.mentions) - (len(later) if pruned else 0), n
    assert {(False, True), (True, True)} <= seen  # both sides of the line, with later events
