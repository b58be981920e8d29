"""The learned acceptance model's sentence-shape and type-by-modality features
(coding/acceptance.py ``shape_features``, ``features``; rule filter.learned_acceptance): read off
closed-class words only (the modality cues of data/coding/modality.tsv), never a word of the
text. Every sentence is invented."""

from __future__ import annotations

from communique.coding.acceptance import FAMILIES, features, shape_features
from communique.model import Actor, Evidence, Mention


def mention(sentence: str, trigger: str, event_type: str = "THREATEN", modality: str = "asserted"):
    at = sentence.index(trigger)
    return Mention(
        article_id="a",
        sentence=4,
        event_type=event_type,
        actor=[Actor(text="Norway", country="NOR")],
        recipient=[Actor(text="Iceland", country="ISL")],
        evidence=Evidence(
            sentence_text=sentence,
            start=100,
            end=100 + len(sentence),
            trigger=trigger,
            trigger_start=100 + at,
            trigger_end=100 + at + len(trigger),
        ),
        explanation="",
        modality=modality,
    )


def test_refusal_told_as_future():
    """ "would not send": a negation and a hypothetical auxiliary just before the trigger."""
    m = mention("Norway said it would not send ships to the Icelandic coast.", "send", "REJECT")
    assert {"shape:negation_before", "shape:modal_before"} <= set(shape_features(m))


def test_clitic_refusal():
    m = mention("Oslo won't sign the fisheries deal, the minister said.", "sign", "REJECT")
    assert {"shape:negation_before", "shape:modal_before"} <= set(shape_features(m))


def test_threat_with_condition_after():
    m = mention("Norway would resume the blockade unless Iceland paid the fines.", "resume")
    shapes = set(shape_features(m))
    assert "shape:condition_after" in shapes and "shape:negation_before" not in shapes


def test_condition_before_the_trigger_is_not_after():
    m = mention("If talks fail, Norway will close its ports to Icelandic boats.", "close")
    assert "shape:condition_after" not in shape_features(m)


def test_caption_line_and_question():
    line = mention("Norway's minister signs the accord in Reykjavik", "signs", "AGREE")
    assert shape_features(line) == ["shape:line"]
    ask = mention("Will Norway sign the accord with Iceland?", "sign", "AGREE")
    assert "shape:question" in shape_features(ask)


def test_plain_past_sentence_has_no_shape():
    """Guard: a plain sentence of prose in the past names no shape."""
    m = mention('Norway signed the accord with Iceland on Monday, "in good faith."', "signed")
    assert shape_features(m) == []


def test_type_by_modality_feature():
    fut = mention("Norway will impose new tariffs on Iceland.", "impose", "COERCE", "future")
    now = mention("Norway imposed new tariffs on Iceland.", "imposed", "COERCE")
    (f_fut, f_now) = features([fut, now], None)
    assert "kind:COERCE/future" in f_fut
    assert not any(k.startswith("kind:") for k in f_now)


def test_new_families_are_named():
    prefixes = {fam.split(":")[0] for fam in FAMILIES}
    assert {"kind", "shape"} <= prefixes


def test_shipped_model_fitted_on_the_training_split_only():
    """The shipped weights name their training sets: the training script's default split,
    bench/drops.py's fit_sets (the even page sets) and the non-page sets; no odd page set
    (the confirming half), no early page set and no held-out set."""
    import sys
    from pathlib import Path

    root = Path(__file__).resolve().parents[2]
    sys.path.insert(0, str(root / "tools"))
    import train_acceptance

    head = (root / "src/communique/data/coding/acceptance.tsv").read_text().splitlines()
    (line,) = [ln for ln in head if ln.startswith("# Training sets (")]
    named = line.split("): ", 1)[1].rstrip(".").split(", ")
    assert named == train_acceptance.default_sets()
    assert set(train_acceptance.fit_sets()) <= set(named)
    assert set(train_acceptance.nonpage_sets()) <= set(named)
    assert not set(named) & set(train_acceptance.odd_sets())
    assert not set(named) & set(train_acceptance.early_sets())
    assert not set(named) & set(train_acceptance.HELD_OUT)
    assert all(int(s[5:]) % 2 == 0 for s in named if s.startswith("pages"))
    assert {f"pages{n}" for n in range(23, 52, 2)} <= set(train_acceptance.odd_sets())


def test_leave_one_set_out_is_the_default():
    import sys
    from pathlib import Path

    sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "tools"))
    import train_acceptance

    assert train_acceptance.FOLDS == 0
