"""Train the learned recipient choice (rule recipient.learned_choice) on story gold and write
its weights file (src/communique/data/coding/recipient_choice.tsv). Not shipped.

Each story folder (pages and a ``gold.json`` in the realpages format) is coded with the
choice's recorder on (communique.coding.learned_choice.recording): for every act that
recipient.story_counterpart aims at the story's main counterpart, the candidates it had (the
first counterpart, the second one if any) and their generic features are recorded, and the
coded event is found again by its sentence and trigger. Each candidate is labelled by whether
the event with that recipient matches a gold entry of its story (communique.storyeval.match,
dates not checked). A logistic regression (numpy, L2) is fitted on the candidates; the two
settings of the decision (the margin by which the second candidate must beat the first, the
floor under which no target is assumed) are chosen on the same stories, each scored by a model
fitted without its set (five folds of whole sets), by what the changed events do to the story
scores: matching events up, forbidden hits and required entries found never worse.

Usage (from the repository root, with the project's PYTHONPATH):

    python tools/train_recipient_choice.py bench/stories/NAME ... [--records DIR] \\
        [--out src/communique/data/coding/recipient_choice.tsv]
    python tools/train_recipient_choice.py --evaluate bench/stories/NAME ... --records DIR

``--records``: keep each folder's records and coded events (JSON) there, and reuse them.
``--evaluate``: code nothing new; print what the shipped weights would change on the folders.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import math
import os
import subprocess
import sys
import tempfile
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import numpy as np
from logistic_fit import fit

from communique.coding import learned_choice
from communique.coding.learned_choice import FEATURES, Model, read_model, recording
from communique.storyeval.gold import GoldStory, load_gold
from communique.storyeval.match import matches, party_countries
from communique.storyeval.score import find_article, story_files

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_OUT = ROOT / "src" / "communique" / "data" / "coding" / "recipient_choice.tsv"
TODAY_ENV = "COMMUNIQUE_TODAY"
BENCH_TODAY = "2026-12-07"
L2 = 1.0  # the penalty on the weights (not on the bias), over the whole training set
MARGINS = (0.0, 0.05, 0.1, 0.15, 0.2, 0.3, 1.0)
FLOORS = (0.0, 0.05, 0.1, 0.15, 0.2, 0.25)
FOLDS = 5  # the settings are tuned on scores from models fitted without the reading's set


def code_folder(folder: Path) -> dict[str, Any]:
    """Code the folder's gold stories (a fresh database, the recorder on): story file name ->
    its events, and the records of the choices made."""
    from communique.pipeline import ingest
    from communique.sources import iter_articles
    from communique.store import Store
    from communique.store.queries import EventFilter, list_articles, list_events

    gold = load_gold(folder / "gold.json")
    files = story_files(gold, [folder])
    os.environ.setdefault(TODAY_ENV, BENCH_TODAY)
    with tempfile.TemporaryDirectory(prefix="communique-choice-") as tmp, recording() as records:
        store = Store(Path(tmp) / "c.duckdb", read_only=False)
        try:
            ingest(iter_articles([str(f) for f in files]), store)
            articles = list_articles(store)
            events = list_events(store, EventFilter())
        finally:
            store.close()
    coded: dict[str, list[dict[str, Any]]] = {}
    for name, story in gold.items():
        art = find_article(story, articles)
        coded[name] = [e for e in events if art and e.get("article_id") == art.get("id")]
    return {"coded": json.loads(json.dumps(coded, default=str)), "records": records}


def coded_folder(folder: Path, keep: Path | None) -> dict[str, Any]:
    """``code_folder``, kept in (and read back from) ``keep`` when given."""
    path = keep / f"{folder.name}.json" if keep else None
    if path is not None and path.exists():
        return json.loads(path.read_text())
    out = code_folder(folder)
    if path is not None:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(json.dumps(out))
    return out


def _key(event: dict[str, Any]) -> tuple[str, int] | None:
    ev = event.get("evidence") or {}
    text, start, t0 = ev.get("sentence_text"), ev.get("start"), ev.get("trigger_start")
    if not isinstance(text, str) or not isinstance(start, int) or not isinstance(t0, int):
        return None
    return text.strip().lower(), t0 - start


def with_recipient(event: dict[str, Any], iso: str | None) -> dict[str, Any]:
    return dict(event, recipient=[{"country": iso}] if iso else [])


def readings(folder: Path, data: dict[str, Any]) -> list[dict[str, Any]]:
    """The recorded choices of a folder, each joined to its coded event and story: the
    candidates' features and labels (match gold with that recipient)."""
    gold = load_gold(folder / "gold.json")
    by_key: dict[tuple[str, int], tuple[str, int]] = {}
    for name, events in data["coded"].items():
        for i, e in enumerate(events):
            key = _key(e)
            if key is not None and "[recipient.story_counterpart]" in str(e.get("explanation")):
                by_key.setdefault(key, (name, i))
    out = []
    for rec in data["records"]:
        found = by_key.get((rec["sentence"], rec["offset"]))
        if found is None:
            continue
        name, i = found
        story = gold[name]
        event = data["coded"][name][i]
        first = rec["candidates"][0][0]
        if story.noise or party_countries(event.get("recipient")) != {first}:
            continue
        cands = []
        for iso, feats in rec["candidates"]:
            alt = with_recipient(event, iso)
            ok = any(matches(alt, g, check_date=False) for g in story.events)
            cands.append({"iso": iso, "features": feats, "label": int(ok)})
        out.append({"folder": folder.name, "story": name, "event": i, "candidates": cands})
    return out


def design(rows: Sequence[dict[str, Any]]) -> tuple[np.ndarray, np.ndarray]:
    x = np.array([[c["features"].get(f, 0.0) for f in FEATURES] for c in rows], dtype=float)
    y = np.array([c["label"] for c in rows], dtype=float)
    return x, y


def story_score(events: list[dict[str, Any]], story: GoldStory) -> tuple[int, int, int]:
    """Matching events, forbidden hits and required entries found, as bench/extras.py counts."""
    matching = sum(any(matches(e, g, check_date=False) for g in story.events) for e in events)
    forbidden = sum(any(matches(e, f, check_date=f.dated) for f in story.forbidden) for e in events)
    found = sum(any(matches(e, g) for e in events) for g in story.required)
    return matching, forbidden, found


def decide(model: Model, cands: list[dict[str, Any]]) -> str | None | bool:
    """What the coder would do (learned_choice.choose): True to keep the first candidate, else
    the state taken or None for no target."""
    return pick([model.score(c["features"]) for c in cands], cands, model.margin, model.floor)


def pick(
    scores: Sequence[float], cands: list[dict[str, Any]], margin: float, floor: float
) -> str | None | bool:
    """The decision from the candidates' scores: True to keep the first, the second's state,
    or None for no target."""
    best = max(range(len(cands)), key=lambda i: scores[i] - (margin if i else 0.0))
    if scores[best] < floor:
        return None
    return True if best == 0 else cands[best]["iso"]


def simulate(
    margin: float,
    floor: float,
    rows: list[dict[str, Any]],
    folders: dict[str, dict[str, Any]],
    scores: Sequence[Sequence[float]],
) -> tuple[int, int, int, int]:
    """Matching, forbidden and found changes over the stories, and the choices changed, when
    each reading's candidates have ``scores``."""
    changed: dict[tuple[str, str], dict[int, str | None]] = {}
    for r, sc in zip(rows, scores, strict=True):
        choice = pick(sc, r["candidates"], margin, floor)
        if choice is not True:
            changed.setdefault((r["folder"], r["story"]), {})[r["event"]] = choice  # type: ignore[assignment]
    dm = df = dr = 0
    for (folder, name), subs in changed.items():
        story = folders[folder]["gold"][name]
        events = folders[folder]["data"]["coded"][name]
        new = [with_recipient(e, subs[i]) if i in subs else e for i, e in enumerate(events)]
        before, after = story_score(events, story), story_score(new, story)
        dm += after[0] - before[0]
        df += after[1] - before[1]
        dr += after[2] - before[2]
    return dm, df, dr, sum(len(s) for s in changed.values())


def model_scores(model: Model, rows: list[dict[str, Any]]) -> list[list[float]]:
    return [[model.score(c["features"]) for c in r["candidates"]] for r in rows]


def held_out_scores(rows: list[dict[str, Any]], folds: int = FOLDS) -> list[list[float]]:
    """Each reading's candidate scores from a model fitted without its set (sets dealt into
    ``folds`` groups in turn): the settings are tuned on scores the weights never saw."""
    names = sorted({r["folder"] for r in rows})
    fold_of = {n: i % folds for i, n in enumerate(names)}
    out = [[0.5] * len(r["candidates"]) for r in rows]  # a fold with no other set: no signal
    for k in range(folds):
        train = [c for r in rows if fold_of[r["folder"]] != k for c in r["candidates"]]
        if not train:
            continue
        w = fit(*design(train), L2)
        mod = Model(dict(zip(FEATURES, map(float, w), strict=True)), 1.0, 0.0)
        for i, r in enumerate(rows):
            if fold_of[r["folder"]] == k:
                out[i] = [mod.score(c["features"]) for c in r["candidates"]]
    return out


def tune(
    rows: list[dict[str, Any]],
    folders: dict[str, dict[str, Any]],
    scores: Sequence[Sequence[float]],
) -> tuple[float, float, tuple[int, int, int, int]]:
    """The margin and floor that gain most on the training stories with ``scores`` (matching
    up; a forbidden hit or a required entry lost costs three matches; never a forbidden hit
    more or a required entry less); ties go to the fewest changes. None gains: the second is
    never taken and a target always assumed (margin 1, floor 0)."""
    best: tuple[float, float, tuple[int, int, int, int]] = (1.0, 0.0, (0, 0, 0, 0))
    best_key = (0, 0)
    for margin in MARGINS:
        for floor in FLOORS:
            got = simulate(margin, floor, rows, folders, scores)
            gain = got[0] - 3 * got[1] + 3 * min(0, got[2])
            key = (gain, -got[3])
            if got[1] <= 0 and got[2] >= 0 and key > best_key:
                best, best_key = (margin, floor, got), key
    return best


def git_commit() -> str:
    try:
        out = subprocess.run(
            ["git", "-C", str(ROOT), "rev-parse", "--short=8", "HEAD"],
            capture_output=True,
            text=True,
            check=True,
        )
        return out.stdout.strip()
    except (OSError, subprocess.CalledProcessError):
        return "unknown"


def write_weights(
    path: Path,
    w: np.ndarray,
    margin: float,
    floor: float,
    folders: Sequence[str],
    n_readings: int,
    n_candidates: int,
    note: str = "",
) -> None:
    head = [
        "# The learned recipient choice (rule recipient.learned_choice;",
        "# communique.coding.learned_choice): a logistic model over generic features of the",
        "# story's counterparts for an act that names no target. Written by",
        "# tools/train_recipient_choice.py from the project's own story gold; no words or names.",
        f"# training sets ({len(folders)}): {' '.join(folders)}",
        f"# readings: {n_readings}; candidates: {n_candidates}; L2 {L2}",
        f"# commit: {git_commit()}; date: {dt.date.today().isoformat()}",
        f"# features ({len(FEATURES)}): {' '.join(FEATURES)}",
        "# settings: margin (the second counterpart is taken when its score beats the first's",
        "# by this much), floor (no target when no candidate scores above it)",
    ]
    if note:
        head.append(f"# {note}")
    rows = ["kind\tname\tvalue", f"setting\tmargin\t{margin:g}", f"setting\tfloor\t{floor:g}"]
    rows += [f"weight\t{f}\t{v:.6f}" for f, v in zip(FEATURES, w, strict=True)]
    path.write_text("\n".join(head + rows) + "\n", encoding="utf-8")


def train(
    folders: Sequence[Path], out: Path, keep: Path | None = None, note: str = ""
) -> dict[str, Any]:
    """Code, label, fit, tune and write; returns a summary."""
    loaded: dict[str, dict[str, Any]] = {}
    rows: list[dict[str, Any]] = []
    for folder in folders:
        data = coded_folder(folder, keep)
        loaded[folder.name] = {"gold": load_gold(folder / "gold.json"), "data": data}
        rows += readings(folder, data)
    cands = [c for r in rows for c in r["candidates"]]
    if cands:
        x, y = design(cands)
        w = fit(x, y, L2)
    else:
        w = np.zeros(len(FEATURES))
    margin, floor, got = (1.0, 0.0, (0, 0, 0, 0))
    if rows:
        margin, floor, got = tune(rows, loaded, held_out_scores(rows))
    write_weights(out, w, margin, floor, [f.name for f in folders], len(rows), len(cands), note)
    return {
        "readings": len(rows),
        "candidates": len(cands),
        "positives": int(sum(c["label"] for c in cands)),
        "margin": margin,
        "floor": floor,
        "held_out_change": dict(
            zip(("matching", "forbidden", "found", "changed"), got, strict=True)
        ),
    }


def evaluate(folders: Sequence[Path], weights: Path, keep: Path | None) -> dict[str, Any]:
    """What the weights would change on ``folders`` (coded with the recorder: the rule's pick)."""
    loaded: dict[str, dict[str, Any]] = {}
    rows: list[dict[str, Any]] = []
    for folder in folders:
        data = coded_folder(folder, keep)
        loaded[folder.name] = {"gold": load_gold(folder / "gold.json"), "data": data}
        rows += readings(folder, data)
    mod = read_model(weights)
    got = simulate(mod.margin, mod.floor, rows, loaded, model_scores(mod, rows))
    first_ok = sum(r["candidates"][0]["label"] for r in rows)
    second = [r for r in rows if len(r["candidates"]) > 1]
    return {
        "readings": len(rows),
        "first_right": first_ok,
        "with_second": len(second),
        "second_right_first_wrong": sum(
            r["candidates"][1]["label"] and not r["candidates"][0]["label"] for r in second
        ),
        "change": dict(zip(("matching", "forbidden", "found", "changed"), got, strict=True)),
        "log_loss": _log_loss(mod, rows),
    }


def _log_loss(mod: Model, rows: list[dict[str, Any]]) -> float:
    cands = [c for r in rows for c in r["candidates"]]
    if not cands:
        return 0.0
    eps = 1e-9
    total = 0.0
    for c in cands:
        p = min(1 - eps, max(eps, mod.score(c["features"])))
        total -= math.log(p) if c["label"] else math.log(1 - p)
    return total / len(cands)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("folders", nargs="+", type=Path)
    ap.add_argument("--records", type=Path, help="keep the coded folders here and reuse them")
    ap.add_argument("--out", type=Path, default=DEFAULT_OUT)
    ap.add_argument("--evaluate", action="store_true", help="report the weights' changes only")
    ap.add_argument("--note", default="", help="a line for the file's header")
    args = ap.parse_args(argv)
    learned_choice.model.cache_clear()
    if args.evaluate:
        result = evaluate(args.folders, args.out, args.records)
    else:
        result = train(args.folders, args.out, args.records, args.note)
    json.dump(result, sys.stdout, indent=1)
    print()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
