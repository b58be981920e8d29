"""The learned acceptance model (coding/acceptance.py, rule filter.learned_acceptance): its data
file loads, the real coder drops an event a model scores low and keeps one it scores high, the
drop is named and counted like the other filters' drops, and tools/train_acceptance.py writes a
file of the shipped file's format from a tiny invented gold set. Every story is invented."""

from __future__ import annotations

import json
import sys
from contextlib import contextmanager
from datetime import date
from pathlib import Path

import pytest

from communique.coding.acceptance import (
    FAMILIES,
    RULE,
    AcceptanceModel,
    features,
    read_model,
    shipped_model,
)
from communique.model import Article

ROOT = Path(__file__).resolve().parents[2]
SHIPPED = ROOT / "src" / "communique" / "data" / "coding" / "acceptance.tsv"

# six sentences: a story long enough for the model (min_sentences 5 below)
STORY = (
    "Paraguay summons Bolivia's envoy over border fire\n\n"
    "ASUNCION, June 3, 2025 -- Paraguay's foreign ministry summoned Bolivia's ambassador on "
    "Tuesday after shots were fired across the border. "
    "Paraguay accused Bolivia of sending soldiers into the Chaco region. "
    "The ministry said the two governments would hold talks next week. "
    "Farmers near the border said they had heard gunfire at night. "
    "Bolivia's defence minister denied that any soldier had crossed the line. "
    "Uruguay offered to mediate between the two neighbours.\n"
)


@contextmanager
def acceptance_of(model: AcceptanceModel | None):
    """The ingest pipeline's event coder with ``model`` as its acceptance model."""
    from communique.parsing import load_pipeline

    coder = load_pipeline().get_pipe("communique_event_coder")
    before = coder.acceptance
    coder.acceptance = model
    try:
        yield load_pipeline()
    finally:
        coder.acceptance = before


def coded(text: str = STORY):
    from communique.pipeline import code_articles

    article = Article(text=text, published="2025-06-03", id="acc")
    (item,) = list(code_articles([article], topic_gate=False))
    return item


def test_shipped_file_loads():
    model = shipped_model()
    assert model is not None and model.weights
    assert model.min_sentences >= 2  # a sentence coded alone is left as the rules coded it
    assert 0.0 <= model.threshold < 1.0
    assert read_model(SHIPPED) == model


def test_features_are_generic():
    """Every feature of an event is of a named family: no word or name of the text."""
    item = coded()
    assert item.mentions
    prefixes = {fam.split(":")[0] for fam in FAMILIES}
    names = {w.strip(".,'s").lower() for w in STORY.split() if w[:1].isupper()}
    for m in item.mentions:
        assert m.acceptance_features
        for f in m.acceptance_features:
            assert f.split(":")[0] in prefixes, f
            assert not any(part.lower() in names for part in f.split(":")[1:]), f
    assert features(item.mentions, date(2025, 6, 3)) == [
        dict.fromkeys(m.acceptance_features, 1.0) for m in item.mentions
    ]


def test_low_score_dropped_high_score_kept():
    """A model that scores accusations low and everything else high: the real coder leaves
    the accusation after the story's opening out, keeps the other events, and names the rule
    in the drop."""
    from communique.coding.calibration import opening

    with acceptance_of(None):  # every event the rules keep (the shipped model may prune some)
        plain = coded()
    first = opening(m.sentence for m in plain.mentions)

    def later_accusation(m) -> bool:
        return m.event_type == "ACCUSE" and m.sentence > first

    assert any(later_accusation(m) for m in plain.mentions)
    model = AcceptanceModel(
        weights={"type:ACCUSE": -10.0}, bias=5.0, threshold=0.5, min_sentences=5
    )
    with acceptance_of(model):
        item = coded()
    assert not any(later_accusation(m) for m in item.mentions)
    others = [m.event_type for m in plain.mentions if not later_accusation(m)]
    assert sorted(m.event_type for m in item.mentions) == sorted(others)
    drops = [d for d in item.dropped if d.rule == RULE]
    assert drops and all(f"[{RULE}]" in d.why and "probability" in d.why for d in drops)
    later = [m for m in item.mentions if m.sentence > first]
    assert later and all(m.acceptance is not None and m.acceptance >= 0.5 for m in later)


def test_short_story_left_alone():
    """A story shorter than the model's min_sentences keeps every event the rules coded."""
    model = AcceptanceModel(weights={}, bias=-10.0, threshold=0.5, min_sentences=5)
    text = "Paraguay accused Bolivia of sending soldiers into the Chaco region on Monday.\n"
    with acceptance_of(None):
        plain = coded(text)
    with acceptance_of(model):
        item = coded(text)
    assert plain.mentions and len(item.mentions) == len(plain.mentions)


def test_drop_counted_in_ingest_report(tmp_path):
    """The drop is counted by rule id in the ingest report, as the other filters' are."""
    from communique.pipeline import ingest
    from communique.store import Store

    model = AcceptanceModel(weights={}, bias=-10.0, threshold=0.5, min_sentences=5)
    store = Store(tmp_path / "a.duckdb", read_only=False)
    try:
        with acceptance_of(model):
            report = ingest([Article(text=STORY, published="2025-06-03", id="acc")], store)
    finally:
        store.close()
    assert report.dropped[RULE] >= 1
    # the story's opening is kept whatever it scores, as filter.low_confidence keeps it
    assert report.mentions >= 1


def test_opening_kept_later_events_dropped():
    """A model that scores every event low leaves the story's opening alone and drops the
    later events."""
    from communique.coding.calibration import opening

    with acceptance_of(None):
        plain = coded()
    first = opening(m.sentence for m in plain.mentions)
    model = AcceptanceModel(weights={}, bias=-10.0, threshold=0.5, min_sentences=5)
    with acceptance_of(model):
        item = coded()
    assert item.mentions and all(m.sentence <= first for m in item.mentions)
    assert len([m for m in plain.mentions if m.sentence <= first]) == len(item.mentions)
    assert any(m.sentence > first for m in plain.mentions)


def test_min_confidence_zero_keeps_every_event():
    """`--min-confidence 0` keeps every event: the acceptance model leaves none out then."""
    from communique.coding.calibration import min_confidence_of

    model = AcceptanceModel(weights={}, bias=-10.0, threshold=0.5, min_sentences=5)
    with acceptance_of(model) as nlp, min_confidence_of(nlp, 0.0):
        item = coded()
    assert item.mentions and not any(d.rule == RULE for d in item.dropped)


# two invented sets of one story each, with gold in the bench format
SET_STORIES = {
    "seta": (
        "Chile and Peru sign fishing pact\n\n"
        "LIMA, March 4, 2025 -- Chile and Peru signed a fishing agreement on Tuesday. "
        "Peru's president praised Chile for its help after the floods. "
        "The two ministers said they would meet again in May. "
        "Ecuador criticised Peru over the new quotas. "
        "Fishermen in the port said the season had been poor. "
        "Chile's navy will patrol the shared waters.\n",
        {"events": [
            {"id": "sign", "types": ["SUPPORT", "AGREE", "COOPERATE"], "actor": ["CHL", "PER"],
             "recipient": ["PER", "CHL"], "symmetric": True, "required": True},
            {"id": "praise", "types": ["SUPPORT", "CONSULT"], "actor": ["PER"],
             "recipient": ["CHL"], "required": False},
        ], "forbidden": [
            {"id": "meet-held", "types": ["CONSULT"], "actor": ["CHL"], "recipient": ["PER"],
             "symmetric": True, "modality": ["asserted"]},
        ]},
    ),
    "setb": (
        "Ghana protests Togo border closure\n\n"
        "ACCRA, April 8, 2025 -- Ghana protested to Togo on Monday over the closure of a "
        "border crossing. Ghana's trade minister accused Togo of hurting traders. "
        "Togo rejected the complaint. "
        "Benin urged both governments to talk. "
        "Traders waited at the crossing for three days. "
        "The two presidents will meet next month.\n",
        {"events": [
            {"id": "accuse", "types": ["ACCUSE"], "actor": ["GHA"], "recipient": ["TGO"],
             "required": True},
            {"id": "reject", "types": ["REJECT"], "actor": ["TGO"], "recipient": ["GHA"],
             "required": False},
        ], "forbidden": []},
    ),
}  # fmt: skip


def test_training_script_writes_shipped_format(tmp_path):
    """tools/train_acceptance.py on a tiny invented gold set writes a model file the coder
    reads, with the shipped file's settings, columns and header lines."""
    sys.path.insert(0, str(ROOT / "tools"))
    import train_acceptance

    for name, (text, gold) in SET_STORIES.items():
        folder = tmp_path / "stories" / name
        folder.mkdir(parents=True)
        (folder / "story.txt").write_text(text)
        title = text.split("\n", 1)[0]
        entry = {"title": title, **gold}
        (folder / "gold.json").write_text(json.dumps({"stories": {"story.txt": entry}}))
    out = tmp_path / "acceptance.tsv"
    rc = train_acceptance.main([
        "seta", "setb", "--stories", str(tmp_path / "stories"), "--folds", "2",
        "--write", str(out), "--note", "invented test sets",
    ])  # fmt: skip
    assert rc == 0
    model = read_model(out)
    assert model.min_sentences == train_acceptance.MIN_SENTENCES
    written = out.read_text().splitlines()
    shipped = SHIPPED.read_text().splitlines()

    def shape(lines: list[str]) -> list[str]:
        settings = [ln.split("=")[0] for ln in lines if ln.startswith("# setting:")]
        header = [ln for ln in lines if ln.startswith("feature\t")]
        return settings + header + [lines[0]]

    assert shape(written) == shape(shipped)
    assert any("Training sets (2): seta, setb." in ln for ln in written)
    assert any(ln.startswith("bias\t") for ln in written)


@pytest.mark.parametrize("coded_date,days", [("2025-06-03", "same_day"), ("2020", "older")])
def test_date_bins(coded_date, days):
    from communique.coding.acceptance import date_bin

    assert date_bin(coded_date, date(2025, 6, 3)) == days
